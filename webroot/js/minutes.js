// The minutes on the meeting page: one CodeMirror editor per section (the opening, each question
// on the board, other matters, the closing), kept in step with the server as its central
// authority (minutes-sync.js). Local edits go out as `minutesPush` against the version this page
// last saw, a push at a time, in pieces the server takes; the server's `minutesUpdated` events
// confirm them or bring others' edits, over which the unsaved ones move. Nothing typed is
// dropped: an edit stays in the editor, marked "not saved yet", until the server has it, and what
// the server refuses outright is handed back to the writer to copy.
import {
  EditorState, EditorView, ChangeSet, Compartment, keymap, placeholder, drawSelection, defaultKeymap, history,
  historyKeymap, Transaction,
} from '/vendor/codemirror/codemirror.js';
import {
  minutesSync, receive, unsavedChanges, syncedVersion, clientIdOf, splitLarge, nextBatch, PUSH_CHARS,
} from './minutes-sync.js';
import { t, describeError } from './i18n.js';
import { authorMarks, applyRuns, showAuthors } from './authorship.js';
import { renderHistory } from './minutes-history.js';
import { ReviewPanel } from './minutes-review.js';
import { OPEN as GROUP_ONLY_OPEN, CLOSE as GROUP_ONLY_CLOSE, groupOnlyBlocks } from './group-only.js';
import { $, el, randomKey } from './ui.js';

/**
 * Refusals after which the edits go out again once this page has caught up; any other is final
 * and they are handed back. ("Not now" answers – unavailable, busy – the connection itself retries.)
 */
const RETRY_LATER = new Set(['version_conflict', 'not_authenticated']);

/** What a section starts from when a writer first steps into it. */
function template(sectionId, opening) {
  if (sectionId === 'opening') return t(`minutesTemplate.${opening}`);
  if (sectionId === 'closing') return t('minutesTemplate.closing');
  if (sectionId === 'other') return '';
  return t('minutesTemplate.question');
}

export class MinutesPanel {
  /**
   * @param {object} o writes (leader or note-taker), steers, meId, command(type, fields) → Promise,
   *   announce(text), tell(text) (a visible message), onError(error), download(format), history(section) → Promise<[entry]>,
   *   restore(section, version) → Promise, nameOf(personId), opening (how the meeting opens:
   *   introductions at a first meeting, else the previous summary – the server's MeetingOpening)
   */
  constructor(o) {
    this.o = o;
    this.docs = new Map(); // section id → { text, version }: what the server has
    this.editors = new Map(); // section id → { view, inFlight, wrapper, status }
    this.sections = [];
    this.limits = { minutesUpdatesPerPush: 100 };
    this.editable = new Compartment();
    this.hint = new Compartment();
    this.authorsVisible = localStorage.getItem('laget-runt.showAuthors') !== 'off';
    this.review = new ReviewPanel({ ...o, titleOf: (sectionId) => this.sections.find((s) => s.id === sectionId)?.title ?? '' });
    this.wireAuthorsToggle();
    window.addEventListener('beforeunload', (e) => {
      if (this.unsaved()) {
        e.preventDefault();
        e.returnValue = '';
      }
    });
  }

  /**
   * The server's minutes from a snapshot (a page so far behind that the missed updates are no
   * longer at hand). An editor in step with its section stays; one that is not is made anew from
   * the server's text. What this page wrote and could not send cannot be rebased without the
   * missed updates, so the text it typed is put at the end of the section and sent as a new
   * edit, for the writer to look over – nothing typed is lost. A push still on its way is left
   * to the server (the connection sends it again): if it is applied, it arrives like anyone's
   * edit; if it is refused, its text is put back then (see push) – never both.
   */
  setMinutes(minutes) {
    this.docs = new Map(Object.entries(minutes?.sections ?? {})
      .map(([id, doc]) => [id, { text: doc.text, version: doc.version, authors: doc.authors ?? [] }]));
    this.review.set(minutes);
    const typed = new Map();
    for (const [id, editor] of [...this.editors]) {
      if (!editor.diverged && syncedVersion(editor.view.state) === (this.docs.get(id)?.version ?? 0)) continue;
      const text = typedText(unsavedChanges(editor.view.state).slice(editor.inFlight));
      if (text) typed.set(id, text);
      this.drop(id);
    }
    this.render();
    for (const [id, text] of typed) this.putBack(id, text);
  }

