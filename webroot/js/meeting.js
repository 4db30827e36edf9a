// The live meeting page: the current question at the centre, the question board, going round
// the table, who is here, and (for those who steer) the controls. All user text goes in with
// textContent, never as HTML.
import { t, translatePage, setUpLanguageSwitch, describeError, describeFarewell } from './i18n.js';
import { api, download, sessionToken, settings, signOut, signedInPerson } from './session.js';
import { MeetingConnection } from './connection.js';
import { RoundPanel } from './round.js';
import { BoardPanel } from './board.js';
import { MinutesPanel } from './minutes.js';
import { markdownBlocks } from './markdown-view.js';
import { applyAttendanceEvent, attendanceFrom, emptyAttendance, present, speakingBalance, whoOf } from './attendance.js';
import { VoicePanel } from './voice.js';
import { SteeringTools } from './meeting-steering.js';
import { MeetingParts } from './meeting-parts.js';
import { callLinkAnchor, el, meetingLine, replaceItems, showMessage } from './ui.js';

const $ = (id) => document.getElementById(id);
const meetingId = new URLSearchParams(window.location.search).get('id');
const me = signedInPerson();
const view = { meeting: null, topic: '', people: [], status: 'connecting', pending: 0, networkPeople: [], attendance: emptyAttendance(),
  settings: { stakeholderGroups: [], meetingModes: [], roundKinds: [], roundOrders: [], maxNoteTakers: 0 } };
let connection = null;
let roundPanel = null;
let boardPanel = null;
let minutesPanel = null;
let voicePanel = null;
let steers = false;
let steering = null;

function render() {
  const meeting = view.meeting;
  document.title = meeting ? `${meeting.title} – Laget Runt` : 'Laget Runt';
  $('title').textContent = meeting?.title ?? '';
  $('cancelled-note').hidden = !meeting?.cancelled;
  $('cancelled-note').textContent = meeting?.cancelled ? t('meetingCancelled', { reason: meeting.cancelled.reason }) : '';
  $('when').textContent = meeting ? meetingLine(meeting) : '';
  $('purpose').textContent = meeting?.purpose ? `${t('purpose')}: ${meeting.purpose}` : '';
  $('call-link').hidden = !meeting?.callLink;
  $('call-link-anchor').replaceChildren(...[callLinkAnchor(meeting?.callLink)].filter(Boolean));
  $('voice').hidden = meeting ? !meeting.builtInVoice : false;
  $('voice-join').hidden = $('voice').hidden;
  $('previous-summary').hidden = !meeting?.previousSummary;
  $('previous-summary-title').textContent = meeting?.previousSummary ? t('previousSummary', { title: meeting.previousSummary.title }) : '';
  $('previous-summary-text').replaceChildren(...(meeting?.previousSummary?.sections ?? []).flatMap((section) => [
    el('h3', {}, section.title),
    section.interpretation ? el('p', { className: 'minutes-interpretation' }, `${t('ourInterpretation')}: ${section.interpretation}`) : null,
    ...(section.text.trim() ? markdownBlocks(section.text, 3) : [el('p', { className: 'empty' }, t('nothingNoted'))]),
  ].filter(Boolean)));
  // The enablers' compilation of the round this meeting builds on, from all the theme's networks.
  // A follow-up of the network's plan: the plan at hand, to mark how far each measure has come.
  // The network's plan at hand: the one this meeting follows up, or the one being written (meeting 6).
  const plan = meeting?.plan;
  $('plan-link').hidden = !plan;
  if (plan) {
    $('plan-anchor').href = `/plan.html?id=${encodeURIComponent(plan.id)}`;
    $('plan-anchor').textContent = t(plan.followsUp ? 'plan.followedUpHere' : 'plan.writtenHere', { title: plan.title });
  }
  const compilation = meeting?.compilation;
  $('compilation-link').hidden = !compilation;
  if (compilation) {
    $('compilation-anchor').href = `/compilation.html?theme=${encodeURIComponent(compilation.themeNetworkId)}&round=${compilation.round}`;
    $('compilation-anchor').textContent = t('compilationOfRound', { round: compilation.round });
  }
  // The leader's message is for short notices ("paus till 19.10"); hidden while there is none.
  $('topic').textContent = view.topic || t('noTopic');
  $('topic').classList.toggle('empty', !view.topic);
  $('topic').hidden = !view.topic && !steers;
  $('topic-heading').hidden = !view.topic && !steers;
  renderStatus();
  renderPeople();
  $('pending').textContent = view.pending > 0 ? t('notSaved') : '';
  steering?.render();
}

function renderStatus() {
  const status = $('status');
  status.dataset.state = view.status;
  const key = { connecting: 'statusConnecting', online: 'statusOnline', fallback: 'statusFallback', offline: 'statusOffline', closed: 'statusClosed' }[view.status];
  status.textContent = t(key);
}

