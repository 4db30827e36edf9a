// The question board on the meeting page: the current question large at the centre with the
// group's agreed interpretation, the questions in order, proposals with support, and background
// material. Every change is a command to the server; the page shows only what the server sent.
import { t } from './i18n.js';
import { $, el, replaceItems } from './ui.js';
import { EMPTY_BOARD, applyBoardEvent, currentQuestion, safeUrl } from './board-state.js';
import { materialFor, materialItem } from './material.js';

export class BoardPanel {
  /**
   * @param {object} o meId, steers, canInterpret (leader or note-taker), local (a local network's
   *   meeting: planned questions can be set aside), material (from the theme network's library,
   *   for the meeting and for its questions), command(type, fields) → Promise, announce(text), onError(error)
   */
  constructor(o) {
    this.o = o;
    this.board = structuredClone(EMPTY_BOARD);
    this.editing = null;
    this.settingAside = null;
    this.dragged = null;
    this.wire();
  }

  setBoard(board) {
    this.board = structuredClone(board ?? EMPTY_BOARD);
    this.render();
  }

  /**
   * Forgets the board without drawing: a connection that has seen nothing yet is sent every event
   * from the first (while the room still has them all at hand), or else a snapshot – either
   * rebuilds it from empty.
   */
  reset() {
    this.board = structuredClone(EMPTY_BOARD);
  }

  /** Applies one board event; returns false for events that are not about the board. */
  apply(event) {
    const before = currentQuestion(this.board)?.id;
    if (!applyBoardEvent(this.board, event)) return false;
    const now = currentQuestion(this.board);
    if (now && now.id !== before) this.o.announce(t('questionNow', { question: now.text }));
    this.render();
    return true;
  }

  send(type, fields) {
    return this.o.command(type, fields).catch((error) => { this.o.onError(error); throw error; });
  }

  render() {
    this.renderCurrent();
    this.renderQuestions();
    this.renderProposals();
    this.renderBackground();
  }

  renderCurrent() {
    const current = currentQuestion(this.board);
    const text = $('current-question');
    text.textContent = current ? current.text : t('noCurrentQuestion');
    text.classList.toggle('empty', !current);
    $('now-question').textContent = text.textContent;
    $('now-question').classList.toggle('empty', !current);
    const toRead = current ? materialFor(this.o.material, current.id) : [];
    $('now-material').hidden = toRead.length === 0;
    replaceItems($('now-material'), toRead.map(materialItem));
    $('interpretation-box').hidden = !current || (!current.interpretation && !this.o.canInterpret);
    $('interpretation').textContent = current?.interpretation || t('noInterpretation');
    $('interpretation').classList.toggle('empty', !current?.interpretation);
    const form = $('interpretation-form');
    form.hidden = !current || !this.o.canInterpret;
    if (current && form.dataset.question !== current.id) {
      form.dataset.question = current.id;
      $('interpretation-input').value = current.interpretation;
    }
  }

  renderQuestions() {
    const questions = this.board.questions;
    $('no-questions').hidden = questions.length > 0;
    replaceItems($('questions'), questions.map((q, i) => this.questionItem(q, i, questions.length)));
    $('add-question-form').hidden = !this.o.steers;
  }

