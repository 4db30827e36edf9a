// A round's compilation. Members of the theme's local networks read what the enablers published.
// The enablers write it: beside them every network's submitted minutes, question by question,
// and a first draft made from them. What they type is saved by itself after a pause, kept in the
// browser until the server has it, and never overwrites another enabler's version unseen.
import { t, translatePage, setUpLanguageSwitch, describeError } from './i18n.js';
import { api, download } from './session.js';
import { $, el, formatWhen, scrollingTable, showMessage } from './ui.js';
import { markdownBlocks } from './markdown-view.js';
import { CheckPanel } from './compilation-check.js';

const params = new URLSearchParams(window.location.search);
const themeId = params.get('theme');
const round = params.get('round');
const base = `/api/theme-networks/${encodeURIComponent(themeId)}/compilations/${encodeURIComponent(round)}`;
const BACKUP = `laget-runt.compilation.${themeId}.${round}`;
const AUTOSAVE_MS = 2500;
const RETRY_MS = 5000;

let data = null;
/** The draft version the text in the box was written on, and the text the server has for it. */
let baseVersion = 0;
let savedText = '';
let saveState = 'saved';
let saving = null;
let timer = null;
/** While another enabler's newer version is shown, nothing is saved without the button. */
let conflict = null;

let sharedUrl = null;
/** The leaders' check: sent by the enablers, answered by the theme's leaders. */
const checkPanel = new CheckPanel({
  base,
  draftVersion: () => baseVersion,
  saveFirst: async () => (await save()) && !conflict,
});
const box = () => $('compilation-text');
const writes = () => data && 'sources' in data;
const unsaved = () => writes() && box().value !== savedText;

function render() {
  document.title = `${t('compilationTitle', { title: data.roundTitle })} – Laget Runt`;
  $('theme-line').textContent = t('compilationThemeLine', { theme: data.themeNetwork.name, round: data.round });
  $('title').textContent = t('compilationTitle', { title: data.roundTitle });
  const published = data.published;
  const changed = data.draft?.unpublishedChanges && published;
  $('published-line').textContent = published
    ? `${t('publishedOn', { when: formatWhen(published.publishedAt) })}${changed ? ` – ${t('changedSincePublished')}` : ''}`
    : t('notPublishedYet');
  $('reader').hidden = writes();
  $('writer').hidden = !writes();
  $('sources').hidden = !writes();
  if (writes()) {
    renderSaveState();
    renderSources();
    $('use-suggestion').hidden = !data.suggestion;
    $('suggestion-options').hidden = !data.suggestion;
    renderSharing();
    if (conflict) {
      $('conflict').querySelector('summary').textContent = t('theirVersion', { name: conflict.updatedBy ?? '?' });
      $('conflict-text').replaceChildren(...markdownBlocks(conflict.text, 2));
    }
  } else {
    $('not-published').hidden = !!published;
    $('reader-pdf').hidden = !published;
    $('published-text').replaceChildren(...markdownBlocks(published?.text ?? '', 0));
  }
}

/** Sharing as an open page: offered once something is published; the link when shared. */
function renderSharing() {
  $('sharing').hidden = !data.published;
  $('share').hidden = Boolean(sharedUrl);
  $('shared').hidden = !sharedUrl;
  $('shared-url').value = sharedUrl ?? '';
}

async function setShared(on) {
  try {
    sharedUrl = (await api('POST', `${base}/share`, { shared: on })).url;
    renderSharing();
    showMessage(t(on ? 'sharedNow' : 'notSharedNow'), { ok: true });
  } catch (error) {
    showMessage(describeError(error));
  }
}

function renderSaveState() {
  const when = data.draft?.updatedAt ? new Date(data.draft.updatedAt).toLocaleTimeString(
    document.documentElement.lang === 'sv' ? 'sv-SE' : 'en-GB', { hour: '2-digit', minute: '2-digit' }) : '';
  $('save-state').textContent = saveState === 'saved' && !data.draft ? '' : t(`saveState.${saveState}`, { time: when });
  $('save-state').dataset.state = saveState;
}

