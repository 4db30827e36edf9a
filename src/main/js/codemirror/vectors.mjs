// Writes src/test/resources/changeset-vectors.json: random texts and change sets made and applied
// by CodeMirror's own ChangeSet, so the Java ChangeSet is checked against the reference.
import { ChangeSet, Text } from '@codemirror/state';
import { writeFileSync } from 'node:fs';

let seed = 20261122;
const random = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; };
const pick = (list) => list[Math.floor(random() * list.length)];
const pieces = ['a', 'å', 'ä', 'ö', 'Ö', ' ', '\n', 'anhörig', 'möte', '😀', '\n\n', '- ', '**', 'é'];
const text = (max) => Array.from({ length: Math.floor(random() * max) }, () => pick(pieces)).join('');

const vectors = [];
for (let n = 0; n < 400; n++) {
  const doc = Text.of(text(40).split('\n'));
  let changes = ChangeSet.empty(doc.length);
  for (let step = 0, steps = 1 + Math.floor(random() * 4); step < steps; step++) {
    const length = changes.newLength;
    const specs = [];
    let at = 0;
    while (at <= length && random() < 0.7) {
      const from = at + Math.floor(random() * (length - at + 1));
      const to = from + Math.floor(random() * (length - from + 1) * 0.5);
      specs.push({ from, to, insert: random() < 0.3 ? '' : text(8) });
      at = to + 1;
    }
    changes = changes.compose(ChangeSet.of(specs, length));
  }
  vectors.push({
    doc: doc.toString(),
    changes: changes.toJSON(),
    length: changes.length,
    newLength: changes.newLength,
    result: changes.apply(doc).toString(),
  });
}
writeFileSync(new URL('../../../test/resources/changeset-vectors.json', import.meta.url), JSON.stringify(vectors, null, 0) + '\n');
console.log(`wrote ${vectors.length} vectors`);

// Writes src/test/resources/changeset-map-vectors.json: two change sets made to one text and one
// mapped over the other by CodeMirror (both ways round), so the server rebases exactly as the
// browsers do. Positions are drawn from a few spots so that edits at the same place are common.
const mapVectors = [];
const changesOn = (length) => {
  const spots = Array.from({ length: 3 }, () => Math.floor(random() * (length + 1)));
  const specs = [];
  let at = 0;
  while (at <= length && random() < 0.75) {
    const candidates = spots.filter((spot) => spot >= at);
    const from = candidates.length && random() < 0.7 ? pick(candidates) : at + Math.floor(random() * (length - at + 1));
    const to = random() < 0.5 ? from : from + Math.floor(random() * (length - from + 1) * 0.5);
    specs.push({ from, to, insert: random() < 0.25 ? '' : text(5) });
    at = to + 1;
  }
  return ChangeSet.of(specs, length);
};
for (let n = 0; n < 3000; n++) {
  const doc = Text.of(text(24).split('\n'));
  const a = changesOn(doc.length);
  const b = changesOn(doc.length);
  const before = random() < 0.5;
  mapVectors.push({ doc: doc.toString(), a: a.toJSON(), b: b.toJSON(), before, mapped: a.map(b, before).toJSON() });
}
writeFileSync(new URL('../../../test/resources/changeset-map-vectors.json', import.meta.url), JSON.stringify(mapVectors, null, 0) + '\n');
console.log(`wrote ${mapVectors.length} map vectors`);
