// A local network: its people (with personal links for those who look after it), its meetings,
// and a meeting series made from a template.
import { t, translatePage, setUpLanguageSwitch, describeError } from './i18n.js';
import { api, download, settings, signedInPerson } from './session.js';
import { minutesStatusTable } from './minutes-status.js';
import { $, el, fillGroups, fillOptions, formatWhen, meetingLine, meetingLink, randomKey, scrollingTable, showMessage } from './ui.js';
import { planItems } from './plans-list.js';
import { setUpRename } from './rename.js';
import { MeetingsEditor } from './series-editor.js';

const networkId = new URLSearchParams(window.location.search).get('id');
const me = signedInPerson();
let network = null;
let meetings = [];
let templates = [];
let attendanceBySeries = new Map();
let balanceBySeries = new Map();
let minutesStatus = [];
let compilations = [];
let rules = { stakeholderGroups: [], meetingModes: [], maxLeaders: 0 }; // the server's (GET /api/settings)

function announce(text) {
  $('announcer').textContent = text;
}

/** The network's local plans. */
let plans = [];

function render() {
  document.title = `${network.name} – Laget Runt`;
  $('title').textContent = network.name;
  $('no-plans').hidden = plans.length > 0;
  $('plan-list').replaceChildren(...planItems(plans, { showNetwork: false }));
  $('theme-name').textContent = t('networkOf', { name: network.themeName });
  const manages = network.yourRole !== 'participant';
  // The group's mix: the seeds ask for carers, staff, officials, managers, politicians and civil society.
  $('group-mix').hidden = !manages;
  $('group-mix').textContent = t('groupMix', { groups: Object.entries(network.mix.counts)
    .map(([group, n]) => `${t(`group.${group}`)} ${n}`).join(', ') || '–' });
  $('groups-missing').hidden = !manages || network.mix.missing.length === 0;
  $('groups-missing').textContent = t('groupsMissing', { groups: network.mix.missing.map((g) => t(`group.${g}`)).join(', ') });
  $('member-list').replaceChildren(...network.members.map((member) => memberItem(member, manages)));
  $('meeting-list').replaceChildren(...meetings.map((meeting) =>
    el('li', {}, meetingLink(meeting), el('span', { className: 'line' }, meetingLine(meeting)))));
  $('no-meetings').hidden = meetings.length > 0;
  const seriesIds = [...new Set(meetings.map((m) => m.seriesId).filter(Boolean))];
  $('series-calendars').replaceChildren(...seriesIds.flatMap((id) => [el('button', {
    type: 'button', className: 'small secondary',
    onclick: () => download(`/api/series/${encodeURIComponent(id)}/calendar.ics`, 'laget-runt-serie.ics')
      .catch((error) => showMessage(describeError(error))),
  }, t('seriesCalendar')), ...(manages ? [' ', el('button', {
    type: 'button', className: 'small danger', onclick: () => deleteSeries(id),
  }, t('deleteSeries'))] : [])]));
  fillGroups($('person-group'), rules.stakeholderGroups);
  // A network has one or two leaders (the server refuses a third): offer the role while there is room.
  const leaders = network.members.filter((member) => member.role === 'leader').length;
  const roles = network.yourRole === 'enabler' && leaders < rules.maxLeaders ? ['participant', 'leader'] : ['participant'];
  fillOptions($('person-role'), roles.map((r) => [r, t(`role.${r}`)]));
  $('compilations-section').hidden = compilations.length === 0;
  $('compilation-list').replaceChildren(...compilations.map((row) => el('li', {},
    el('a', { href: `/compilation.html?theme=${encodeURIComponent(network.themeNetworkId)}&round=${row.round}` },
      t('compilationTitle', { title: row.roundTitle })),
    el('span', { className: 'line' }, t('publishedOn', { when: formatWhen(row.publishedAt) })))));
  renderAttendance();
  renderMinutesStatus();
  renderBalance();
  fillOptions($('series-template'), templates.map((tpl) => [tpl.key, tpl.title]));
  fillOptions($('series-mode'), rules.meetingModes.map((m) => [m, t(`mode.${m}`)]));
}

