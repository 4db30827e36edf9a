// The start page: who you are, your meetings, and (for enablers and leaders) a new meeting.
import { t, translatePage, setUpLanguageSwitch } from './i18n.js';
import { api, sessionToken, signOut } from './session.js';

const $ = (id) => document.getElementById(id);
let me = null;
let meetings = [];

function render() {
  $('who').textContent = me ? t('signedInAs', { name: me.name }) : '';
  const list = $('meeting-list');
  list.replaceChildren(...meetings.map((meeting) => {
    const item = document.createElement('li');
    const link = document.createElement('a');
    link.href = `/meeting.html?id=${encodeURIComponent(meeting.id)}`;
    link.textContent = meeting.title;
    item.append(link);
    return item;
  }));
  $('no-meetings').hidden = meetings.length > 0;
}

function showMessage(text) {
  $('message').textContent = text;
}

async function load() {
  translatePage();
  setUpLanguageSwitch($('language'), render);
  if (!sessionToken()) {
    $('welcome').hidden = false;
    return;
  }
  try {
    me = await api('GET', '/api/me');
    meetings = await api('GET', '/api/meetings');
  } catch (error) {
    if (error.status === 401) {
      signOut();
      $('welcome').hidden = false;
      showMessage(t('signInAgain'));
      return;
    }
    showMessage(t('error', { message: error.message }));
    return;
  }
  $('meetings').hidden = false;
  $('sign-out').hidden = false;
  $('create').hidden = me.accountRole === 'participant';
  render();
}

$('sign-out').addEventListener('click', () => {
  signOut();
  window.location.reload();
});

$('create-form').addEventListener('submit', async (e) => {
  e.preventDefault();
  const title = $('title').value.trim();
  if (!title) return;
  try {
    const meeting = await api('POST', '/api/meetings', { title });
    window.location.href = `/meeting.html?id=${encodeURIComponent(meeting.id)}`;
  } catch (error) {
    showMessage(t('error', { message: error.message }));
  }
});

load();
