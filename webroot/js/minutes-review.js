// The minutes after the meeting, on the page: the leader sends them out for comments with a
// deadline, members comment on a section (threads that can be resolved), the leader signs off
// and submits. The editors (minutes.js) ask it who may type now; every change comes from the
// server (the rules are MinutesReview's there).
import { t } from './i18n.js';
import { $, el, formatWhen, replaceItems } from './ui.js';

const EMPTY = () => ({ status: 'draft', deadline: null, comments: [] });

export class ReviewPanel {
  /**
   * @param {object} o writes (leader or note-taker), steers, meId, command(type, fields) → Promise,
   *   announce(text), onError(error), download(format), titleOf(sectionId)
   */
  constructor(o) {
    this.o = o;
    this.state = EMPTY();
    this.wire();
  }

  /** The review as a snapshot has it. */
  set(minutes) {
    this.state = { status: minutes?.status ?? 'draft', deadline: minutes?.deadline ?? null, comments: minutes?.comments ?? [] };
  }

  reset() {
    this.state = EMPTY();
  }

  /** Applies a review event: 'status' when the minutes moved on (who may type changes), true for a comment, false for other events. */
  apply(event) {
    const review = this.state;
    if (event.type === 'minutesStatusChanged') {
      Object.assign(review, { status: event.status, deadline: event.deadline ?? null });
      this.o.announce(t(`minutesStatus.${event.status}`));
      return 'status';
    }
    if (event.type === 'commentAdded') {
      review.comments.push(event.comment);
      return true;
    }
    if (event.type === 'commentResolved') {
      const comment = review.comments.find((c) => c.id === event.commentId);
      if (comment) comment.resolved = event.resolved;
      return true;
    }
    return false;
  }

  /** Who may type now: writers in a draft, the leader alone during review, nobody once signed off. */
  canType() {
    const { status } = this.state;
    if (status === 'signed-off' || status === 'submitted') return false;
    return status === 'in-review' ? this.o.steers && this.o.writes : this.o.writes;
  }

  render() {
    const { status, deadline } = this.state;
    const steers = this.o.steers && this.o.writes;
    $('minutes-state').textContent = status === 'in-review' && deadline
      ? t('minutesInReviewUntil', { date: formatWhen(deadline) })
      : t(`minutesStatus.${status}`);
    $('review-form').hidden = !steers || status === 'signed-off' || status === 'submitted';
    $('sign-off').hidden = !steers || status === 'signed-off' || status === 'submitted';
    $('reopen-draft').hidden = !steers || status !== 'signed-off';
    $('submit-minutes').hidden = !steers || status !== 'signed-off';
  }

  /** The comment threads of a section, and (during the review) a way to add one or reply. */
  renderComments(sectionId, editor) {
    const { comments, status } = this.state;
    const threads = comments.filter((c) => c.section === sectionId && !c.parentId);
    // Comments belong to the review: the group reads and comments once the leader sends it out.
    const locked = status !== 'in-review';
    const items = threads.map((thread) => {
      const replies = comments.filter((c) => c.parentId === thread.id);
      const item = el('li', { className: thread.resolved ? 'resolved' : '' },
        this.commentView(thread), ...replies.map((reply) => el('div', { className: 'reply' }, this.commentView(reply))));
      const actions = el('div', { className: 'actions-row' });
      if (!locked && !thread.resolved) {
        actions.append(this.commentForm(sectionId, thread.id, t('reply')));
      }
      if (this.o.steers || thread.author === this.o.meId) {
        actions.append(el('button', {
          type: 'button', className: 'small secondary',
          onclick: () => this.o.command('resolveComment', { commentId: thread.id, resolved: !thread.resolved }).catch((e) => this.o.onError(e)),
        }, thread.resolved ? t('reopenComment') : t('resolveComment')));
      }
      item.append(actions);
      return item;
    });
    const parts = [];
    if (items.length) parts.push(el('ul', { className: 'comment-list' }, ...items));
    if (!locked) parts.push(this.commentForm(sectionId, null, t('comment'), editor));
    // Someone else's comment must not wipe one being written here.
    replaceItems(editor.comments, parts);
  }

  commentView(comment) {
    return el('div', { className: 'comment' },
      el('span', { className: 'details' }, `${comment.authorName} · ${formatWhen(comment.at)}`),
      comment.quote ? el('q', {}, comment.quote) : null,
      el('p', {}, comment.text));
  }

  /** A comment on a section (or a reply in a thread), quoting what is selected in its editor. */
  commentForm(sectionId, parentId, label, editor) {
    const input = el('input', {
      id: `comment-${sectionId}-${parentId ?? 'new'}`.replace(/[^A-Za-z0-9-]/g, '-'),
      maxLength: 2000, required: true, 'aria-label': `${label}: ${this.o.titleOf(sectionId)}`,
    });
    return el('form', {
      className: 'inline-form comment-form',
      onsubmit: (e) => {
        e.preventDefault();
        const fields = { section: sectionId, text: input.value };
        if (parentId) fields.parentId = parentId;
        const view = editor?.view;
        if (view && !view.state.selection.main.empty) {
          fields.quote = view.state.sliceDoc(view.state.selection.main.from, view.state.selection.main.to).slice(0, 300);
        }
        const text = input.value;
        input.value = '';
        this.o.command('addComment', fields).catch((error) => { input.value = text; this.o.onError(error); });
      },
    }, input, el('button', { type: 'submit', className: 'small secondary' }, label));
  }

  wire() {
    const send = (type, fields) => this.o.command(type, fields).catch((error) => this.o.onError(error));
    $('review-form').addEventListener('submit', (e) => {
      e.preventDefault();
      // The end of the chosen day, in the browser's own time zone.
      const deadline = new Date(`${$('review-deadline').value}T23:59:00`);
      send('openReview', { deadline: deadline.toISOString() });
    });
    $('sign-off').addEventListener('click', () => send('signOff'));
    $('reopen-draft').addEventListener('click', () => send('reopenDraft'));
    $('submit-minutes').addEventListener('click', () => send('submitMinutes'));
    for (const button of document.querySelectorAll('#minutes-review [data-format]')) {
      button.addEventListener('click', () => this.o.download(button.dataset.format));
    }
  }
}
