// An enabler's theme network: its local networks, and adding one.
import { t, translatePage, setUpLanguageSwitch } from './i18n.js';
import { api } from './session.js';
import { $, el, showMessage } from './ui.js';

const themeId = new URLSearchParams(window.location.search).get('id');
let theme = null;

function render() {
  document.title = `${theme.name} – Laget Runt`;
  $('title').textContent = theme.name;
  $('local-list').replaceChildren(...theme.localNetworks.map((local) =>
    el('li', {}, el('a', { href: `/network.html?id=${encodeURIComponent(local.id)}` }, local.name))));
  $('no-locals').hidden = theme.localNetworks.length > 0;
}

async function load() {
  translatePage();
  try {
    theme = await api('GET', `/api/theme-networks/${encodeURIComponent(themeId)}`);
    setUpLanguageSwitch($('language'), render);
    render();
  } catch (error) {
    showMessage(t('error', { message: error.message }));
  }
}

$('local-form').addEventListener('submit', async (e) => {
  e.preventDefault();
  try {
    const local = await api('POST', `/api/theme-networks/${encodeURIComponent(themeId)}/local-networks`,
      { name: $('local-name').value.trim() });
    window.location.href = `/network.html?id=${encodeURIComponent(local.id)}`;
  } catch (error) {
    showMessage(t('error', { message: error.message }));
  }
});

load();
