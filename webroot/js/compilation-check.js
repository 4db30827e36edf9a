// The leaders' check of a compilation before it is published. The enablers send the draft they
// see with a deadline and follow who has answered; each leader reads the version sent, comments
// on its sections or says they are done; the enablers mark comments as dealt with.
import { t, describeError } from './i18n.js';
import { api } from './session.js';
import { $, el, formatWhen, showMessage, toLocalInput } from './ui.js';
import { markdownBlocks } from './markdown-view.js';
import { learnServerTime, serverNow } from './server-time.js';

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

export class CheckPanel {
  /** @param {object} o base (the compilation's API path), draftVersion() → the saved version, saveFirst() → Promise<boolean> */
  constructor(o) {
    this.o = o;
    this.view = null;
  }

  async load() {
    try {
      this.view = await api('GET', `${this.o.base}/check`);
      learnServerTime(this.view.now);
    } catch (error) {
      this.view = null;
      if (error.status !== 403) showMessage(describeError(error)); // a leader of another theme is not asked
    }
    this.render();
  }

  sectionName(section) {
    return section === '' ? t('check.wholeText') : section;
  }

  render() {
    const box = $('check');
    box.hidden = !this.view;
    if (!this.view) return;
    const { check, role } = this.view;
    const enabler = role === 'enabler';
    const open = Boolean(check?.open);
    const parts = [el('h2', { id: 'check-heading' }, t(enabler ? 'check.headingEnabler' : 'check.headingLeader'))];
    if (check) {
      parts.push(el('p', { id: 'check-status', className: open ? 'note' : 'note done' }, open
        ? t('check.status', { sent: formatWhen(check.sentAt), deadline: formatWhen(check.deadline), n: check.answered.length, total: this.view.leaders })
        : t('check.closed', { sent: formatWhen(check.sentAt) })));
      if (enabler && open && check.waitingFor.length) parts.push(el('p', { className: 'details' }, t('check.waitingFor', { names: check.waitingFor.join(', ') })));
    } else {
      parts.push(el('p', { className: 'note' }, t(enabler ? 'check.explained' : 'check.nothingYet')));
    }
    if (enabler) parts.push(this.sendForm(check));
    if (!enabler && open) parts.push(...this.leaderParts(check));
    parts.push(this.commentList(enabler));
    box.replaceChildren(...parts);
  }

  sendForm(check) {
    const deadline = el('input', { id: 'check-deadline', type: 'datetime-local', required: true });
    const inAWeek = new Date(serverNow() + WEEK_MS);
    inAWeek.setHours(17, 0, 0, 0);
    deadline.value = toLocalInput(inAWeek.toISOString());
    return el('form', { className: 'inline-form', onsubmit: (e) => { e.preventDefault(); this.send(deadline.value); } },
      el('label', { htmlFor: 'check-deadline' }, t('check.deadline')), deadline,
      el('button', { type: 'submit' }, t(check?.open ? 'check.sendAgain' : 'check.send')));
  }

  leaderParts(check) {
    const section = el('select', { id: 'check-section' },
      check.sections.map((name) => el('option', { value: name }, this.sectionName(name))));
    const text = el('textarea', { id: 'check-comment', rows: 3, maxLength: 2000, required: true });
    return [
      el('div', { className: 'document', id: 'check-text' }, ...markdownBlocks(check.text, 1)),
      el('form', { className: 'stack', onsubmit: (e) => {
        e.preventDefault();
        this.change(() => api('POST', `${this.o.base}/check/comments`, { section: section.value, text: text.value }), t('check.commented'))
          .then((ok) => { if (ok) text.value = ''; });
      } },
      el('label', { htmlFor: 'check-section' }, t('check.section')), section,
      el('label', { htmlFor: 'check-comment' }, t('check.comment')), text,
      el('button', { type: 'submit' }, t('check.sendComment'))),
      check.youAreDone
        ? el('p', { className: 'note done' }, t('check.youAreDone'))
        : el('button', { type: 'button', className: 'secondary',
          onclick: () => this.change(() => api('POST', `${this.o.base}/check/done`, {}), t('check.thanks')) }, t('check.done')),
    ];
  }

  /** Every comment, by section, with who wrote it; for the enablers a button to mark it dealt with. */
  commentList(enabler) {
    const comments = this.view.comments;
    if (!comments.length) return el('p', { className: 'note' }, t('check.noComments'));
    return el('div', {}, el('h3', {}, t('check.comments')), el('ul', { className: 'check-comments' }, comments.map((c) => el('li', {},
      el('span', { className: 'details' }, `${this.sectionName(c.section)} · ${c.by} · ${formatWhen(c.at)}`),
      el('p', {}, c.text),
      c.resolvedAt
        ? el('span', { className: 'details done' }, t('check.resolvedBy', { name: c.resolvedBy }))
        : enabler ? el('button', { type: 'button', className: 'small secondary', 'aria-label': t('check.resolveComment', { by: c.by, section: this.sectionName(c.section) }),
          onclick: () => this.change(() => api('POST', `${this.o.base}/check/comments/${encodeURIComponent(c.id)}/resolve`, {}), t('check.resolved')) },
        t('check.resolve')) : null))));
  }

  async send(localDeadline) {
    if (!(await this.o.saveFirst())) return;
    const deadline = new Date(localDeadline).toISOString();
    const ok = await this.change(() => api('POST', `${this.o.base}/check`, { version: this.o.draftVersion(), deadline }), null);
    if (ok) showMessage(this.view.emailed > 0 ? t('check.sentEmailed', { n: this.view.emailed }) : t('check.sent'), { ok: true });
  }

  async change(call, done) {
    try {
      this.view = await call();
      this.render();
      if (done) showMessage(done, { ok: true });
      return true;
    } catch (error) {
      showMessage(describeError(error));
      return false;
    }
  }
}
