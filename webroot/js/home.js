// The start page: the next meeting with its questions (so people can prepare), all meetings,
// and for enablers and leaders the networks they look after.
import { t, translatePage, setUpLanguageSwitch, describeError, currentLanguage } from './i18n.js';
import { api, download, sessionToken, settings, signOut, signOutHere } from './session.js';
import { renderGuide } from './first-run.js';
import { showMailSettings } from './mail-settings.js';
import { showIntroduction } from './introduce.js';
import { showCalendarFeed } from './calendar-feed.js';
import { materialFor, materialItem } from './material.js';
import { $, callLinkAnchor, el, fillGroups, formatWhen, meetingLine, meetingLink, replaceItems, showMessage } from './ui.js';

let me = null;
let meetings = [];
let themes = [];
let networks = [];
let next = null;
let signIns = [];
/** Local networks' names by id: the person's own, and an enabler's themes' networks. */
let networkNames = new Map();
/** Compilation drafts this person, as a leader, is asked to check. */
let checks = [];
/** For the enabler's guide: the first theme's local networks, and whether the first has a leader. */
let firstSteps = { locals: [], leader: false };

/** A device as people know it ("Firefox på Windows"), from what its browser said of itself. */
function deviceName(userAgent) {
  const browser = [['Edg/', 'Edge'], ['Firefox/', 'Firefox'], ['Chrome/', 'Chrome'], ['Safari/', 'Safari']]
    .find(([mark]) => userAgent.includes(mark))?.[1];
  const system = [['iPhone', 'iPhone'], ['iPad', 'iPad'], ['Android', 'Android'], ['Windows', 'Windows'],
    ['Mac OS', 'Mac'], ['Linux', 'Linux']].find(([mark]) => userAgent.includes(mark))?.[1];
  if (!browser && !system) return t('device.unknown');
  return [browser, system].filter(Boolean).join(' · ');
}

function renderSignIns() {
  const thisOneFirst = [...signIns].sort((a, b) => Number(b.current) - Number(a.current));
  replaceItems($('sign-in-list'), thisOneFirst.map((session) => {
    const name = session.current ? t('thisDevice') : deviceName(session.device);
    const item = el('li', { id: `sign-in-${session.id}` },
      el('strong', {}, name),
      el('span', { className: 'line' }, t('signedInAt', { when: formatWhen(session.signedInAt), last: formatWhen(session.lastSeenAt) })),
      el('span', { className: 'line' }, session.linkMadeBy
        ? t('linkFrom', { name: session.linkMadeBy, when: formatWhen(session.linkMadeAt) })
        : t('linkFromServer', { when: formatWhen(session.linkMadeAt) })));
    if (!session.current) {
      const button = el('button', { type: 'button', className: 'link-button' }, t('signOutDevice', { device: name }));
      button.addEventListener('click', async () => {
        try {
          await api('DELETE', `/api/sessions/${encodeURIComponent(session.id)}`);
          signIns = signIns.filter((other) => other.id !== session.id);
          renderSignIns();
          showMessage(t('deviceSignedOut'), { ok: true });
        } catch (error) {
          showMessage(describeError(error));
        }
      });
      item.append(button);
    }
    return item;
  }));
}

