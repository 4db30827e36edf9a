// The little Markdown of minutes and compilations as page elements – headings, "- " lists,
// "> " quotes, paragraphs – the same rules as the server's exports (MarkdownHtml). Every
// character goes in as text: nothing anyone wrote can become markup.
import { el } from './ui.js';

// Java's Character.isWhitespace, which the server's strip() and isBlank() use: not the no-break
// spaces (U+00A0, U+2007, U+202F) nor U+FEFF, unlike JavaScript's trim().
const CONTROL = /[\x00-\x08\x0b-\x1f]/g;
const EDGES = /^[\t-\r\x1c-\x20\u1680\u2000-\u2006\u2008-\u200a\u2028\u2029\u205f\u3000]+|[\t-\r\x1c-\x20\u1680\u2000-\u2006\u2008-\u200a\u2028\u2029\u205f\u3000]+$/g;
const strip = (text) => text.replace(EDGES, '');
const isBlank = (line) => strip(line) === '';
const isItem = (line) => line.startsWith('- ') || line === '-';
const isQuote = (line) => line.startsWith('>');

/** 1–3 for "# ", "## ", "### " (whatever follows, even a carriage return); 0 for anything else. */
function headingLevel(line) {
  let level = 0;
  while (level < line.length && line[level] === '#') level++;
  return level >= 1 && level <= 3 && line[level] === ' ' ? level : 0;
}

/** The blocks of a text; a heading of level n becomes h(n + shift), capped at h6. */
export function markdownBlocks(text, shift = 1) {
  const blocks = [];
  // Control characters go first, as on the server (XML cannot hold them): a carriage return too.
  const lines = (text ?? '').replace(CONTROL, '').split('\n');
  let paragraph = [];
  const flush = () => {
    if (paragraph.length > 0) blocks.push(el('p', {}, ...withBreaks(paragraph)));
    paragraph = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const level = headingLevel(line);
    if (level > 0) {
      flush();
      blocks.push(el(`h${Math.min(6, level + shift)}`, {}, strip(line.slice(level))));
    } else if (isItem(line)) {
      flush();
      const items = [];
      for (; i < lines.length && isItem(lines[i]); i++) items.push(el('li', {}, strip(lines[i].slice(1))));
      i--;
      blocks.push(el('ul', {}, ...items));
    } else if (isQuote(line)) {
      flush();
      const quoted = [];
      for (; i < lines.length && isQuote(lines[i]); i++) quoted.push(strip(lines[i].slice(1)));
      i--;
      blocks.push(el('blockquote', {}, el('p', {}, ...withBreaks(quoted))));
    } else if (isBlank(line)) {
      flush();
    } else {
      paragraph.push(line);
    }
  }
  flush();
  return blocks;
}

function withBreaks(lines) {
  return lines.flatMap((line, i) => (i === 0 ? [line] : [el('br'), line]));
}
