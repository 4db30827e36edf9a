// A section's history on the meeting page: one entry per writing session (the server groups the
// keystrokes, se.lagetrunt.documents.SectionHistory) with what it added and removed, and a slider
// that shows the section as it was after any session, to go back to from there.
import { t } from './i18n.js';
import { el, formatWhen } from './ui.js';

/**
 * Fills `details` with the history `entries` (oldest first). `restore(version)` → Promise is
 * given when the reader may write; `announce(text)` speaks to screen readers.
 */
export function renderHistory(details, entries, { restore, announce }) {
  const list = details.querySelector('.history-list');
  const view = details.querySelector('.history-view');
  if (entries.length === 0) {
    view.replaceChildren();
    list.replaceChildren(el('li', {}, t('noHistory')));
    return;
  }
  const restoreButton = (entry, label) => el('button', {
    type: 'button', className: 'small secondary', 'aria-label': label,
    onclick: () => restore(entry.version).then(() => {
      announce(t('restored'));
      details.open = false;
    }),
  }, t('restoreVersion'));

  const slider = el('input', { type: 'range', min: 1, max: entries.length, step: 1, value: entries.length, id: `${details.id}-slider` });
  const caption = el('p', { className: 'details', 'aria-live': 'polite' });
  const text = el('div', { className: 'summary history-text' });
  const actions = el('div', { className: 'actions-row' });
  const show = () => {
    const entry = entries[Number(slider.value) - 1];
    const line = `${entry.authorName} · ${when(entry)}`;
    slider.setAttribute('aria-valuetext', line);
    caption.textContent = `${line} (${t('historyStep', { n: slider.value, of: entries.length })})`;
    text.textContent = entry.text || '–';
    actions.replaceChildren(...(restore && Number(slider.value) < entries.length
      ? [restoreButton(entry, `${t('restoreVersion')}: ${line}`)] : []));
  };
  slider.addEventListener('input', show);
  view.replaceChildren(el('label', { htmlFor: slider.id }, t('historySlider')), slider, caption, text, actions);
  show();

  list.replaceChildren(...[...entries].reverse().map((entry) => {
    const item = el('li', {},
      el('span', { className: 'details' }, `${entry.authorName} · ${when(entry)}`),
      el('div', { className: 'diff' }, ...(entry.changes ?? []).map(piece)));
    if (restore) item.append(restoreButton(entry, `${t('restoreVersion')}: ${entry.authorName} ${formatWhen(entry.at)}`));
    return item;
  }));
}

/** When a session was: one time, or from–to when it took more than a minute. */
function when(entry) {
  const from = formatWhen(entry.from ?? entry.at);
  const to = formatWhen(entry.at);
  return from === to ? to : `${from}–${to.split(' ').pop()}`;
}

/** One piece of a session's change: kept lines as context, added and removed ones marked for eyes and ears. */
function piece({ op, text }) {
  if (op === 'skipped') return el('p', { className: 'diff-skipped' }, t('historySkipped', { n: text }));
  if (op === 'added') return el('ins', {}, el('span', { className: 'visually-hidden' }, `${t('historyAdded')}: `), text);
  if (op === 'removed') return el('del', {}, el('span', { className: 'visually-hidden' }, `${t('historyRemoved')}: `), text);
  return el('span', { className: 'diff-kept' }, text);
}