/** A name for anyone in a round: someone connected, someone who came, or a seat. */
function nameOf(who) {
  const person = view.people.find((p) => p.id === who) ?? view.attendance.arrivals.get(who);
  if (person) return person.name;
  const seat = [...view.attendance.seats.values()].find((s) => s.seatId === who || s.personId === who);
  return seat ? seat.name : '…';
}

function renderAttendance() {
  const everyone = present(view.attendance);
  const counts = new Map();
  everyone.forEach((a) => counts.set(a.group, (counts.get(a.group) ?? 0) + 1));
  const groups = [...counts.entries()].map(([group, n]) => `${t(`group.${group}`)} ${n}`).join(', ');
  $('attendance').textContent = everyone.length ? t('attendanceLine', { total: everyone.length, groups }) : '';
  steering?.renderSeatChoices();
}

function renderPeople() {
  renderAttendance();
  roundPanel?.render();
  const list = $('people');
  const seatItems = [...view.attendance.seats.values()].map((seat) => {
    const item = el('li', { dataset: { group: seat.group } },
      el('span', { className: 'name' }, seat.name),
      el('span', { className: 'details' }, [t(`group.${seat.group}`), t(`via.${seat.via}`)].join(' · ')));
    if (!$('seats').hidden) {
      item.append(el('span', { className: 'actions' }, el('button', {
        type: 'button', className: 'small danger', 'aria-label': `${t('remove')}: ${seat.name}`,
        onclick: () => connection.command('removeSeat', { seatId: seat.seatId }).catch((e) => showMessage(describeError(e))),
      }, t('remove'))));
    }
    return item;
  });
  if (view.people.length === 0 && seatItems.length === 0) {
    const empty = document.createElement('li');
    empty.textContent = t('nobody');
    list.replaceChildren(empty);
    return;
  }
  replaceItems(list, view.people.map((person) => {
    const item = document.createElement('li');
    item.dataset.group = person.group;
    const name = document.createElement('span');
    name.className = 'name';
    name.textContent = person.id === me?.id ? `${person.name} (${t('you')})` : person.name;
    const details = document.createElement('span');
    details.className = 'details';
    const parts = [t(`group.${person.group}`), t(`role.${person.role}`)];
    if (person.connections > 1) parts.push(t('devices', { n: person.connections }));
    details.textContent = parts.join(' · ');
    item.append(name, details);
    return item;
  }).concat(seatItems));
}

function announce(text) {
  $('announcer').textContent = text;
}

function onPresence(people) {
  const before = new Map(view.people.map((p) => [p.id, p.name]));
  const after = new Map(people.map((p) => [p.id, p.name]));
  if (view.people.length > 0) {
    for (const [id, name] of after) if (!before.has(id)) announce(t('joined', { name }));
    for (const [id, name] of before) if (!after.has(id)) announce(t('left', { name }));
  }
  view.people = people;
  renderPeople();
}

function onStatus(status, detail) {
  view.status = status;
  renderStatus();
  if (status === 'closed') {
    // Told in the reader's language, by the stable name the server gave (never its English reason).
    showMessage(describeFarewell(detail));
    if (detail?.code === 4001) {
      signOut();
    } else if (detail?.code === 4009) {
      // Unsent commands wait in localStorage and go out after the reload.
      setTimeout(() => window.location.reload(), 1500);
    } else if (detail?.code === 4426 && !sessionStorage.getItem('laget-runt.reloadedForUpdate')) {
      // A newer server than this page: load the page anew, once (unsent commands wait in localStorage).
      sessionStorage.setItem('laget-runt.reloadedForUpdate', '1');
      setTimeout(() => window.location.reload(), 1500);
    }
  }
}

async function start() {
  translatePage();
  new MeetingParts(); // wires the tabs; it lives as long as the page
  // Everything the page drew itself is drawn again in the other language.
  setUpLanguageSwitch($('language'), () => {
    render();
    renderStatus();
    boardPanel?.render();
    minutesPanel?.render();
  });
  if (!sessionToken()) {
    window.location.replace('/');
    return;
  }
  let meeting;
  try {
    [meeting, view.settings] = await Promise.all([api('GET', `/api/meetings/${encodeURIComponent(meetingId)}`), settings()]);
  } catch (error) {
    showMessage(error.status === 401 ? t('signInAgain') : describeError(error));
    view.status = 'closed';
    render();
    return;
  }
  view.meeting = meeting;
  // What this person may do here, as the server decided when it let them in (one rule, on the server).
  const may = meeting.capabilities;
  steers = may.steers;
  if (steers) {
    steering = new SteeringTools({ meetingId, view, command: (type, fields) => connection.command(type, fields), render, announce });
    await steering.show(meeting);
  }
  render();

  $('calendar').addEventListener('click', () => download(`/api/meetings/${encodeURIComponent(meetingId)}/calendar.ics`, 'laget-runt.ics')
    .catch((error) => showMessage(describeError(error))));
  createPanels(meeting, may);
  connect();
}

