// The room view: a read-only screen for the room of a hybrid meeting (a projector or a TV). It
// joins as a display, so it is not counted, not in rounds and cannot change anything; it shows
// the current question large, the group's interpretation, who speaks and who is next, raised
// hands, the leader's message and the questions to come – all on one screen, never scrolled: the
// question's type shrinks until everything fits (720p projectors included).
import { t, translatePage, setUpLanguageSwitch, describeError, describeFarewell } from './i18n.js';
import { api, sessionToken } from './session.js';
import { MeetingConnection } from './connection.js';
import { EMPTY_BOARD, applyBoardEvent, currentQuestion } from './board-state.js';
import { EMPTY_TURNS, applyTurnEvent, speakerOf } from './turn-state.js';
import { $, el } from './ui.js';
import { materialFor } from './material.js';

const ROOM_HANDS = 5;
const meetingId = new URLSearchParams(window.location.search).get('id');
const view = { title: '', material: [], board: structuredClone(EMPTY_BOARD), turns: structuredClone(EMPTY_TURNS), topic: '', people: [], seats: [], status: 'connecting' };

function nameOf(who) {
  const person = view.people.find((p) => p.id === who);
  if (person) return person.name;
  const seat = view.seats.find((s) => s.seatId === who || s.personId === who);
  return seat ? seat.name : '…';
}

function render() {
  document.title = view.title ? `${view.title} – ${t('roomViewTitle')}` : 'Laget Runt';
  $('room-title').textContent = view.title;
  const current = currentQuestion(view.board);
  const question = $('room-question');
  question.textContent = current ? current.text : t('noCurrentQuestion');
  question.classList.toggle('empty', !current);
  $('room-interpretation').hidden = !current?.interpretation;
  $('room-interpretation').textContent = current?.interpretation ? `${t('ourInterpretation')}: ${current.interpretation}` : '';
  // What the talk builds on, by name: the screen cannot be clicked, everyone has it on their own start page.
  const toRead = [...(current ? materialFor(view.material, current.id) : []), ...materialFor(view.material, null)];
  $('room-material').hidden = toRead.length === 0;
  $('room-material').textContent = toRead.length ? `${t('material.buildsOn')}: ${toRead.map((item) => item.title).join(' · ')}` : '';
  const round = view.turns.round;
  const floor = view.turns.floor;
  const speaker = speakerOf(view.turns);
  const next = round?.entries.find((x) => x.status === 'waiting');
  $('room-kind').hidden = !round;
  $('room-kind').textContent = round ? t(`kind.${round.kind}`) : '';
  $('room-round').textContent = floor ? t('floorGiven', { name: nameOf(floor.who) })
    : speaker ? t('speakingNow', { name: nameOf(speaker) }) : round ? '' : t('noRound');
  $('room-next').hidden = !next;
  $('room-next').textContent = next ? t('nextUp', { name: nameOf(next.who) }) : '';
  $('room-hands-box').hidden = view.turns.hands.length === 0;
  // As many as a screen can show from across the room; the rest as a number.
  const hands = view.turns.hands;
  $('room-hands').replaceChildren(...hands.slice(0, ROOM_HANDS).map((hand) =>
    el('li', {}, hand.kind === 'reply' ? `${nameOf(hand.who)} (${t('replyTag')})` : nameOf(hand.who))),
  ...(hands.length > ROOM_HANDS ? [el('li', { className: 'more' }, t('moreHands', { n: hands.length - ROOM_HANDS }))] : []));
  $('room-message').hidden = !view.topic;
  $('room-message').textContent = view.topic;
  const upcoming = view.board.questions.filter((q) => q.status === 'upcoming').slice(0, 3).map((q) => q.text);
  $('room-upcoming').textContent = upcoming.length ? `${t('questionStatus.upcoming')}: ${upcoming.join(' · ')}` : '';
  const status = $('status');
  status.dataset.state = view.status;
  status.textContent = t({ connecting: 'statusConnecting', online: 'statusOnline', fallback: 'statusFallback', offline: 'statusOffline', closed: 'statusClosed' }[view.status]);
  fitQuestion();
}

/** The question as large as the screen allows with everything else on it: shrunk step by step while the page overflows. */
function fitQuestion() {
  const question = $('room-question');
  question.style.removeProperty('font-size');
  const overflows = () => document.documentElement.scrollHeight > window.innerHeight
    || question.scrollHeight > question.clientHeight + 1;
  let size = parseFloat(getComputedStyle(question).fontSize);
  while (overflows() && size > 16) {
    size *= 0.92;
    question.style.setProperty('font-size', `${size}px`); // the CSSOM: the policy allows no style attributes
  }
}

async function start() {
  translatePage();
  setUpLanguageSwitch($('language'), render);
  if (!sessionToken()) {
    window.location.replace('/');
    return;
  }
  try {
    const meeting = await api('GET', `/api/meetings/${encodeURIComponent(meetingId)}`);
    view.title = meeting.title;
    view.board = structuredClone(meeting.board);
    view.material = meeting.material;
  } catch (error) {
    $('message').textContent = describeError(error);
  }
  render();
  const connection = new MeetingConnection({
    meetingId,
    token: sessionToken(),
    display: true,
    onWelcome: () => {
      // Seen nothing yet: every event from the first follows (while the room still has them all at
      // hand), or else a snapshot – either rebuilds everything from empty.
      if (connection.lastSeq < 0) {
        view.board = structuredClone(EMPTY_BOARD);
        view.turns = structuredClone(EMPTY_TURNS);
      }
    },
    onSnapshot: (state) => {
      view.board = structuredClone(state.board);
      view.turns = structuredClone(state.turns);
      view.topic = state.topic;
      view.seats = state.seats;
      render();
    },
    onEvent: (event) => {
      if (!applyBoardEvent(view.board, event) && !applyTurnEvent(view.turns, event)) {
        if (event.type === 'topicSet') view.topic = event.text;
        else if (event.type === 'seatAdded') view.seats.push(event.seat);
        else if (event.type === 'seatRemoved') view.seats = view.seats.filter((s) => s.seatId !== event.seatId);
      }
      render();
    },
    onPresence: (people) => { view.people = people; render(); },
    onStatus: (status, detail) => {
      view.status = status;
      if (status === 'closed') $('message').textContent = describeFarewell(detail);
      render();
    },
    onProblem: (error) => { $('message').textContent = describeError(error); },
  });
  connection.start();
}

window.addEventListener('resize', fitQuestion);
start();