  /** Text typed here that the section lost track of goes back in at its end, for the writer to look over. */
  putBack(sectionId, text) {
    const editor = this.editors.get(sectionId);
    if (!editor || !this.canType()) {
      this.o.tell(t('minutesResyncedLost', { text }));
      return;
    }
    editor.view.dispatch({ changes: asParagraph(editor.view.state.doc.toString(), text) });
    this.o.tell(t('minutesResynced'));
  }

  /** The server's limits, from the welcome. */
  setLimits(limits) {
    if (limits) this.limits = { ...this.limits, ...limits };
  }

  /**
   * Forgets everything: a connection that has seen nothing yet is sent a snapshot next. An
   * editor with unsaved edits stays, for the snapshot to decide (see setMinutes): in step, its
   * edits go out as they are; out of step, they are put back.
   */
  reset() {
    for (const [id, editor] of [...this.editors]) {
      if (unsavedChanges(editor.view.state).length === 0) this.drop(id);
    }
    this.docs = new Map();
    this.review.reset();
  }

  drop(id) {
    const editor = this.editors.get(id);
    editor.view.destroy();
    editor.wrapper.remove();
    this.editors.delete(id);
  }

  /** The sections to show, in order: opening, the board's questions (not skipped), other, closing. */
  setBoard(board) {
    const questions = board.questions.filter((q) => q.status !== 'skipped' || this.docs.has(`q:${q.id}`));
    this.sections = [
      { id: 'opening', title: t(`minutesOpening.${this.o.opening}`) },
      ...questions.map((q) => ({ id: `q:${q.id}`, title: q.text, interpretation: q.interpretation })),
      { id: 'other', title: t('minutesOther') },
      { id: 'closing', title: t('minutesClosing') },
    ];
    this.render();
  }

  /** Applies a minutes event; returns false for other events. */
  apply(event) {
    const reviewed = this.review.apply(event);
    if (reviewed) {
      if (reviewed === 'status') {
        for (const editor of this.editors.values()) editor.view.dispatch({ effects: this.editable.reconfigure(this.editableExtensions()) });
      }
      this.render();
      return true;
    }
    if (event.type !== 'minutesUpdated') return false;
    const changes = ChangeSet.fromJSON(event.changes);
    const doc = this.docs.get(event.section) ?? { text: '', version: 0, authors: [] };
    this.docs.set(event.section, {
      text: changes.apply(EditorState.create({ doc: doc.text }).doc).toString(),
      version: doc.version + 1,
      authors: applyRuns(doc.authors, changes, event.author),
    });
    const editor = this.editors.get(event.section);
    if (editor && !editor.diverged) {
      const { spec, mismatch } = receive(editor.view.state, { changes, clientID: event.clientID });
      editor.view.dispatch(spec);
      if (mismatch) {
        // The server made something else of this page's edit than the page did: never expected
        // (both rebase alike), but if so, the server's text wins and what was typed is put back.
        console.warn(`minutes: the server's update ${event.changes ? JSON.stringify(event.changes).slice(0, 200) : ''} is not this page's own; fetching the section anew`);
        editor.diverged = true;
        this.o.resync();
        return true;
      }
      this.drawAuthors(event.section);
      this.push(event.section);
    }
    return true;
  }

  unsaved() {
    return [...this.editors.values()].some((editor) => unsavedChanges(editor.view.state).length > 0);
  }

