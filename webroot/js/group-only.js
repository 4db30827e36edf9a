// Passages of the minutes that stay in the group, as the editor shows them: a shaded block under
// a "Stannar i gruppen" label, and a warning when the fence is never closed (then everything
// after it stays in the group, as the server reads it). The reading of a fence is the server's
// (se.lagetrunt.domain.GroupOnly.lines); MirrorVectorsBrowserTest checks this copy against it.
import { Decoration, EditorView, StateField, RangeSetBuilder } from '/vendor/codemirror/codemirror.js';

export const OPEN = ':::gruppen';
export const CLOSE = ':::';

// Spaces of every kind, invisible format characters: none of them makes a fence plain text.
const IGNORED = /[\t\n\x0B\f\r\x1C-\x1F\p{Z}\p{Cf}]/gu;

function marker(line) {
  return line.replace(IGNORED, '').toLowerCase();
}

/** Each line as 'text', 'open', 'inside' or 'close'. */
export function lineKinds(text) {
  let inside = false;
  return text.split('\n').map((line) => {
    const m = marker(line);
    if (!inside && m === OPEN) {
      inside = true;
      return 'open';
    }
    if (inside && m === CLOSE) {
      inside = false;
      return 'close';
    }
    return inside ? 'inside' : 'text';
  });
}

/** The editor extension; `labels()` gives the label texts in the page's language now. */
export function groupOnlyBlocks(labels) {
  const decorate = (doc) => {
    const kinds = lineKinds(doc.toString());
    const { open, unclosed: unclosedLabel } = labels();
    const unclosed = kinds.lastIndexOf('open') > kinds.lastIndexOf('close');
    const builder = new RangeSetBuilder();
    kinds.forEach((kind, i) => {
      if (kind === 'text') return;
      const line = doc.line(i + 1);
      const attributes = kind === 'open'
        ? { class: `cm-group-only cm-group-only-open${unclosed && i === kinds.lastIndexOf('open') ? ' cm-group-only-unclosed' : ''}`,
          'data-label': unclosed && i === kinds.lastIndexOf('open') ? unclosedLabel : open }
        : { class: `cm-group-only cm-group-only-${kind}` };
      builder.add(line.from, line.from, Decoration.line({ attributes }));
    });
    return builder.finish();
  };
  return StateField.define({
    create: (state) => decorate(state.doc),
    update: (value, tr) => (tr.docChanged ? decorate(tr.state.doc) : value),
    provide: (field) => EditorView.decorations.from(field),
  });
}