function render() {
  $('who').textContent = me ? t('signedInAs', { name: me.name }) : '';
  if (me) renderGuide(me, { themes, networks, meetings, next, firstSteps });
  // An enabler or a leader of several networks sees whose each meeting is.
  $('meeting-list').replaceChildren(...meetings.map((meeting) => el('li', {}, meetingLink(meeting), el('span', { className: 'line' },
    [networkNames.get(meeting.localNetworkId), meetingLine(meeting)].filter(Boolean).join(' · ')))));
  $('no-meetings').hidden = meetings.length > 0;
  renderSignIns();
  $('theme-list').replaceChildren(...themes.map((theme) =>
    el('li', {}, el('a', { href: `/theme.html?id=${encodeURIComponent(theme.id)}` }, theme.name))));
  $('network-list').replaceChildren(...networks.map((network) =>
    el('li', {}, el('a', { href: `/network.html?id=${encodeURIComponent(network.id)}` }, network.name),
      el('span', { className: 'line' }, network.themeName))));
  $('checks').hidden = checks.length === 0;
  $('check-list').replaceChildren(...checks.map((check) => el('li', {},
    el('a', { href: `/compilation.html?theme=${encodeURIComponent(check.themeNetworkId)}&round=${check.round}` },
      t('checkThis', { title: check.roundTitle ?? check.round, theme: check.themeNetwork })),
    el('span', { className: 'line' }, check.answered ? t('checkAnswered', { deadline: formatWhen(check.deadline) })
      : t('checkBy', { deadline: formatWhen(check.deadline) })))));
  $('next').hidden = !next;
  if (next) {
    $('next-link').textContent = next.title;
    $('next-link').href = `/meeting.html?id=${encodeURIComponent(next.id)}`;
    $('next-when').textContent = meetingLine(next);
    $('next-purpose').textContent = next.purpose;
    $('next-call').hidden = !next.callLink;
    $('next-call-link').replaceChildren(...[callLinkAnchor(next.callLink)].filter(Boolean));
    // Each question with what to read for it; what is for the whole meeting comes after the questions.
    const boardId = (text) => next.board.questions.find((q) => q.text === text)?.id;
    $('next-questions').replaceChildren(...next.questions.map((question) => {
      const forIt = materialFor(next.material, boardId(question) ?? '');
      return el('li', {}, question, forIt.length ? el('ul', { className: 'material-list' }, forIt.map(materialItem)) : null);
    }));
    const forMeeting = materialFor(next.material, null);
    $('next-material-box').hidden = forMeeting.length === 0;
    $('next-material').replaceChildren(...forMeeting.map(materialItem));
    // To read before the meeting: what all the theme's networks said in the round before.
    $('next-compilation').hidden = !next.compilation;
    if (next.compilation) {
      $('next-compilation-link').href = `/compilation.html?theme=${encodeURIComponent(next.compilation.themeNetworkId)}&round=${next.compilation.round}`;
      $('next-compilation-link').textContent = t('compilationOfRound', { round: next.compilation.round });
    }
  }
}

/** The first meeting that has not ended yet (the server says which); for participants that is their own network's. */
function upcoming(list) {
  return list.find((m) => m.startsAt && m.phase !== 'ended' && !m.cancelled);
}

async function load() {
  translatePage();
  setUpLanguageSwitch($('language'), render);
  if (!sessionToken()) {
    showWelcome();
    return;
  }
  try {
    me = await api('GET', '/api/me');
    [meetings, themes, networks] = await Promise.all([
      api('GET', '/api/meetings'),
      me.accountRole === 'enabler' ? api('GET', '/api/theme-networks') : [],
      api('GET', '/api/local-networks'),
    ]);
    signIns = await api('GET', '/api/sessions');
    const themeLocals = await Promise.all(themes.map((theme) => api('GET', `/api/theme-networks/${encodeURIComponent(theme.id)}`)));
    networkNames = new Map([...networks, ...themeLocals.flatMap((theme) => theme.localNetworks)].map((n) => [n.id, n.name]));
    checks = me.accountRole === 'leader' ? await api('GET', '/api/me/compilation-checks') : [];
    if (me.accountRole === 'enabler' && themes.length > 0) {
      const { localNetworks } = themeLocals[0]; // the first theme's networks, already fetched
      const first = localNetworks[0] && await api('GET', `/api/local-networks/${encodeURIComponent(localNetworks[0].id)}`);
      firstSteps = { locals: localNetworks, leader: Boolean(first?.members.some((m) => m.role === 'leader')) };
    }
    const coming = upcoming(meetings);
    next = coming ? await api('GET', `/api/meetings/${encodeURIComponent(coming.id)}`) : null;
  } catch (error) {
    if (error.status === 401) {
      signOut();
      showWelcome();
      showMessage(t('signInAgain'));
      return;
    }
    showMessage(describeError(error));
    return;
  }
  $('home-heading').hidden = false;
  $('meetings').hidden = false;
  $('sign-out').hidden = false;
  $('sign-ins').hidden = false;
  $('your-data').hidden = false;
  fillGroups($('me-group'), (await settings()).stakeholderGroups);
  fillMeForm();
  $('themes').hidden = me.accountRole !== 'enabler';
  $('networks').hidden = networks.length === 0;
  $('create').hidden = me.accountRole === 'participant';
  render();
  showIntroduction(me, (saved) => {
    me = saved;
    fillMeForm();
    render();
    showMailSettings(me).catch((error) => showMessage(describeError(error)));
  });
  showMailSettings(me).catch((error) => showMessage(describeError(error)));
  showCalendarFeed().catch((error) => showMessage(describeError(error)));
}