  render() {
    const list = $('minutes-sections');
    const keep = new Set(this.sections.map((s) => s.id));
    for (const [id, editor] of [...this.editors]) {
      if (!keep.has(id) && unsavedChanges(editor.view.state).length === 0) this.drop(id);
    }
    const focused = [...this.editors.values()].find((editor) => editor.view.hasFocus);
    const wanted = this.sections.map((section) => {
      const editor = this.editors.get(section.id) ?? this.createEditor(section.id);
      if (editor.hint !== this.hintText()) {
        // The language was switched: the empty editor's hint follows.
        editor.hint = this.hintText();
        editor.view.dispatch({ effects: this.hint.reconfigure(placeholder(editor.hint)) });
      }
      editor.heading.textContent = section.title;
      editor.interpretation.hidden = !section.interpretation;
      editor.interpretation.textContent = section.interpretation ? `${t('ourInterpretation')}: ${section.interpretation}` : '';
      this.review.renderComments(section.id, editor);
      return editor.wrapper;
    });
    // Only what is out of place moves: taking a node out of the page takes its focus away, and a
    // note-taker typing while the board changes must keep the cursor where it is.
    for (const child of [...list.children]) if (!wanted.includes(child)) child.remove();
    wanted.forEach((wrapper, i) => {
      if (list.children[i] !== wrapper) list.insertBefore(wrapper, list.children[i] ?? null);
    });
    if (focused && focused.wrapper.isConnected && !focused.view.hasFocus) focused.view.focus();
    this.renderStatus();
    this.review.render();
    for (const button of document.querySelectorAll('.group-only-button')) button.hidden = !this.canType();
  }

  createEditor(sectionId) {
    const doc = this.docs.get(sectionId) ?? { text: '', version: 0 };
    const headingId = `minutes-heading-${sectionId.replace(/[^A-Za-z0-9-]/g, '-')}`;
    const heading = el('h3', { id: headingId });
    const interpretation = el('p', { className: 'minutes-interpretation' });
    const status = el('p', { className: 'minutes-status', role: 'status' });
    const host = el('div', { className: 'minutes-editor' });
    const comments = el('div', { className: 'comments' });
    const wrapper = el('section', { className: 'minutes-section', dataset: { section: sectionId } }, heading, interpretation, host, status, comments);
    // inFlight: how many of the oldest unsaved edits the push on its way carries (0: none).
    const editor = { wrapper, heading, interpretation, status, comments, inFlight: 0, hint: this.hintText() };
    const tools = el('div', { className: 'actions-row' });
    if (this.o.writes) {
      tools.append(el('button', {
        type: 'button', className: 'small secondary group-only-button', onclick: () => this.markGroupOnly(editor),
        'aria-keyshortcuts': 'Control+Shift+G', title: t('groupOnlyShortcut'),
      }, t('groupOnly')));
    }
    const versions = el('details', { className: 'history', id: `history-${sectionId.replace(/[^A-Za-z0-9-]/g, '-')}` },
      el('summary', {}, t('history')), el('div', { className: 'history-view' }), el('ol', { className: 'history-list' }));
    versions.addEventListener('toggle', () => { if (versions.open) this.showHistory(sectionId, versions); });
    tools.append(versions);
    wrapper.insertBefore(tools, comments);
    editor.view = new EditorView({
      parent: host,
      state: EditorState.create({
        doc: doc.text,
        extensions: [
          // A random id for this editor's edits, so the server's echo of them can be told from others'.
          minutesSync({ startVersion: doc.version, clientID: randomKey() }),
          wholeCharacters,
          typedOverASelection,
          authorMarks,
          // The page's policy lets CodeMirror's own <style> element in only with the page's nonce.
          EditorView.cspNonce.of(document.querySelector('meta[name="csp-nonce"]')?.content ?? ''),
          history(),
          drawSelection(),
          keymap.of([{ key: 'Mod-Shift-g', run: () => { this.markGroupOnly(editor); return true; } }, ...defaultKeymap, ...historyKeymap]),
          groupOnlyBlocks(() => ({ open: t('groupOnly'), unclosed: t('groupOnlyUnclosed') })),
          EditorView.lineWrapping,
          this.editable.of(this.editableExtensions()),
          EditorView.contentAttributes.of({ 'aria-labelledby': headingId, 'aria-multiline': 'true', role: 'textbox' }),
          this.hint.of(placeholder(this.hintText())),
          EditorView.updateListener.of((update) => {
            if (update.docChanged) this.push(sectionId);
            if (update.focusChanged && update.view.hasFocus) this.prefill(sectionId, update.view);
          }),
        ],
      }),
    });
    this.editors.set(sectionId, editor);
    this.drawAuthors(sectionId);
    return editor;
  }

