// Material to read before a meeting, as everyone sees it: a link opens in a new tab, a file is
// downloaded (never opened inside the page), each with its plain note and what kind of file it is.
import { t, describeError } from './i18n.js';
import { download } from './session.js';
import { el, showMessage } from './ui.js';

const KINDS = [
  ['application/pdf', 'PDF'],
  ['wordprocessingml', 'Word'], ['msword', 'Word'],
  ['presentationml', 'PowerPoint'], ['ms-powerpoint', 'PowerPoint'],
  ['spreadsheetml', 'Excel'], ['ms-excel', 'Excel'],
  ['opendocument', 'OpenDocument'],
  ['image/', 'image'],
];

/** "PDF · 1,2 MB", in the reader's language. */
export function fileDetails(item) {
  const kind = KINDS.find(([mark]) => item.contentType?.includes(mark))?.[1] ?? '';
  const size = item.sizeBytes >= 1024 * 1024
    ? t('material.megabytes', { n: (item.sizeBytes / (1024 * 1024)).toLocaleString(undefined, { maximumFractionDigits: 1 }) })
    : t('material.kilobytes', { n: Math.max(1, Math.round(item.sizeBytes / 1024)) });
  return [kind === 'image' ? t('material.image') : kind, size].filter(Boolean).join(' · ');
}

/** The title as what opens it: a link out, or a button that downloads the file. */
export function materialOpener(item) {
  if (item.kind === 'link') {
    return el('a', { href: item.url, target: '_blank', rel: 'noopener noreferrer', className: 'material-title',
      'aria-label': `${item.title} (${t('material.newTab')})` }, item.title);
  }
  return el('button', {
    type: 'button',
    className: 'link-button material-title',
    // A name to find it by after a re-render (and to tell a screen reader what the button does).
    'aria-label': `${item.title} (${t('material.download')})`,
    onclick: () => download(`/api/material/${encodeURIComponent(item.id)}/file`, item.fileName)
      .catch((error) => showMessage(describeError(error))),
  }, item.title);
}

/** One entry for a reader's list. */
export function materialItem(item) {
  return el('li', { className: 'material-item' },
    materialOpener(item),
    el('span', { className: 'details' }, item.kind === 'link' ? new URL(item.url).host : fileDetails(item)),
    item.note ? el('span', { className: 'line' }, item.note) : null);
}

/** The meeting's material for one question, or (questionId null) for the whole meeting or its round. */
export function materialFor(material, questionId) {
  return (material ?? []).filter((item) => (item.questionId ?? null) === (questionId ?? null));
}