/** A member, with the buttons a leader or enabler may use on them. */
function memberItem(member, manages) {
  const isMe = member.id === me?.id;
  const details = [t(`group.${member.group}`), t(`role.${member.role}`), member.email, member.phone].filter(Boolean);
  const item = el('li', { dataset: { group: member.group } },
    el('span', { className: 'name' }, isMe ? `${member.name} (${t('you')})` : member.name),
    el('span', { className: 'details' }, details.join(' · ')));
  const mayHandle = manages && (network.yourRole === 'enabler' || member.role === 'participant' || isMe);
  if (mayHandle) {
    item.append(memberEditor(member));
    item.append(el('span', { className: 'actions' },
      el('button', { type: 'button', className: 'small', onclick: () => newLink(member), 'aria-label': `${t('newLink')}: ${member.name}` }, t('newLink')),
      isMe ? null : el('button', { type: 'button', className: 'small danger', onclick: () => remove(member), 'aria-label': `${t('remove')}: ${member.name}` }, t('remove')),
      isMe || network.yourRole !== 'enabler' ? null
        : el('button', { type: 'button', className: 'small danger', onclick: () => erase(member), 'aria-label': `${t('erase')}: ${member.name}` }, t('erase'))));
  }
  return item;
}

/** A member's name, contact details and group, corrected in place by those who look after them. */
function memberEditor(member) {
  const key = member.id;
  const name = el('input', { id: `name-${key}`, value: member.name, required: true, maxLength: 120, autocomplete: 'off' });
  const email = el('input', { id: `email-${key}`, type: 'email', value: member.email ?? '', maxLength: 254, autocomplete: 'off' });
  const phone = el('input', { id: `phone-${key}`, type: 'tel', value: member.phone ?? '', maxLength: 40, autocomplete: 'off' });
  const group = el('select', { id: `group-${key}` });
  fillGroups(group, rules.stakeholderGroups);
  group.value = member.group;
  return el('details', { className: 'member-edit' }, el('summary', { 'aria-label': `${t('editPerson')}: ${member.name}` }, t('editPerson')),
    el('form', { className: 'stack', onsubmit: async (e) => {
      e.preventDefault();
      try {
        await api('PATCH', `/api/local-networks/${encodeURIComponent(networkId)}/members/${encodeURIComponent(member.id)}`, {
          name: name.value.trim(), email: email.value.trim(), phone: phone.value.trim(), group: group.value,
        });
        network = await api('GET', `/api/local-networks/${encodeURIComponent(networkId)}`);
        render();
        showMessage(t('detailsSaved'), { ok: true });
      } catch (error) {
        showMessage(describeError(error));
      }
    } },
    el('label', { htmlFor: `name-${key}` }, t('personName')), name,
    el('label', { htmlFor: `email-${key}` }, t('email')), email,
    el('label', { htmlFor: `phone-${key}` }, t('phone')), phone,
    el('label', { htmlFor: `group-${key}` }, t('group')), group,
    el('button', { type: 'submit', className: 'small' }, t('save'))));
}

/**
 * Shows a fresh personal link: to copy, as a QR code to scan, and whether it was e-mailed. An
 * enabler is not shown a group member's link: it went by e-mail, or a leader hands it over.
 */