  /** Colours the section by who wrote what: the saved runs, carried over this page's unsaved edits. */
  drawAuthors(sectionId) {
    const editor = this.editors.get(sectionId);
    const runs = this.docs.get(sectionId)?.authors ?? [];
    const unsaved = unsavedChanges(editor.view.state).reduce((all, changes) => (all ? all.compose(changes) : changes), null);
    showAuthors(editor.view, runs, unsaved, this.o.nameOf, this.authorsVisible);
  }

  /** How the section came about, by writing session; writers can go back to any point. */
  showHistory(sectionId, details) {
    details.querySelector('.history-list').replaceChildren(el('li', {}, t('loading')));
    this.o.history(sectionId).then((entries) => renderHistory(details, entries, {
      restore: this.canType()
        ? (version) => this.o.restore(sectionId, version).catch((error) => this.o.onError(error))
        : null,
      announce: this.o.announce,
    }), (error) => this.o.onError(error));
  }

  /** A writer stepping into an empty section gets its template, as an ordinary edit of theirs. */
  prefill(sectionId, view) {
    const text = template(sectionId, this.o.opening);
    if (this.canType() && view.state.doc.length === 0 && text) {
      // The cursor goes to the first bullet, ready to write.
      const bullet = text.indexOf('- ');
      view.dispatch({ changes: { from: 0, insert: text }, selection: { anchor: bullet >= 0 ? bullet + 2 : text.length } });
    }
  }

  /** Wraps the selected lines as a passage that stays within the local network. */
  markGroupOnly(editor) {
    if (!this.canType()) return;
    const { state } = editor.view;
    const range = state.selection.main;
    const from = state.doc.lineAt(range.from);
    const to = state.doc.lineAt(range.to);
    editor.view.dispatch({
      changes: [
        { from: from.from, insert: `${GROUP_ONLY_OPEN}\n` },
        { from: to.to, insert: `\n${GROUP_ONLY_CLOSE}` },
      ],
    });
    editor.view.focus();
    this.o.announce(t('groupOnlyMarked'));
  }

  /**
   * Sends what this page has not yet had confirmed, one push at a time per section, in pieces
   * the server takes: at most its number of updates and PUSH_CHARS inserted characters.
   */
  push(sectionId) {
    const editor = this.editors.get(sectionId);
    this.renderStatus();
    if (!editor || editor.inFlight || editor.diverged) return;
    const split = splitLarge(editor.view.state, PUSH_CHARS);
    if (split) editor.view.dispatch(split);
    const batch = nextBatch(editor.view.state, this.limits.minutesUpdatesPerPush);
    if (batch.length === 0) return;
    editor.inFlight = batch.length;
    const version = syncedVersion(editor.view.state);
    const clientID = clientIdOf(editor.view.state);
    this.o.command('minutesPush', {
      section: sectionId,
      version,
      updates: batch.map((changes) => ({ clientID, changes: changes.toJSON() })),
    }).then(() => {
      editor.inFlight = 0;
      this.push(sectionId);
    }, (error) => {
      editor.inFlight = 0;
      if (this.editors.get(sectionId) !== editor) {
        // The editor was made anew from a snapshot meanwhile and left this push to the server,
        // which refused it: its text goes back in now.
        const text = typedText(batch);
        if (text) this.putBack(sectionId, text);
        return;
      }
      if (RETRY_LATER.has(error.code)) {
        // Behind the server (the updates it missed are on their way) or not now: sent again
        // once this page has caught up.
        if (syncedVersion(editor.view.state) !== version) this.push(sectionId);
      } else {
        this.handBack(sectionId, error);
      }
      this.renderStatus();
    });
  }

  /**
   * The server refused these edits for good (too long, say): the section goes back to the
   * server's text, and what was typed is shown beside it, to copy and use again.
   */
  handBack(sectionId, error) {
    const editor = this.editors.get(sectionId);
    const text = typedText(unsavedChanges(editor.view.state));
    this.drop(sectionId);
    this.render();
    const fresh = this.editors.get(sectionId);
    if (!fresh || !text) {
      this.o.onError(error);
      return;
    }
    const box = el('textarea', { className: 'handed-back-text', readOnly: true, rows: 4, value: text, 'aria-label': t('minutesHandedBackText') });
    const notice = el('div', { className: 'handed-back', role: 'alert' },
      el('p', {}, t('minutesHandedBack', { reason: describeError(error) })),
      box,
      el('div', { className: 'actions-row' },
        el('button', { type: 'button', className: 'small', onclick: () => { box.select(); navigator.clipboard?.writeText(text); this.o.announce(t('textCopied')); } }, t('copyText')),
        el('button', { type: 'button', className: 'small secondary', onclick: () => notice.remove() }, t('close'))));
    fresh.wrapper.insertBefore(notice, fresh.status);
  }

