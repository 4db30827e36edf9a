// The little Markdown of minutes and compilations as page elements – headings, "- " lists,
// "> " quotes, paragraphs – the same rules as the server's exports (MarkdownHtml). Every
// character goes in as text: nothing anyone wrote can become markup.
import { el } from './ui.js';

const HEADING = /^(#{1,3}) (.*)$/;
const isItem = (line) => line.startsWith('- ') || line === '-';
const isQuote = (line) => line.startsWith('>');

/** The blocks of a text; a heading of level n becomes h(n + shift), capped at h6. */
export function markdownBlocks(text, shift = 1) {
  const blocks = [];
  const lines = (text ?? '').split('\n');
  let paragraph = [];
  const flush = () => {
    if (paragraph.length > 0) blocks.push(el('p', {}, ...withBreaks(paragraph)));
    paragraph = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const heading = HEADING.exec(line);
    if (heading) {
      flush();
      blocks.push(el(`h${Math.min(6, heading[1].length + shift)}`, {}, heading[2].trim()));
    } else if (isItem(line)) {
      flush();
      const items = [];
      for (; i < lines.length && isItem(lines[i]); i++) items.push(el('li', {}, lines[i].slice(1).trim()));
      i--;
      blocks.push(el('ul', {}, ...items));
    } else if (isQuote(line)) {
      flush();
      const quoted = [];
      for (; i < lines.length && isQuote(lines[i]); i++) quoted.push(lines[i].slice(1).trim());
      i--;
      blocks.push(el('blockquote', {}, el('p', {}, ...withBreaks(quoted))));
    } else if (line.trim() === '') {
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