  questionItem(q, index, count) {
    const item = el('li', { className: `board-question status-${q.status}`, dataset: { id: q.id } },
      el('span', { className: 'question-text' }, q.text),
      el('span', { className: 'details' }, [t(`questionStatus.${q.status}`), t(`origin.${q.origin}`)].join(' · ')));
    const toRead = materialFor(this.o.material, q.id);
    if (toRead.length) item.append(el('ul', { className: 'material-list' }, toRead.map(materialItem)));
    if (q.notRelevantReason) item.append(el('span', { className: 'reason' }, t('notRelevantBecause', { reason: q.notRelevantReason })));
    if (q.interpretation && q.status !== 'current') item.append(el('span', { className: 'interpretation' }, `${t('interpretation')}: ${q.interpretation}`));
    if (!this.o.steers) return item;
    if (this.editing === q.id) {
      item.append(this.editForm(q));
      return item;
    }
    if (this.settingAside === q.id) {
      item.append(this.asideForm(q));
      return item;
    }
    const button = (label, onclick, className = 'small secondary') =>
      el('button', { type: 'button', className, 'aria-label': `${label}: ${q.text}`, onclick }, label);
    const status = (to) => () => this.send('setQuestionStatus', { questionId: q.id, status: to });
    const actions = el('span', { className: 'actions' });
    if (q.status !== 'current') actions.append(button(t('makeCurrent'), status('current'), 'small'));
    if (q.status === 'current') actions.append(button(t('markDiscussed'), status('discussed'), 'small'));
    if (q.status === 'upcoming') actions.append(button(t('skipQuestion'), status('skipped')));
    if (q.status === 'skipped' || q.status === 'discussed') actions.append(button(t('backToUpcoming'), status('upcoming')));
    if (index > 0) actions.append(button(t('moveUp'), () => this.move(q.id, index - 1)));
    if (index < count - 1) actions.append(button(t('moveDown'), () => this.move(q.id, index + 1)));
    actions.append(button(t('edit'), () => { this.editing = q.id; this.render(); $(`edit-${q.id}`)?.focus(); }));
    if (this.o.local && q.origin === 'planned' && !q.notRelevantReason) {
      actions.append(button(t('notRelevant'), () => { this.settingAside = q.id; this.render(); $(`aside-${q.id}`)?.focus(); }));
    }
    if (q.status === 'upcoming') actions.append(button(t('remove'), () => this.send('removeQuestion', { questionId: q.id }), 'small danger'));
    item.append(actions);
    // Dragging is a shortcut for a mouse; the buttons above do the same from the keyboard.
    item.draggable = true;
    item.addEventListener('dragstart', (e) => { this.dragged = q.id; e.dataTransfer.effectAllowed = 'move'; });
    item.addEventListener('dragover', (e) => { if (this.dragged) e.preventDefault(); });
    item.addEventListener('drop', (e) => {
      e.preventDefault();
      if (this.dragged && this.dragged !== q.id) this.move(this.dragged, index);
      this.dragged = null;
    });
    return item;
  }

  move(questionId, toIndex) {
    this.send('moveQuestion', { questionId, toIndex }).then(() => {
      const moved = this.board.questions.find((q) => q.id === questionId);
      if (moved) this.o.announce(t('movedTo', { question: moved.text, place: toIndex + 1 }));
    }, () => {});
  }

  editForm(q) {
    const input = el('input', { id: `edit-${q.id}`, value: q.text, maxLength: 500, 'aria-label': t('questionText') });
    return el('form', {
      className: 'inline-form',
      onsubmit: (e) => {
        e.preventDefault();
        this.send('editQuestion', { questionId: q.id, text: input.value }).then(() => { this.editing = null; this.render(); }, () => {});
      },
    }, input, el('button', { type: 'submit', className: 'small' }, t('save')),
    el('button', { type: 'button', className: 'small secondary', onclick: () => { this.editing = null; this.render(); } }, t('cancel')));
  }

  asideForm(q) {
    const input = el('input', { id: `aside-${q.id}`, maxLength: 300, required: true, 'aria-label': t('notRelevantReason') });
    return el('form', {
      className: 'inline-form',
      onsubmit: (e) => {
        e.preventDefault();
        this.send('markNotRelevant', { questionId: q.id, reason: input.value }).then(() => { this.settingAside = null; this.render(); }, () => {});
      },
    }, el('label', { htmlFor: `aside-${q.id}` }, t('notRelevantReason')), input,
    el('button', { type: 'submit', className: 'small' }, t('notRelevant')),
    el('button', { type: 'button', className: 'small secondary', onclick: () => { this.settingAside = null; this.render(); } }, t('cancel')));
  }

  renderProposals() {
    const open = this.board.proposals.filter((p) => p.status === 'open');
    const closed = this.board.proposals.filter((p) => p.status !== 'open');
    $('no-proposals').hidden = open.length > 0;
    replaceItems($('proposals'), open.map((p) => this.proposalItem(p, open)));
    $('closed-proposals').hidden = closed.length === 0;
    $('closed-proposal-list').replaceChildren(...closed.map((p) => el('li', {},
      el('span', { className: 'question-text' }, p.text),
      el('span', { className: 'details' }, this.outcomeText(p)))));
  }

  outcomeText(p) {
    if (p.status === 'declined') return p.outcome ? t('declinedBecause', { reason: p.outcome }) : t('proposalStatus.declined');
    if (p.status === 'merged') {
      const into = this.board.proposals.find((x) => x.id === p.outcome);
      return t('mergedInto', { text: into ? into.text : '' });
    }
    return t(`proposalStatus.${p.status}`);
  }