  hintText() {
    return this.o.writes ? t('minutesPlaceholder') : t('minutesEmpty');
  }

  /** Who may type now: the review says (writers in a draft, the leader alone during review, nobody once signed off). */
  canType() {
    return this.review.canType();
  }

  editableExtensions() {
    const can = this.canType();
    return [EditorView.editable.of(can), EditorState.readOnly.of(!can)];
  }

  /** Colours per writer, on or off: the choice is kept on this device. */
  wireAuthorsToggle() {
    const toggle = $('show-authors');
    toggle.checked = this.authorsVisible;
    toggle.addEventListener('change', () => {
      this.authorsVisible = toggle.checked;
      localStorage.setItem('laget-runt.showAuthors', toggle.checked ? 'on' : 'off');
      for (const id of this.editors.keys()) this.drawAuthors(id);
    });
  }

  renderStatus() {
    for (const editor of this.editors.values()) {
      const waiting = unsavedChanges(editor.view.state).length > 0;
      editor.wrapper.classList.toggle('unsaved', waiting);
      editor.status.textContent = waiting ? t('minutesNotSaved') : '';
    }
  }
}

/** The text a page inserted in updates it has not sent, one piece per line, or '' if none. */
function typedText(updates) {
  if (updates.length === 0) return '';
  const changes = updates.reduce((all, c) => all.compose(c));
  const pieces = [];
  changes.iterChanges((fromA, toA, fromB, toB, inserted) => {
    const text = inserted.toString().trim();
    if (text) pieces.push(text);
  });
  return pieces.join('\n');
}

/** Where to put text that comes back after a resync: on lines of its own at the end, never glued to the last line. */
export function asParagraph(doc, text) {
  const end = doc.length;
  if (end === 0) return { from: 0, insert: text };
  const gap = doc.endsWith('\n\n') ? '' : doc.endsWith('\n') ? '\n' : '\n\n';
  return { from: end, insert: gap + text };
}

/**
 * No text may hold half a character (the server refuses it): a lone surrogate that comes in
 * (a broken paste, say) becomes U+FFFD at once, in the editor, where the writer sees it.
 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/**
 * Text typed over a selection is put in by the editor, not by the browser: Chrome, replacing a
 * selection that spans differently coloured runs (the authors' colours), writes the old colour
 * back as an inline style attribute – which the page's policy blocks, and reports.
 */
const typedOverASelection = EditorView.domEventHandlers({
  beforeinput(event, view) {
    const replacing = event.inputType === 'insertText' || event.inputType === 'insertReplacementText';
    if (!replacing || event.isComposing || view.state.selection.ranges.every((range) => range.empty)) return false;
    const text = event.data ?? event.dataTransfer?.getData('text/plain');
    if (text == null) return false;
    event.preventDefault();
    view.dispatch(view.state.replaceSelection(text), { userEvent: 'input.type', scrollIntoView: true });
    return true;
  },
});

const wholeCharacters = EditorState.transactionFilter.of((tr) => {
  if (!tr.docChanged || tr.annotation(Transaction.remote)) return tr;
  let broken = false;
  tr.changes.iterChanges((fromA, toA, fromB, toB, inserted) => { if (LONE_SURROGATE.test(inserted.toString())) broken = true; LONE_SURROGATE.lastIndex = 0; });
  if (!broken) return tr;
  const specs = [];
  tr.changes.iterChanges((fromA, toA, fromB, toB, inserted) => specs.push({ from: fromA, to: toA, insert: inserted.toString().replace(LONE_SURROGATE, '\uFFFD') }));
  return [{ changes: specs, selection: tr.selection, scrollIntoView: tr.scrollIntoView }];
});