function showLink(name, result) {
  if (!result.link) {
    $('link-result').hidden = true;
    showMessage(t(result.emailed ? 'linkEmailedOnly' : 'leaderHandsOver', { name }), { ok: result.emailed });
    return;
  }
  $('link-for').textContent = t('linkFor', { name });
  $('link-value').value = result.link;
  $('link-emailed').hidden = !result.emailed;
  const qr = $('link-qr');
  qr.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(result.qrSvg)}`;
  qr.alt = t('qrFor', { name });
  qr.hidden = false;
  $('link-result').hidden = false;
  $('link-value').focus();
  $('link-value').select();
}

async function newLink(member) {
  try {
    const result = await api('POST', `/api/local-networks/${encodeURIComponent(networkId)}/members/${encodeURIComponent(member.id)}/link`);
    showLink(member.name, result);
  } catch (error) {
    showMessage(describeError(error));
  }
}

async function remove(member) {
  if (!window.confirm(t('confirmRemove', { name: member.name }))) return;
  try {
    await api('DELETE', `/api/local-networks/${encodeURIComponent(networkId)}/members/${encodeURIComponent(member.id)}`);
    network.members = network.members.filter((m) => m.id !== member.id);
    render();
    announce(t('removed', { name: member.name }));
  } catch (error) {
    showMessage(describeError(error));
  }
}

/** The right to erasure: the person becomes "Borttagen person" everywhere (enablers only). */
async function erase(member) {
  if (!window.confirm(t('confirmErase', { name: member.name }))) return;
  try {
    await api('POST', `/api/local-networks/${encodeURIComponent(networkId)}/members/${encodeURIComponent(member.id)}/erase`);
    network.members = network.members.filter((m) => m.id !== member.id);
    render();
    announce(t('erased', { name: member.name }));
  } catch (error) {
    showMessage(describeError(error));
  }
}

/** A series created by mistake goes, after a warning; the server refuses once a meeting of it was held. */
async function deleteSeries(id) {
  if (!window.confirm(t('confirmDeleteSeries'))) return;
  try {
    await api('DELETE', `/api/series/${encodeURIComponent(id)}`);
    await loadMeetings();
    render();
    showMessage(t('seriesDeleted'), { ok: true });
  } catch (error) {
    showMessage(describeError(error));
  }
}

async function loadMeetings() {
  const all = await api('GET', '/api/meetings');
  meetings = all.filter((m) => m.localNetworkId === networkId);
  if (network.yourRole !== 'participant') {
    const seriesIds = [...new Set(meetings.map((m) => m.seriesId).filter(Boolean))];
    const rows = await Promise.all(seriesIds.map((id) => api('GET', `/api/series/${encodeURIComponent(id)}/attendance`)));
    attendanceBySeries = new Map(seriesIds.map((id, i) => [id, rows[i]]));
    const balances = await Promise.all(seriesIds.map((id) => api('GET', `/api/series/${encodeURIComponent(id)}/balance`)));
    balanceBySeries = new Map(seriesIds.map((id, i) => [id, balances[i]]));
    minutesStatus = await api('GET', `/api/local-networks/${encodeURIComponent(networkId)}/minutes`);
  }
}

/** Per series: a row per meeting, a column per group, "time % / people %" in each cell. */
function renderBalance() {
  const anySpoken = [...balanceBySeries.values()].some((rows) => rows.some((r) => Object.values(r.groups).some((g) => g.millis > 0)));
  $('balance-section').hidden = !anySpoken;
  $('balance-tables').replaceChildren(...[...balanceBySeries.values()].map((rows) => {
    const groups = rules.stakeholderGroups.filter((g) => rows.some((r) => r.groups[g]));
    const cell = (row, g) => {
      const totalMs = Object.values(row.groups).reduce((a, x) => a + x.millis, 0);
      const totalPeople = Object.values(row.groups).reduce((a, x) => a + x.people, 0);
      const share = row.groups[g];
      if (!share || totalMs === 0) return '–';
      return `${Math.round((100 * share.millis) / totalMs)} % / ${Math.round((100 * share.people) / Math.max(1, totalPeople))} %`;
    };
    return scrollingTable(t('balanceOverTerm'), el('table', { className: 'attendance' },
      el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, t('meetingTitle')), ...groups.map((g) => el('th', { scope: 'col' }, t(`group.${g}`))))),
      el('tbody', {}, ...rows.map((row) => el('tr', {}, el('th', { scope: 'row' }, row.title), ...groups.map((g) => el('td', {}, cell(row, g))))))));
  }));
}

function renderMinutesStatus() {
  $('minutes-status-section').hidden = minutesStatus.length === 0;
  $('minutes-status').replaceChildren(minutesStatusTable(minutesStatus, {
    showNetwork: false,
    onReminded: async () => {
      minutesStatus = await api('GET', `/api/local-networks/${encodeURIComponent(networkId)}/minutes`);
      renderMinutesStatus();
    },
  }));
}

/** One table per series: a row per meeting, a column per stakeholder group that took part. */
function renderAttendance() {
  $('attendance-section').hidden = attendanceBySeries.size === 0;
  $('attendance-tables').replaceChildren(...[...attendanceBySeries.entries()].map(([seriesId, rows]) => {
    const groups = rules.stakeholderGroups.filter((g) => rows.some((row) => row.byGroup[g] > 0));
    const table = el('table', { className: 'attendance' },
      el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, t('meetingTitle')), el('th', { scope: 'col' }, t('total')),
        ...groups.map((g) => el('th', { scope: 'col' }, t(`group.${g}`))))),
      el('tbody', {}, ...rows.map((row) => el('tr', {},
        el('th', { scope: 'row' }, row.title), el('td', {}, row.total),
        ...groups.map((g) => el('td', {}, row.byGroup[g]))))));
    const csv = el('button', {
      type: 'button', className: 'small secondary',
      onclick: () => download(`/api/series/${encodeURIComponent(seriesId)}/attendance.csv`, 'narvaro.csv')
        .catch((error) => showMessage(describeError(error))),
    }, t('downloadCsv'));
    return scrollingTable(t('attendanceHeading'), table, csv);
  }));
}

async function load() {
  translatePage();
  try {
    [network, rules] = await Promise.all([api('GET', `/api/local-networks/${encodeURIComponent(networkId)}`), settings()]);
    await loadMeetings();
    // What the enablers compiled from all the theme's networks and published back.
    compilations = (await api('GET', `/api/theme-networks/${encodeURIComponent(network.themeNetworkId)}/compilations`))
      .filter((row) => row.publishedAt);
    const manages = network.yourRole !== 'participant';
    templates = manages ? await api('GET', `/api/local-networks/${encodeURIComponent(networkId)}/series-templates`) : [];
    plans = await api('GET', `/api/local-networks/${encodeURIComponent(networkId)}/plans`);
    $('start-plan').hidden = !manages;
    $('single-meeting').hidden = !manages;
    if (manages) {
      setUpRename(`/api/local-networks/${encodeURIComponent(networkId)}`, network.name, (name) => { network.name = name; render(); });
    }
    $('add-person').hidden = !manages;
    $('series').hidden = !manages;
    setUpLanguageSwitch($('language'), render);
    render();
  } catch (error) {
    showMessage(describeError(error));
  }
}

$('person-form').addEventListener('submit', async (e) => {
  e.preventDefault();
  const body = {
    name: $('person-name').value.trim(),
    group: $('person-group').value,
    email: $('person-email').value.trim(),
    phone: $('person-phone').value.trim(),
    role: $('person-role').value,
  };
  try {
    const result = await api('POST', `/api/local-networks/${encodeURIComponent(networkId)}/members`, body);
    network = await api('GET', `/api/local-networks/${encodeURIComponent(networkId)}`);
    e.target.reset();
    render();
    showLink(result.person.name, result);
  } catch (error) {
    showMessage(describeError(error));
  }
});

/** The chosen template's meetings, to adapt before creating the series. */
const seriesEditor = new MeetingsEditor($('series-meetings'), 'series-meeting');
function loadTemplateIntoEditor() {
  const template = templates.find((tpl) => tpl.key === $('series-template').value);
  if (template) seriesEditor.load(template.meetings);
}
$('series-template').addEventListener('change', loadTemplateIntoEditor);
$('series-customise').addEventListener('toggle', () => {
  if ($('series-customise').open && seriesEditor.meetings.length === 0) loadTemplateIntoEditor();
});

/** The series as asked for: the template, and its meetings as adapted when the leader opened them. */
function seriesRequest() {
  const body = {
    templateKey: $('series-template').value,
    firstMeetingAt: new Date($('series-first').value).toISOString(),
    weeksBetween: Number($('series-weeks').value),
    durationMinutes: Number($('series-length').value),
    mode: $('series-mode').value,
  };
  if ($('series-customise').open && seriesEditor.meetings.length > 0) body.meetings = seriesEditor.value();
  return body;
}

/** The series as the form now stands: its dates' holidays, breaks and pre-meetings in the past, before creating it. */
async function previewSeries() {
  const first = new Date($('series-first').value);
  if (Number.isNaN(first.getTime())) {
    $('series-warnings').replaceChildren();
    return;
  }
  try {
    const preview = await api('POST', `/api/local-networks/${encodeURIComponent(networkId)}/series/preview`, seriesRequest());
    $('series-warnings').replaceChildren(...preview.warnings.map((w) => el('li', {},
      t(`seriesWarning.${w.kind}`, { meeting: t(`seriesMeeting.${w.meetingKind}`, { round: w.round }), day: w.day, why: w.why }))));
  } catch (error) {
    $('series-warnings').replaceChildren(); // what is not filled in yet is said when creating
  }
}
let previewTimer = null;
for (const field of ['series-template', 'series-first', 'series-weeks', 'series-length']) {
  $(field).addEventListener('input', () => {
    clearTimeout(previewTimer);
    previewTimer = setTimeout(previewSeries, 400);
  });
}

/** One key per series being created: a double click or a retry makes the same series, never two. */
let seriesKey = randomKey();

$('series-form').addEventListener('submit', async (e) => {
  e.preventDefault();
  try {
    const result = await api('POST', `/api/local-networks/${encodeURIComponent(networkId)}/series`,
      { requestKey: seriesKey, ...seriesRequest() });
    seriesKey = randomKey();
    $('series-customise').open = false;
    seriesEditor.load([]);
    await loadMeetings();
    // What the enablers compiled from all the theme's networks and published back.
    compilations = (await api('GET', `/api/theme-networks/${encodeURIComponent(network.themeNetworkId)}/compilations`))
      .filter((row) => row.publishedAt);
    render();
    announce(t('seriesCreated', { n: result.meetings }));
    showMessage('');
  } catch (error) {
    showMessage(describeError(error));
  }
});

$('copy-link').addEventListener('click', async () => {
  try {
    await navigator.clipboard.writeText($('link-value').value);
  } catch {
    $('link-value').select();
    document.execCommand('copy');
  }
  announce(t('copied'));
});

$('start-plan').addEventListener('click', async () => {
  try {
    const plan = await api('POST', `/api/local-networks/${encodeURIComponent(networkId)}/plans`, {});
    window.location.href = `/plan.html?id=${encodeURIComponent(plan.id)}`;
  } catch (error) {
    showMessage(describeError(error));
  }
});

$('single-form').addEventListener('submit', async (e) => {
  e.preventDefault();
  const questions = $('single-questions').value.split('\n').map((q) => q.trim()).filter(Boolean);
  try {
    await api('POST', `/api/local-networks/${encodeURIComponent(networkId)}/meetings`, {
      title: $('single-title').value.trim(), startsAt: new Date($('single-at').value).toISOString(), questions,
    });
    e.target.reset();
    await loadMeetings();
    render();
    showMessage(t('singleCreated'), { ok: true });
  } catch (error) {
    showMessage(describeError(error));
  }
});

load();
