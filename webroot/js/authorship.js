// Who wrote which part of a minutes section, as colours in the editor. The server keeps author
// runs (person, length) for the saved text; this page carries them through every saved update and
// draws them over the editor's text, mapped through edits not yet saved. Colours are light tints
// under dark text (contrast stays above 12:1), each mark names its author on hover, and the
// history lists authors in words for those who cannot tell colours apart.
import { Decoration, EditorView, StateEffect, StateField } from '/vendor/codemirror/codemirror.js';

const PALETTE = 6;
const setMarks = StateEffect.define();

/** The editor part: a set of marks that follows local edits and is replaced on every saved update. */
export const authorMarks = StateField.define({
  create: () => Decoration.none,
  update(marks, tr) {
    let next = marks.map(tr.changes);
    for (const effect of tr.effects) if (effect.is(setMarks)) next = effect.value;
    return next;
  },
  provide: (field) => EditorView.decorations.from(field),
});

/** A stable colour for a person: the same on every screen. */
function colourOf(personId) {
  let hash = 0;
  for (const c of personId) hash = (hash * 31 + c.charCodeAt(0)) >>> 0;
  return hash % PALETTE;
}

/** The runs after a saved update by {@code author}; the same walk as the server's ChangeSet.apply(runs). */
export function applyRuns(runs, changes, author) {
  const out = [];
  let index = 0;
  let offset = 0;
  const append = (who, length) => {
    if (length <= 0) return;
    const last = out[out.length - 1];
    if (last && last[0] === who) last[1] += length;
    else out.push([who, length]);
  };
  const walk = (length, keep) => {
    let left = length;
    while (left > 0) {
      const [who, runLength] = runs[index];
      const here = Math.min(left, runLength - offset);
      if (keep) append(who, here);
      left -= here;
      offset += here;
      if (offset === runLength) {
        index++;
        offset = 0;
      }
    }
  };
  let at = 0;
  changes.iterChanges((fromA, toA, fromB, toB) => {
    walk(fromA - at, true);
    walk(toA - fromA, false);
    append(author, toB - fromB);
    at = toA;
  });
  walk(changes.length - at, true);
  return out;
}

/**
 * Draws the saved text's runs over the editor's text: {@code unsaved} are the changes the editor
 * has on top of the saved text, which the marks are carried through.
 */
export function showAuthors(view, runs, unsaved, nameOf, visible) {
  const ranges = [];
  if (visible) {
    let at = 0;
    for (const [who, length] of runs) {
      const from = unsaved ? unsaved.mapPos(at, 1) : at;
      const to = unsaved ? unsaved.mapPos(at + length, -1) : at + length;
      if (to > from) {
        ranges.push(Decoration.mark({ class: `author author-${colourOf(who)}`, attributes: { title: nameOf(who) } }).range(from, to));
      }
      at += length;
    }
  }
  view.dispatch({ effects: setMarks.of(Decoration.set(ranges, true)) });
}
