// Small DOM helpers. Text always goes in as text nodes, never as HTML.
import { currentLanguage, t } from './i18n.js';

/**
 * The group's own call tool as a link: a web address opens in a new tab (without giving it this
 * page), a phone number dials. Null when there is none.
 */
export function callLinkAnchor(link) {
  if (!link) return null;
  const web = link.startsWith('https://');
  return el('a', web ? { href: link, target: '_blank', rel: 'noopener noreferrer' } : { href: `tel:${link.replace(/[^+0-9]/g, '')}` }, link);
}

/** Builds an element: el('li', { className: 'x', dataset: { id } }, 'text', child, …). */
export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (key === 'dataset') Object.assign(node.dataset, value);
    else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else if (key in node) node[key] = value;
    else node.setAttribute(key, value);
  }
  for (const child of children.flat()) {
    if (child !== null && child !== undefined && child !== false) node.append(child instanceof Node ? child : String(child));
  }
  return node;
}

export const $ = (id) => document.getElementById(id);

/** 18 random hex characters: an editor's id, or the key that makes a creation happen once. */
export function randomKey() {
  const bytes = crypto.getRandomValues(new Uint8Array(9));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * A wide table's frame, which scrolls sideways on a phone: a named region that takes the keyboard
 * focus, so someone without a mouse can scroll it too (WCAG 2.1.1).
 */
export function scrollingTable(label, ...children) {
  return el('div', { className: 'table-wrap', tabIndex: 0, role: 'region', 'aria-label': label }, ...children);
}

/**
 * Replaces a live list's items as replaceChildren does, but keeps what the person is doing in it
 * when an update from someone else arrives: the text in its inputs (by id) and the focus (by id,
 * else by accessible name), so typing and keyboard steering are not cut off.
 */
export function replaceItems(list, items) {
  const active = list.contains(document.activeElement) ? document.activeElement : null;
  const label = active?.getAttribute('aria-label');
  const key = active?.id ? `#${CSS.escape(active.id)}` : label ? `[aria-label="${CSS.escape(label)}"]` : null;
  const typed = [...list.querySelectorAll('input[id], textarea[id]')].map((input) =>
    ({ id: input.id, value: input.value, start: input.selectionStart, end: input.selectionEnd }));
  list.replaceChildren(...items);
  for (const was of typed) {
    const input = list.querySelector(`#${CSS.escape(was.id)}`);
    if (input) input.value = was.value;
  }
  const again = key ? list.querySelector(key) : null;
  if (again) {
    again.focus();
    const was = typed.find((input) => input.id === again.id);
    if (was && was.start !== null) again.setSelectionRange(was.start, was.end);
  }
}

/** "tisdag 1 september 2026 kl. 18:00" / "Tuesday 1 September 2026 at 18:00". */
export function formatWhen(iso) {
  if (!iso) return '';
  const locale = currentLanguage() === 'sv' ? 'sv-SE' : 'en-GB';
  return new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeStyle: 'short' }).format(new Date(iso));
}

export function meetingLink(meeting) {
  return el('a', { href: `/meeting.html?id=${encodeURIComponent(meeting.id)}` }, meeting.title);
}

/** One line about a meeting: when, and how people take part. */
export function meetingLine(meeting) {
  const parts = [];
  if (meeting.cancelled) parts.push(t('cancelledShort'));
  if (meeting.startsAt) parts.push(formatWhen(meeting.startsAt));
  parts.push(t(`mode.${meeting.mode}`));
  if (meeting.kind === 'pre' || meeting.kind === 'after') parts.push(t(`kind.${meeting.kind}`));
  return parts.join(' · ');
}

/**
 * Says something to the person where they are: the page's message stays in view at the bottom of
 * the window (however far down or up they are) until they close it or the next one replaces it.
 * A refusal or problem is the default; {@code { ok: true }} for news that something worked.
 */
export function showMessage(text, { ok = false } = {}) {
  const message = $('message');
  if (!message) return;
  message.textContent = text;
  const bar = messageBar(message);
  bar.classList.toggle('ok', ok);
  bar.hidden = !text;
}

/** The bar around the page's message, with its close button; made on first use. */
function messageBar(message) {
  if (message.parentElement.classList.contains('message-bar')) return message.parentElement;
  const bar = el('div', { className: 'message-bar' });
  message.replaceWith(bar);
  bar.append(message, el('button', {
    type: 'button', className: 'small secondary', onclick: () => showMessage(''),
    'aria-label': t('closeMessage'), dataset: { i18n: 'close', i18nLabel: 'closeMessage' },
  }, t('close')));
  return bar;
}

/**
 * Fills a <select> with [value, label] options, keeping what the person has chosen if it is still
 * there: a list re-rendered because someone joined must not change a choice under their hands.
 */
export function fillOptions(select, options) {
  const chosen = select.value;
  select.replaceChildren(...options.map(([value, label]) => el('option', { value }, label)));
  if (options.some(([value]) => value === chosen)) select.value = chosen;
}

/** Fills a <select> with the stakeholder groups, keeping the current choice. */
export function fillGroups(select, groups) {
  fillOptions(select, groups.map((group) => [group, t(`group.${group}`)]));
}

/** An ISO time as the value of a datetime-local input, in the browser's own time zone. */
export function toLocalInput(iso) {
  if (!iso) return '';
  const d = new Date(iso);
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