function setSaveState(state) {
  saveState = state;
  renderSaveState();
}

/** The networks' minutes of this round, and what they wrote side by side per question. */
function renderSources() {
  $('source-table').replaceChildren(scrollingTable(t('compilationSources'), el('table', { className: 'minutes-status-table' },
    el('thead', {}, el('tr', {},
      el('th', { scope: 'col' }, t('localNetwork')),
      el('th', { scope: 'col' }, t('meetingTitle')),
      el('th', { scope: 'col' }, t('minutesStatusHeading')))),
    el('tbody', {}, ...data.sources.map((source) => el('tr', {},
      el('th', { scope: 'row' }, source.localNetwork),
      el('td', {}, el('a', { href: `/meeting.html?id=${encodeURIComponent(source.meetingId)}` }, source.title)),
      el('td', {}, t(`minutesStatusShort.${source.status}`))))))));
  $('no-material').hidden = data.material.length > 0;
  $('material').replaceChildren(...data.material.map((topic) => el('section', { className: 'topic-material' },
    el('h3', {}, topic.title),
    ...topic.entries.map((entry) => el('div', { className: 'network-entry' },
      el('h4', {}, entry.localNetwork),
      entry.interpretation ? el('p', { className: 'interpretation-text' }, t('interpretedAs', { text: entry.interpretation })) : null,
      ...markdownBlocks(entry.text, 4))))));
}

function edited() {
  if (unsaved()) {
    localStorage.setItem(BACKUP, JSON.stringify({ text: box().value, version: baseVersion }));
    setSaveState(conflict ? 'conflict' : 'unsaved');
  } else {
    localStorage.removeItem(BACKUP);
    setSaveState('saved');
  }
  clearTimeout(timer);
  if (!conflict) timer = setTimeout(save, AUTOSAVE_MS);
}

/** Saves the box's text on top of the version it was written on; one save at a time. */
async function save() {
  clearTimeout(timer);
  if (saving) {
    await saving.catch(() => {});
    if (unsaved()) return save();
    return true;
  }
  if (!unsaved()) return true;
  const text = box().value;
  setSaveState('saving');
  saving = api('PUT', base, { text, version: baseVersion });
  try {
    const draft = await saving;
    data.draft = draft;
    data.namesFound = draft.namesFound ?? [];
    baseVersion = draft.version;
    savedText = text;
    conflict = null;
    $('conflict').hidden = true;
    render();
    edited();
    return true;
  } catch (error) {
    if (error.code === 'version_conflict') {
      await showConflict();
    } else if (error.status === undefined || error.status >= 500) {
      // No connection (or the server is away): the text stays here and in the browser's storage.
      setSaveState('offline');
      timer = setTimeout(save, RETRY_MS);
    } else {
      setSaveState('unsaved');
      showMessage(describeError(error));
    }
    return false;
  } finally {
    saving = null;
  }
}

/** Someone saved in between: keep this text in the box, show theirs, and save only on request. */
async function showConflict() {
  try {
    const latest = await api('GET', base);
    conflict = latest.draft;
    data = latest;
    baseVersion = latest.draft?.version ?? 0;
    savedText = latest.draft?.text ?? '';
    $('conflict').hidden = false;
    $('conflict').open = true;
    render();
    setSaveState(unsaved() ? 'conflict' : 'saved');
    showMessage(t('compilationConflict'));
  } catch (error) {
    setSaveState('offline');
    timer = setTimeout(save, RETRY_MS);
  }
}

async function saveNow() {
  conflict = null;
  $('conflict').hidden = true;
  await save();
}

/** Publishes; if leaders asked to check it are still to answer, only when the enabler says so. */
async function publishVersion(early) {
  try {
    return await api('POST', `${base}/publish`, { version: baseVersion, early });
  } catch (error) {
    if (error.code !== 'check_open' || !window.confirm(t('confirmPublishEarly'))) throw error;
    return publishVersion(true);
  }
}

