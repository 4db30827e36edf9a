// A compilation shared as an open page: no sign-in. The link's secret is in the fragment, so it
// reaches no server log and no other site.
import { t, translatePage, setUpLanguageSwitch } from './i18n.js';
import { markdownBlocks } from './markdown-view.js';
import { $, formatWhen, showMessage } from './ui.js';

const token = window.location.hash.slice(1);
let page = null;

function render() {
  translatePage();
  if (!page) return;
  const title = t('publicTitle', { round: page.round, theme: page.themeNetwork });
  document.title = `${title} – Laget Runt`;
  $('title').textContent = title;
  $('published-line').textContent = t('publishedOn', { when: formatWhen(page.publishedAt) });
}

async function load() {
  setUpLanguageSwitch($('language'), render);
  translatePage();
  const response = token ? await fetch(`/api/public/compilations/${encodeURIComponent(token)}`) : null;
  if (!response?.ok) {
    showMessage(t('publicNotShared'));
    return;
  }
  page = await response.json();
  $('published-text').replaceChildren(...markdownBlocks(page.text, 0));
  $('pdf').href = `/api/public/compilations/${encodeURIComponent(token)}/export.pdf`;
  $('pdf').hidden = false;
  render();
}

load().catch(() => showMessage(t('publicNotShared')));