/** The live meeting's four parts: the board, the minutes, going round the table, and the voice. */
function createPanels(meeting, may) {
  boardPanel = new BoardPanel({
    meId: me?.id,
    steers,
    canInterpret: steers || meeting.yourRole === 'note-taker',
    local: meeting.kind === 'local',
    material: meeting.material,
    command: (type, fields) => connection.command(type, fields),
    announce,
    onError: (error) => showMessage(describeError(error)),
  });
  // The board as the server last saved it, at once: people read it ahead of the meeting too.
  boardPanel.setBoard(meeting.board);
  // Outside the group (a theme's enabler in a local network's meeting) the minutes reach them when submitted.
  $('minutes-sections').hidden = !may.readsMinutes;
  $('minutes-help').textContent = may.readsMinutes ? t('minutesHelp') : t('minutesOutsider');
  minutesPanel = new MinutesPanel({
    writes: may.writesMinutes,
    steers,
    opening: meeting.opening,
    meId: me?.id,
    nameOf,
    history: (section) => api('GET', `/api/meetings/${encodeURIComponent(meetingId)}/minutes/history?section=${encodeURIComponent(section)}`),
    restore: (section, version) => api('POST', `/api/meetings/${encodeURIComponent(meetingId)}/minutes/restore`, { section, version }),
    download: (format) => download(`/api/meetings/${encodeURIComponent(meetingId)}/minutes.${format}`, `minnesanteckningar.${format}`)
      .catch((error) => showMessage(describeError(error))),
    command: (type, fields) => connection.command(type, fields),
    // A section out of step with the server: fetch the meeting whole (a snapshot), keeping what was typed.
    resync: () => connection.resync(),
    announce,
    tell: showMessage,
    onError: (error) => showMessage(describeError(error)),
  });

  roundPanel = new RoundPanel({
    meId: me?.id,
    steers,
    command: (type, fields) => connection.command(type, fields),
    announce,
    nameOf,
    balance: (spokenMillis, voiceMillis) => speakingBalance(view.attendance, spokenMillis, voiceMillis, view.settings.stakeholderGroups),
    presentWhos: () => [...view.people.map((p) => p.id), ...[...view.attendance.seats.values()].map(whoOf)],
    canCarryOver: meeting.kind === 'local' && Boolean(meeting.seriesId),
    roundKinds: view.settings.roundKinds,
    roundOrders: view.settings.roundOrders,
    firstRound: meeting.firstRound,
    carriedOver: meeting.carriedOver,
    onError: (error) => showMessage(describeError(error)),
  });
  voicePanel = new VoicePanel({
    meId: me?.id,
    steers,
    send: (message) => connection.send(message),
    command: (type, fields) => connection.command(type, fields),
    announce,
    iceServers: () => api('GET', '/api/voice/ice-servers'),
    steersOf: (personId) => ['leader', 'enabler'].includes(view.people.find((p) => p.id === personId)?.role),
    onError: (error) => showMessage(describeError(error)),
  });
}

/** The meeting's connection: what the server sends goes to the part it is about. */
function connect() {
  connection = new MeetingConnection({
    meetingId,
    onVoice: (message) => voicePanel.handle(message),
    token: sessionToken(),
    onSnapshot: (state) => {
      roundPanel.setTurns(state.turns);
      roundPanel.setVoice(state.voice);
      voicePanel.setMode(state.voice?.mode);
      boardPanel.setBoard(state.board);
      minutesPanel.setMinutes(state.minutes);
      minutesPanel.setBoard(boardPanel.board);
      view.topic = state.topic;
      view.attendance = attendanceFrom(state);
      render();
    },
    onEvent: (event) => {
      if (boardPanel.apply(event)) {
        minutesPanel.setBoard(boardPanel.board);
        return;
      }
      if (roundPanel.apply(event) || minutesPanel.apply(event)) return;
      if (event.type === 'topicSet') {
        view.topic = event.text;
        announce(t('topicChanged', { topic: event.text }));
      } else if (event.type === 'voiceModeSet') {
        voicePanel.setMode(event.mode);
      } else {
        applyAttendanceEvent(view.attendance, event);
      }
      render();
    },
    onWelcome: (welcome) => {
      sessionStorage.removeItem('laget-runt.reloadedForUpdate');
      voicePanel.rejoin();
      minutesPanel.setLimits(welcome.limits);
      if (connection.lastSeq < 0) {
        // Seen nothing yet: every event from the first follows (while the room still has them all
        // at hand), or else a snapshot – either rebuilds these from empty.
        boardPanel.reset();
        minutesPanel.reset();
      }
      minutesPanel.setBoard(boardPanel.board);
    },
    onPresence,
    onStatus,
    onPending: (count) => { view.pending = count; render(); },
    onProblem: (error) => voicePanel.refused(error) || showMessage(describeError(error)),
  });
  connection.start();
}

start();
