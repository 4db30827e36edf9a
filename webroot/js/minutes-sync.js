// The browser's half of the minutes' central authority. The server keeps each section's text
// and version; this editor keeps what it typed and the server has not confirmed yet ("unsaved"),
// sends it against the version it last saw, and when someone else's update arrives moves its
// unsaved edits over it with the server's own rule (se.lagetrunt.domain.Rebase: where both insert
// at one place, the edits being moved go first, so a writer's words stay whole). The server
// applies the same rule to a push made against an older version, so both end with the same text;
// MirrorVectorsBrowserTest replays the server's vectors through rebase() below.
import { StateField, Annotation, Transaction, ChangeSet } from '/vendor/codemirror/codemirror.js';

const synced = Annotation.define();

const syncField = StateField.define({
  create: () => ({ version: 0, unsaved: [], clientID: '' }),
  update(value, tr) {
    const next = tr.annotation(synced);
    if (next) return next;
    if (!tr.docChanged) return value;
    return { ...value, unsaved: [...value.unsaved, tr.changes] };
  },
});

/** The extension for one section's editor, starting from the server's version of its text. */
export function minutesSync({ startVersion, clientID }) {
  return syncField.init(() => ({ version: startVersion, unsaved: [], clientID }));
}

/** `edits` (made one after another) moved over `other`, and `other` moved over them. */
export function rebase(edits, other) {
  const moved = [];
  let rest = other;
  for (const edit of edits) {
    moved.push(edit.map(rest, true));
    rest = rest.map(edit, false);
  }
  return { edits: moved, other: rest };
}

export function syncedVersion(state) {
  return state.field(syncField).version;
}

export function clientIdOf(state) {
  return state.field(syncField).clientID;
}

/** This editor's edits the server has not confirmed, oldest first. */
export function unsavedChanges(state) {
  return state.field(syncField).unsaved;
}

/**
 * The transaction for one update from the server: this editor's own oldest unsaved edit coming
 * back confirmed (`mismatch` set if the server made something else of it), or someone else's,
 * over which the unsaved edits move.
 */
export function receive(state, update) {
  const { version, unsaved, clientID } = state.field(syncField);
  if (update.clientID === clientID && unsaved.length > 0) {
    const mismatch = JSON.stringify(unsaved[0].toJSON()) !== JSON.stringify(update.changes.toJSON());
    return { spec: { annotations: synced.of({ version: version + 1, unsaved: unsaved.slice(1), clientID }) }, mismatch };
  }
  const moved = rebase(unsaved, update.changes);
  return {
    spec: {
      changes: moved.other,
      annotations: [Transaction.addToHistory.of(false), Transaction.remote.of(true),
        synced.of({ version: version + 1, unsaved: moved.edits, clientID })],
      filter: false,
    },
    mismatch: false,
  };
}

/**
 * Inserted characters per push: at most 3 bytes each in UTF-8, so a push stays well under the
 * 64 KiB a client message may have on every transport (SockJS's XHR bodies included).
 */
export const PUSH_CHARS = 16000;

/**
 * The unsaved edits the next push carries: the oldest, at most `maxUpdates` of them and (but for
 * a single edit, which splitLarge keeps small) at most PUSH_CHARS inserted characters.
 */
export function nextBatch(state, maxUpdates) {
  const batch = [];
  let chars = 0;
  for (const changes of unsavedChanges(state).slice(0, maxUpdates)) {
    chars += insertedLength(changes);
    if (batch.length > 0 && chars > PUSH_CHARS) break;
    batch.push(changes);
  }
  return batch;
}

/**
 * Replaces every unsaved edit that inserts more than `maxChars` by several that together do the
 * same, so that no message grows past what every transport carries. Returns a transaction spec,
 * or null when nothing needs splitting.
 */
export function splitLarge(state, maxChars) {
  const field = state.field(syncField);
  if (!field.unsaved.some((changes) => insertedLength(changes) > maxChars)) return null;
  const unsaved = field.unsaved.flatMap((changes) => (insertedLength(changes) > maxChars ? split(changes, maxChars) : [changes]));
  return { annotations: synced.of({ ...field, unsaved }) };
}

export function insertedLength(changes) {
  let length = 0;
  changes.iterChanges((fromA, toA, fromB, toB, inserted) => { length += inserted.length; });
  return length;
}

/** One change as several: first it with each insertion cut short, then the rest of the insertions, piece by piece. */
function split(changes, maxChars) {
  const heads = [];
  const tails = [];
  let budget = maxChars;
  changes.iterChanges((fromA, toA, fromB, toB, inserted) => {
    const text = inserted.toString();
    const head = text.slice(0, cutAt(text, budget));
    budget -= head.length;
    heads.push({ from: fromA, to: toA, insert: head });
    if (head.length < text.length) tails.push({ at: fromB + head.length, text: text.slice(head.length) });
  });
  const pieces = [ChangeSet.of(heads, changes.length)];
  let length = pieces[0].newLength;
  for (const tail of tails) {
    for (let from = 0; from < tail.text.length;) {
      const piece = tail.text.slice(from, from + cutAt(tail.text.slice(from), maxChars));
      pieces.push(ChangeSet.of({ from: tail.at + from, insert: piece }, length));
      length += piece.length;
      from += piece.length;
    }
  }
  return pieces;
}

/** Where to cut a text to at most `max` units without cutting a character (a surrogate pair) in two. */
function cutAt(text, max) {
  if (max >= text.length) return text.length;
  if (max <= 0) return 0;
  const code = text.charCodeAt(max - 1);
  if (code < 0xd800 || code > 0xdbff) return max;
  return max > 1 ? max - 1 : 2; // never an empty piece

}
