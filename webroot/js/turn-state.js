// A small mirror of the server's turn state (rounds, hands, speaking time), moved on by turn
// events exactly as the server's Turns.apply does. Shared by the meeting page and the room view.

export const EMPTY_TURNS = { round: null, hands: [], spokenMillis: {}, turnSeconds: 0, floor: null };

const add = (map, who, ms) => { map[who] = (map[who] ?? 0) + ms; };

/** Applies one event to the turns in place; returns false for events that are not about turns. */
export function applyTurnEvent(turns, e) {
  const round = turns.round;
  const entry = (who, ...statuses) => round.entries.find((x) => x.who === who && statuses.includes(x.status));
  switch (e.type) {
    case 'roundCarriedOver':
      turns.carriedOver = e;
      break;
    case 'roundStarted':
      turns.roundsStarted = (turns.roundsStarted ?? 0) + 1;
      turns.round = { id: e.roundId, kind: e.kind, entries: e.order.map((who) => ({ who, status: 'waiting' })), speaking: -1, turnStartedAt: null, questionId: e.questionId ?? null };
      break;
    case 'turnStarted': {
      const next = entry(e.who, 'waiting') ?? entry(e.who, 'deferred');
      next.status = 'speaking';
      round.speaking = round.entries.indexOf(next);
      round.turnStartedAt = e.at;
      break;
    }
    case 'turnEnded':
      round.entries[round.speaking].status = e.outcome;
      // A turn passed or skipped was not spoken: it counts 0.
      add(turns.spokenMillis, e.who, e.outcome === 'done' ? Math.max(0, new Date(e.at) - new Date(round.turnStartedAt)) : 0);
      round.speaking = -1;
      round.turnStartedAt = null;
      break;
    case 'turnDeferred':
      entry(e.who, 'waiting').status = 'deferred';
      break;
    case 'roundEnded':
      turns.round = null;
      break;
    case 'addedToRound':
      round.entries.push({ who: e.who, status: 'waiting' });
      break;
    case 'movedInRound': {
      const moving = entry(e.who, 'waiting');
      round.entries.splice(round.entries.indexOf(moving), 1);
      const waiting = round.entries.filter((x) => x.status === 'waiting');
      const before = waiting[e.toIndex];
      round.entries.splice(before ? round.entries.indexOf(before) : round.entries.length, 0, moving);
      round.speaking = round.entries.findIndex((x) => x.status === 'speaking');
      break;
    }
    case 'handRaised': {
      const hand = { id: e.handId, who: e.who, kind: e.kind, raisedAt: e.at };
      let at = turns.hands.length;
      if (e.kind === 'reply') {
        // After the leading run of replies, as the server's Hands does (a moved hand may break the run).
        at = 0;
        while (at < turns.hands.length && turns.hands[at].kind === 'reply') at += 1;
      }
      turns.hands.splice(at, 0, hand);
      break;
    }
    case 'handLowered':
      turns.hands = turns.hands.filter((h) => h.id !== e.handId);
      break;
    case 'handMoved': {
      const hand = turns.hands.find((h) => h.id === e.handId);
      turns.hands = turns.hands.filter((h) => h !== hand);
      turns.hands.splice(e.toIndex, 0, hand);
      break;
    }
    case 'floorGiven':
      turns.hands = turns.hands.filter((h) => h.id !== e.handId);
      turns.floor = { who: e.who, handId: e.handId, since: e.at };
      break;
    case 'floorEnded':
      add(turns.spokenMillis, e.who, Math.max(0, new Date(e.at) - new Date(turns.floor.since)));
      turns.floor = null;
      break;
    case 'turnTimeSet':
      turns.turnSeconds = e.seconds;
      break;
    default:
      return false;
  }
  return true;
}

/** Whose turn it is in the round now, or null. */
export function speakerOf(turns) {
  const round = turns.round;
  return round && round.speaking >= 0 ? round.entries[round.speaking].who : null;
}