/** For someone not signed in: how to get in, and a link by e-mail where the server sends mail. */
function showWelcome() {
  $('welcome').hidden = false;
  settings().then((s) => { $('mail-link-form').hidden = !s.sendsMail; }, () => {});
}

/** The person's own details, as the server has them, in the form to correct them. */
function fillMeForm() {
  $('me-name').value = me.name;
  $('me-email').value = me.email ?? '';
  $('me-phone').value = me.phone ?? '';
  $('me-group').value = me.group;
  $('me-shares').checked = me.sharesContact === true;
}

$('me-form').addEventListener('submit', async (e) => {
  e.preventDefault();
  try {
    me = await api('PATCH', '/api/me', {
      name: $('me-name').value.trim(), email: $('me-email').value.trim(), phone: $('me-phone').value.trim(), group: $('me-group').value,
      sharesContact: $('me-shares').checked,
    });
    fillMeForm();
    render();
    await showMailSettings(me);
    showMessage(t('detailsSaved'), { ok: true });
  } catch (error) {
    showMessage(describeError(error));
  }
});

$('sign-out').addEventListener('click', async () => {
  await signOutHere();
  window.location.reload();
});

$('data-pdf').addEventListener('click', () => download(`/api/me/data.pdf?lang=${currentLanguage()}`,
  t('dataFileName') + '.pdf').catch((error) => showMessage(describeError(error))));
$('data-json').addEventListener('click', () => download('/api/me/data', t('dataFileName') + '.json')
  .catch((error) => showMessage(describeError(error))));

$('sign-out-everywhere').addEventListener('click', async () => {
  if (!window.confirm(t('confirmSignOutEverywhere'))) return;
  try {
    await api('DELETE', '/api/sessions');
  } catch (error) {
    showMessage(describeError(error));
    return;
  }
  signOut();
  window.location.reload();
});

/** A form that creates something and then opens its page. */
function createAndOpen(formId, path, body, page) {
  $(formId).addEventListener('submit', async (e) => {
    e.preventDefault();
    try {
      const created = await api('POST', path, body());
      window.location.href = `${page}?id=${encodeURIComponent(created.id)}`;
    } catch (error) {
      showMessage(describeError(error));
    }
  });
}

createAndOpen('create-form', '/api/meetings', () => ({ title: $('title').value.trim() }), '/meeting.html');
createAndOpen('theme-form', '/api/theme-networks', () => ({ name: $('theme-name').value.trim() }), '/theme.html');

$('mail-link-form').addEventListener('submit', async (e) => {
  e.preventDefault();
  try {
    await api('POST', '/api/sign-in-links', { email: $('mail-link-email').value.trim() });
    $('mail-link-status').textContent = t('linkOnItsWay');
  } catch (error) {
    showMessage(describeError(error));
  }
});

load();
