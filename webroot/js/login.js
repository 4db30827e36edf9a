// Turns a personal link (the secret is in the #fragment, never sent to a server log) into a
// session on this device, then goes on to the start page. A link that no longer works offers a
// new one by e-mail, where the server sends mail; the answer is the same for every address.
import { t, translatePage, describeError } from './i18n.js';
import { api, saveSession, settings } from './session.js';

translatePage();
const loginToken = window.location.hash.slice(1);
history.replaceState(null, '', window.location.pathname); // the secret leaves the address bar

const $ = (id) => document.getElementById(id);
try {
  const session = await api('POST', '/api/session', { loginToken });
  saveSession(session.token, session.person);
  window.location.replace('/');
} catch (error) {
  $('status').textContent = t('linkInvalid');
  $('status').setAttribute('role', 'alert');
  $('home').hidden = false;
  const sendsMail = await settings().then((s) => s.sendsMail, () => false);
  $('new-link-form').hidden = !sendsMail;
  $('ask-leader').hidden = sendsMail;
}

$('new-link-form').addEventListener('submit', async (e) => {
  e.preventDefault();
  try {
    await api('POST', '/api/sign-in-links', { email: $('new-link-email').value.trim() });
    $('new-link-status').textContent = t('linkOnItsWay');
  } catch (error) {
    $('new-link-status').textContent = describeError(error);
  }
});
