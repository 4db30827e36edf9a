// An enabler's theme network: its local networks, adding one, and the planned questions local
// networks set aside (with their reasons), so the enablers can follow up in the after-meeting.
import { t, translatePage, setUpLanguageSwitch, describeError } from './i18n.js';
import { api, download } from './session.js';
import { $, el, formatWhen, meetingLine, meetingLink, scrollingTable, showMessage } from './ui.js';
import { minutesStatusTable } from './minutes-status.js';
import { MaterialLibrary } from './theme-material.js';
import { planItems } from './plans-list.js';
import { setUpRename } from './rename.js';
import { EnablerTeam } from './theme-enablers.js';
import { ThemeTemplates } from './theme-templates.js';

const themeId = new URLSearchParams(window.location.search).get('id');
let theme = null;
let setAside = [];
let minutesStatus = [];
let compilations = [];
let plans = [];
/** The theme's pre- and after-meetings with all its leaders. */
let leaderMeetings = [];

function render() {
  document.title = `${theme.name} – Laget Runt`;
  $('title').textContent = theme.name;
  $('local-list').replaceChildren(...theme.localNetworks.map((local) =>
    el('li', {}, el('a', { href: `/network.html?id=${encodeURIComponent(local.id)}` }, local.name))));
  $('no-locals').hidden = theme.localNetworks.length > 0;
  $('no-theme-minutes').hidden = minutesStatus.length > 0;
  $('theme-minutes').replaceChildren(minutesStatusTable(minutesStatus, { showNetwork: true, onReminded: reloadMinutes }));
  $('no-compilations').hidden = compilations.length > 0;
  $('compilations').replaceChildren(compilationTable());
  $('no-leader-meetings').hidden = leaderMeetings.length > 0;
  $('leader-meeting-list').replaceChildren(...leaderMeetings.map((meeting) =>
    el('li', {}, meetingLink(meeting), el('span', { className: 'line' }, meetingLine(meeting)))));
  $('no-theme-plans').hidden = plans.length > 0;
  $('theme-plan-list').replaceChildren(...planItems(plans, { showNetwork: true }));
  $('no-aside').hidden = setAside.length > 0;
  $('aside-list').replaceChildren(...setAside.map((mark) => el('li', {},
    el('span', { className: 'question-text' }, mark.question),
    el('span', { className: 'details' }, `${mark.localNetwork} · ${mark.meetingTitle}`),
    el('span', { className: 'details' }, t('notRelevantBecause', { reason: mark.reason })))));
}

/** A row per round: how many networks have submitted, and how far the compilation is. */
function compilationTable() {
  if (compilations.length === 0) return '';
  return scrollingTable(t('compilationsHeading'), el('table', { className: 'minutes-status-table' },
    el('thead', {}, el('tr', {},
      el('th', { scope: 'col' }, t('compilationRound')),
      el('th', { scope: 'col' }, t('compilationSubmitted')),
      el('th', { scope: 'col' }, t('compilationStatusHeading')))),
    el('tbody', {}, ...compilations.map((row) => el('tr', {},
      el('th', { scope: 'row' }, el('a', {
        href: `/compilation.html?theme=${encodeURIComponent(themeId)}&round=${row.round}`,
        'aria-label': t('openCompilationOf', { title: row.roundTitle }),
      }, row.roundTitle)),
      el('td', {}, t('submittedOf', { n: row.submitted, total: row.meetings })),
      el('td', {}, t(`compilationStatus.${row.status}`),
        row.publishedAt ? el('span', { className: 'details' }, ` · ${formatWhen(row.publishedAt)}`) : null))))));
}

async function reloadMinutes() {
  minutesStatus = await api('GET', `/api/theme-networks/${encodeURIComponent(themeId)}/minutes`);
  render();
}

async function load() {
  translatePage();
  try {
    [theme, setAside, minutesStatus, compilations, plans] = await Promise.all([
      api('GET', `/api/theme-networks/${encodeURIComponent(themeId)}`),
      api('GET', `/api/theme-networks/${encodeURIComponent(themeId)}/set-aside`),
      api('GET', `/api/theme-networks/${encodeURIComponent(themeId)}/minutes`),
      api('GET', `/api/theme-networks/${encodeURIComponent(themeId)}/compilations`),
      api('GET', `/api/theme-networks/${encodeURIComponent(themeId)}/plans`),
    ]);
    leaderMeetings = (await api('GET', '/api/meetings'))
      .filter((m) => m.themeNetworkId === themeId && (m.kind === 'pre' || m.kind === 'after'));
    setUpRename(`/api/theme-networks/${encodeURIComponent(themeId)}`, theme.name, (name) => { theme.name = name; render(); });
    const library = new MaterialLibrary(themeId);
    const team = new EnablerTeam(themeId);
    const ownTemplates = new ThemeTemplates(themeId);
    setUpLanguageSwitch($('language'), () => { render(); library.render(); team.render(); ownTemplates.render(); });
    render();
    await Promise.all([library.load(), team.load(), ownTemplates.load()]);
  } catch (error) {
    showMessage(describeError(error));
  }
}

for (const [button, format] of [['report-pdf', 'pdf'], ['report-md', 'md']]) {
  $(button).addEventListener('click', () => download(`/api/theme-networks/${encodeURIComponent(themeId)}/report.${format}`,
    `${t('reportFileName')}.${format}`).catch((error) => showMessage(describeError(error))));
}

$('local-form').addEventListener('submit', async (e) => {
  e.preventDefault();
  try {
    const local = await api('POST', `/api/theme-networks/${encodeURIComponent(themeId)}/local-networks`,
      { name: $('local-name').value.trim() });
    window.location.href = `/network.html?id=${encodeURIComponent(local.id)}`;
  } catch (error) {
    showMessage(describeError(error));
  }
});

load();
