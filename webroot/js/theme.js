// An enabler's theme network: its local networks, adding one, and the planned questions local
// networks set aside (with their reasons), so the enablers can follow up in the after-meeting.
import { t, translatePage, setUpLanguageSwitch, describeError } from './i18n.js';
import { api } from './session.js';
import { $, el, showMessage } from './ui.js';
import { minutesStatusTable } from './minutes-status.js';

const themeId = new URLSearchParams(window.location.search).get('id');
let theme = null;
let setAside = [];
let minutesStatus = [];

function render() {
  document.title = `${theme.name} – Laget Runt`;
  $('title').textContent = theme.name;
  $('local-list').replaceChildren(...theme.localNetworks.map((local) =>
    el('li', {}, el('a', { href: `/network.html?id=${encodeURIComponent(local.id)}` }, local.name))));
  $('no-locals').hidden = theme.localNetworks.length > 0;
  $('no-theme-minutes').hidden = minutesStatus.length > 0;
  $('theme-minutes').replaceChildren(minutesStatusTable(minutesStatus, { showNetwork: true, onReminded: reloadMinutes }));
  $('no-aside').hidden = setAside.length > 0;
  $('aside-list').replaceChildren(...setAside.map((mark) => el('li', {},
    el('span', { className: 'question-text' }, mark.question),
    el('span', { className: 'details' }, `${mark.localNetwork} · ${mark.meetingTitle}`),
    el('span', { className: 'details' }, t('notRelevantBecause', { reason: mark.reason })))));
}

async function reloadMinutes() {
  minutesStatus = await api('GET', `/api/theme-networks/${encodeURIComponent(themeId)}/minutes`);
  render();
}

async function load() {
  translatePage();
  try {
    [theme, setAside, minutesStatus] = await Promise.all([
      api('GET', `/api/theme-networks/${encodeURIComponent(themeId)}`),
      api('GET', `/api/theme-networks/${encodeURIComponent(themeId)}/set-aside`),
      api('GET', `/api/theme-networks/${encodeURIComponent(themeId)}/minutes`),
    ]);
    setUpLanguageSwitch($('language'), render);
    render();
  } catch (error) {
    showMessage(describeError(error));
  }
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