  proposalItem(p, open) {
    const supported = p.supporters.includes(this.o.meId);
    const item = el('li', { className: 'proposal' },
      el('span', { className: 'question-text' }, p.text),
      el('span', { className: 'details' }, [t('proposedBy', { name: p.byName || '…' }), t('supportCount', { n: p.supporters.length })].join(' · ')));
    const actions = el('span', { className: 'actions' },
      el('button', {
        type: 'button', className: 'small secondary', 'aria-pressed': String(supported), 'aria-label': `${supported ? t('withdrawSupport') : t('support')}: ${p.text}`,
        onclick: () => this.send(supported ? 'withdrawSupport' : 'supportProposal', { proposalId: p.id }).catch(() => {}),
      }, supported ? t('withdrawSupport') : t('support')));
    if (this.o.steers) {
      actions.append(
        el('button', { type: 'button', className: 'small', 'aria-label': `${t('accept')}: ${p.text}`, onclick: () => this.send('acceptProposal', { proposalId: p.id }).catch(() => {}) }, t('accept')),
        el('button', { type: 'button', className: 'small danger', 'aria-label': `${t('decline')}: ${p.text}`, onclick: () => this.send('declineProposal', { proposalId: p.id }).catch(() => {}) }, t('decline')));
      const others = open.filter((x) => x.id !== p.id);
      if (others.length > 0) {
        const select = el('select', { 'aria-label': `${t('mergeInto')}: ${p.text}` },
          el('option', { value: '' }, t('mergeInto')), ...others.map((x) => el('option', { value: x.id }, x.text)));
        select.addEventListener('change', () => {
          if (select.value) this.send('mergeProposal', { proposalId: p.id, intoProposalId: select.value }).catch(() => {});
        });
        actions.append(select);
      }
    }
    item.append(actions);
    return item;
  }

  renderBackground() {
    const items = this.board.background;
    const library = materialFor(this.o.material, null);
    $('background-box').hidden = items.length === 0 && library.length === 0 && !this.o.steers;
    $('material').hidden = library.length === 0;
    replaceItems($('material'), library.map(materialItem));
    replaceItems($('background'), items.map((b) => {
      const url = safeUrl(b.url);
      const title = url ? el('a', { href: url, target: '_blank', rel: 'noopener noreferrer' }, b.title) : el('strong', {}, b.title);
      const item = el('li', {}, title);
      if (b.text) item.append(el('p', { className: 'background-text' }, b.text));
      if (this.o.steers) {
        item.append(el('button', {
          type: 'button', className: 'small danger', 'aria-label': `${t('remove')}: ${b.title}`,
          onclick: () => this.send('removeBackground', { backgroundId: b.id }).catch(() => {}),
        }, t('remove')));
      }
      return item;
    }));
    $('background-form').hidden = !this.o.steers;
  }

  /**
   * Sends what a form holds and empties it at once, so the next thing can be typed while this one
   * is saved; if the server refuses it, the text comes back (unless something new was typed).
   */
  submitText(input, type, field, done) {
    const text = input.value;
    input.value = '';
    this.send(type, { [field]: text }).then(done, () => { if (!input.value) input.value = text; });
  }

  wire() {
    $('add-question-form').addEventListener('submit', (e) => {
      e.preventDefault();
      this.submitText($('new-question'), 'addQuestion', 'text', () => {});
    });
    $('propose-form').addEventListener('submit', (e) => {
      e.preventDefault();
      this.submitText($('new-proposal'), 'proposeQuestion', 'text', () => this.o.announce(t('proposalSent')));
    });
    $('interpretation-form').addEventListener('submit', (e) => {
      e.preventDefault();
      const current = currentQuestion(this.board);
      if (!current) return;
      this.send('setInterpretation', { questionId: current.id, text: $('interpretation-input').value })
        .then(() => this.o.announce(t('saved')), () => {});
    });
    $('background-form').addEventListener('submit', (e) => {
      e.preventDefault();
      this.send('addBackground', { title: $('background-title').value, url: $('background-url').value.trim(), text: $('background-text').value })
        .then(() => { ['background-title', 'background-url', 'background-text'].forEach((id) => { $(id).value = ''; }); }, () => {});
    });
  }
}
