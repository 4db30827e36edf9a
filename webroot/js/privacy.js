// The privacy page: written out in both languages; the reader's language is shown.
import { currentLanguage, setUpLanguageSwitch, translatePage } from './i18n.js';

function show() {
  translatePage();
  const language = currentLanguage();
  document.documentElement.lang = language;
  document.querySelectorAll('[data-language]').forEach((article) => { article.hidden = article.dataset.language !== language; });
}

setUpLanguageSwitch(document.getElementById('language'), show);
show();