async function publish() {
  if (!(await save()) || conflict) return;
  if (!box().value.trim()) {
    showMessage(t('error.nothing_to_publish'));
    return;
  }
  // Names of the theme's own people still in the text: said before anything goes to every network.
  const names = data.namesFound ?? [];
  const question = names.length ? t('confirmPublishWithNames', { names: names.join(', ') }) : t('confirmPublish');
  if (!window.confirm(question)) return;
  try {
    const result = await publishVersion(false);
    data.draft = { ...data.draft, ...result.draft, updatedBy: data.draft?.updatedBy };
    data.published = { text: savedText, ...result.published };
    render();
    await checkPanel.load();
    showMessage(result.emailed > 0 ? t('publishedNowEmailed', { n: result.emailed }) : t('publishedNow'), { ok: true });
  } catch (error) {
    if (error.code === 'version_conflict') await showConflict();
    else showMessage(describeError(error));
  }
}

/** The first draft from the material: without network names and with speakers' groups, unless chosen otherwise. */
async function useSuggestion() {
  if (box().value.trim() && !window.confirm(t('replaceWithSuggestion'))) return;
  const networks = $('with-networks').checked;
  const groups = $('with-groups').checked;
  let suggestion = data.suggestion;
  if (networks || !groups) {
    try {
      suggestion = (await api('GET', `${base}?networks=${networks}&groups=${groups}`)).suggestion;
    } catch (error) {
      showMessage(describeError(error));
      return;
    }
  }
  box().value = suggestion;
  edited();
  box().focus();
  box().setSelectionRange(0, 0);
}

function startWriting() {
  baseVersion = data.draft?.version ?? 0;
  savedText = data.draft?.text ?? '';
  box().value = savedText;
  // Text that did not reach the server last time (closed tab, lost connection) comes back.
  const backup = JSON.parse(localStorage.getItem(BACKUP) || 'null');
  if (backup && backup.text !== savedText) {
    box().value = backup.text;
    if (backup.version !== baseVersion) {
      conflict = data.draft;
      $('conflict').hidden = false;
    }
    showMessage(t('unsavedRestored'), { ok: true });
  }
  render();
  edited();
}

/** A click handler that downloads the compilation as a file. */
function downloader(format, name) {
  return () => download(`${base}/export.${format}`, name).catch((error) => showMessage(describeError(error)));
}

async function load() {
  translatePage();
  try {
    data = await api('GET', base);
    if ('sources' in data) sharedUrl = (await api('GET', `${base}/share`)).url;
    setUpLanguageSwitch($('language'), () => { render(); checkPanel.render(); });
    if (writes()) startWriting();
    else render();
    // The check is for the theme's enablers and leaders; a participant is not asked.
    if (writes() || (await api('GET', '/api/me')).accountRole === 'leader') await checkPanel.load();
  } catch (error) {
    showMessage(describeError(error));
  }
}

box().addEventListener('input', edited);
box().addEventListener('keydown', (e) => {
  if ((e.ctrlKey || e.metaKey) && e.key === 's') {
    e.preventDefault();
    saveNow();
  }
});
$('save').addEventListener('click', saveNow);
$('publish').addEventListener('click', publish);
$('share').addEventListener('click', () => setShared(true));
$('unshare').addEventListener('click', () => setShared(false));
$('use-suggestion').addEventListener('click', useSuggestion);
$('writer-pdf').addEventListener('click', downloader('pdf', 'sammanstallning.pdf'));
$('writer-md').addEventListener('click', downloader('md', 'sammanstallning.md'));
$('reader-pdf').addEventListener('click', downloader('pdf', 'sammanstallning.pdf'));
window.addEventListener('online', () => { if (unsaved() && !conflict) save(); });
window.addEventListener('beforeunload', (e) => {
  if (unsaved()) e.preventDefault();
});

load();
