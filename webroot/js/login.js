// Turns a personal link (the secret is in the #fragment, never sent to a server log) into a
// session on this device, then goes on to the start page.
import { t, translatePage } from './i18n.js';
import { api, saveSession } from './session.js';

translatePage();
const loginToken = window.location.hash.slice(1);
history.replaceState(null, '', window.location.pathname); // the secret leaves the address bar

const status = document.getElementById('status');
try {
  const session = await api('POST', '/api/session', { loginToken });
  saveSession(session.token, session.person);
  window.location.replace('/');
} catch (error) {
  status.textContent = t('linkInvalid');
  status.setAttribute('role', 'alert');
  document.getElementById('home').hidden = false;
}
