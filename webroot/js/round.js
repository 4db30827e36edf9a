// Going round the table, on the meeting page: who is speaking, the order, raised hands (and the
// floor the leader gives one), the soft turn clock, and (for the leader) speaking time per
// stakeholder group, from turns and measured from the voice. Turn events are applied to a small
// local mirror of the server's turn state; every change comes from the server.
import { t } from './i18n.js';
import { $, el, fillOptions, replaceItems } from './ui.js';
import { EMPTY_TURNS, applyTurnEvent, speakerOf } from './turn-state.js';
import { serverNow } from './server-time.js';


export class RoundPanel {
  /**
   * @param {object} o meId, steers, command(type, fields) → Promise, announce(text),
   *   nameOf(who), balance(spokenMillis, voiceMillis) → the groups' shares
   *   (attendance.js speakingBalance), presentWhos() → [who], onError(error),
   *   canCarryOver (a meeting of a series), carriedOver (the previous meeting's unfinished round, or null),
   *   roundKinds and roundOrders (from the server's settings), firstRound (the kind the meeting opens with)
   */
  constructor(o) {
    this.o = o;
    this.turns = structuredClone(EMPTY_TURNS);
    this.voice = { spokenMillis: {}, outsideFloorMillis: {} };
    this.wasMyTurn = false;
    this.hadFloor = false;
    setInterval(() => this.renderClock(), 1000);
    this.wire();
  }

  setTurns(turns) {
    this.turns = structuredClone(turns ?? EMPTY_TURNS);
    this.render();
  }

  /** Speaking time measured from the voice (the leader's snapshot has it; others get it empty). */
  setVoice(voice) {
    this.voice = { spokenMillis: { ...(voice?.spokenMillis ?? {}) }, outsideFloorMillis: { ...(voice?.outsideFloorMillis ?? {}) } };
    this.renderBalance();
  }

  /** Applies one turn event, or a measured stretch of speech; returns false for other events. */
  apply(e) {
    if (e.type === 'voiceSpoken') {
      const add = (map) => { map[e.who] = (map[e.who] ?? 0) + e.millis; };
      add(this.voice.spokenMillis);
      if (e.outsideFloor) add(this.voice.outsideFloorMillis);
      this.renderBalance();
      return true;
    }
    if (!applyTurnEvent(this.turns, e)) return false;
    if (e.type === 'roundEnded') this.o.announce(t('roundEndedAnnounce'));
    this.render();
    return true;
  }

  speaker() {
    return speakerOf(this.turns);
  }

  myHand() {
    return this.turns.hands.find((h) => h.who === this.o.meId);
  }

  render() {
    const { nameOf } = this.o;
    const round = this.turns.round;
    const speaker = this.speaker();
    const mine = speaker === this.o.meId;
    if (mine && !this.wasMyTurn) this.o.announce(t('yourTurnAnnounce'));
    this.wasMyTurn = mine;
    $('your-turn').hidden = !mine;
    $('speaker-actions').hidden = !mine;
    $('now').classList.toggle('mine', mine);
    const next = round?.entries.find((x) => x.status === 'waiting');
    $('round-kind-line').hidden = !round;
    $('round-kind-line').textContent = round ? t(`kindPrompt.${round.kind}`) : '';
    $('round-status').textContent = !round ? t('noRound')
      : [speaker ? t('speakingNow', { name: nameOf(speaker) }) : '', next ? t('nextUp', { name: nameOf(next.who) }) : ''].join(' ').trim();
    const waiting = (round?.entries ?? []).filter((x) => x.status === 'waiting');
    replaceItems($('round-order'), (round?.entries ?? []).map((x) => {
      const item = el('li', { className: `status-${x.status}` },
        el('span', { className: 'name' }, x.who === this.o.meId ? `${nameOf(x.who)} (${t('you')})` : nameOf(x.who)),
        el('span', { className: 'details' }, t(`status.${x.status}`)));
      const place = waiting.indexOf(x);
      if (this.o.steers && place > 0) {
        item.append(el('button', { type: 'button', className: 'small secondary', 'aria-label': `${t('moveUp')}: ${nameOf(x.who)}`,
          onclick: () => this.send('moveInRound', { who: x.who, toIndex: place - 1 }) }, t('moveUp')));
      }
      return item;
    }));
    this.renderFloor();
    this.renderHands();
    this.renderLeader(round, speaker);
    this.renderClock();
    this.renderBalance();
  }

  /** A raised hand the leader gave the floor: who speaks, and their (or the leader's) way to end it. */
  renderFloor() {
    const floor = this.turns.floor;
    const mine = floor?.who === this.o.meId;
    if (mine && !this.hadFloor) this.o.announce(t('floorYoursAnnounce'));
    this.hadFloor = mine;
    $('floor').hidden = !floor;
    $('floor-text').textContent = !floor ? '' : mine ? t('floorYours') : t('floorGiven', { name: this.o.nameOf(floor.who) });
    $('floor-done').hidden = !mine;
    $('leader-floor-done').hidden = !floor || mine || !this.o.steers;
  }

  renderHands() {
    const { nameOf, steers } = this.o;
    const hands = this.turns.hands;
    replaceItems($('hand-list'), (hands.length === 0 ? [el('li', {}, t('noHands'))] : hands.map((hand, i) => {
      const item = el('li', {}, el('span', { className: 'name' }, nameOf(hand.who)),
        hand.kind === 'reply' ? el('span', { className: 'tag' }, t('replyTag')) : null);
      if (steers) {
        item.append(el('span', { className: 'actions' },
          el('button', { type: 'button', className: 'small', 'aria-label': `${t('giveFloor')}: ${nameOf(hand.who)}`,
            onclick: () => this.send('giveFloor', { handId: hand.id }) }, t('giveFloor')),
          i > 0 ? el('button', { type: 'button', className: 'small secondary', 'aria-label': `${t('moveUp')}: ${nameOf(hand.who)}`,
            onclick: () => this.send('moveHand', { handId: hand.id, toIndex: i - 1 }) }, t('moveUp')) : null,
          el('button', { type: 'button', className: 'small danger', 'aria-label': `${t('lowerHand')}: ${nameOf(hand.who)}`,
            onclick: () => this.send('lowerHand', { handId: hand.id }) }, t('lowerHand'))));
      }
      return item;
    })));
    const up = Boolean(this.myHand());
    $('raise-hand').textContent = up ? t('lowerHand') : t('raiseHand');
    $('raise-hand').setAttribute('aria-pressed', String(up));
    // A reply answers someone else who is speaking.
    $('raise-reply').hidden = up || !this.speaker() || this.speaker() === this.o.meId;
  }

  renderLeader(round, speaker) {
    if (!this.o.steers) return;
    $('leader-round').hidden = false;
    $('leader-turn-actions').hidden = !round;
    $('leader-done').hidden = !speaker;
    $('leader-skip').hidden = !speaker;
    $('start-round-form').hidden = Boolean(round);
    $('carry-over').hidden = !round || !this.o.canCarryOver;
    const ahead = new Set((round?.entries ?? []).filter((x) => ['waiting', 'speaking', 'deferred'].includes(x.status)).map((x) => x.who));
    const candidates = this.o.presentWhos().filter((who) => !ahead.has(who));
    $('add-to-round-form').hidden = !round || candidates.length === 0;
    fill($('add-to-round-who'), candidates, (who) => this.o.nameOf(who));
    const carried = this.o.carriedOver;
    const offerCarried = carried && !round && (this.turns.roundsStarted ?? 0) === 0;
    $('carried').hidden = !offerCarried;
    if (offerCarried) {
      $('carried-text').textContent = t('carriedFrom', { title: carried.fromTitle, names: carried.remaining.map((r) => r.name).join(', ') });
    }
    fill($('round-kind'), this.o.roundKinds, (k) => t(`kind.${k}`));
    // A first meeting opens with a check-in; after that a discussion – unless the leader chose.
    if (!this.kindChosen) $('round-kind').value = (this.turns.roundsStarted ?? 0) === 0 ? this.o.firstRound : 'discussion';
    fill($('round-order-mode'), this.o.roundOrders, (k) => t(`order.${k}`));
    fill($('turn-time'), ['0', '60', '120', '180', '300'], (s) => (s === '0' ? t('noTurnTime') : t('minutes', { n: Number(s) / 60 })));
    $('turn-time').value = String(this.turns.turnSeconds);
  }

  /** The soft clock: elapsed time of the current turn, and a gentle signal past the limit. */
  renderClock() {
    const round = this.turns.round;
    const clock = $('turn-clock');
    if (!round || !round.turnStartedAt) {
      clock.textContent = '';
      $('now').classList.remove('over-time');
      return;
    }
    const seconds = Math.max(0, Math.floor((serverNow() - new Date(round.turnStartedAt)) / 1000));
    const limit = this.turns.turnSeconds;
    const mmss = (s) => `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
    clock.textContent = limit ? `${mmss(seconds)} / ${mmss(limit)}` : mmss(seconds);
    const over = limit > 0 && seconds > limit;
    if (over && !$('now').classList.contains('over-time') && this.speaker() === this.o.meId) this.o.announce(t('overTime'));
    $('now').classList.toggle('over-time', over);
  }

  /**
   * Share of speaking time per group against share of people present, from turns and (when the
   * call measured it) from the voice, and per person who talked while someone else had the floor:
   * for the leader only.
   */
  renderBalance() {
    if (!this.o.steers) return;
    const spoken = this.turns.spokenMillis;
    const voice = this.voice.spokenMillis;
    const shares = this.o.balance(spoken, voice);
    const sum = (key) => shares.reduce((all, share) => all + share[key], 0);
    const [total, voiceTotal, people] = [sum('millis'), sum('voiceMillis'), sum('people')];
    $('balance').hidden = (total === 0 && voiceTotal === 0) || people === 0;
    if ($('balance').hidden) return;
    const percent = (part, all) => (all === 0 ? 0 : Math.round((100 * part) / all));
    const rows = shares.map((share) => ({
      group: share.group,
      time: percent(share.millis, total),
      voice: percent(share.voiceMillis, voiceTotal),
      people: percent(share.people, people),
    }));
    const bar = (pct, cls) => {
      const span = el('span', { className: `bar ${cls}` });
      span.style.width = `${pct}%`; // through the CSSOM: the CSP allows no inline style attributes
      return span;
    };
    const withVoice = voiceTotal > 0;
    $('balance-table').replaceChildren(
      el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, t('group')), el('th', { scope: 'col' }, t('shareOfTime')),
        withVoice ? el('th', { scope: 'col' }, t('shareOfVoice')) : null, el('th', { scope: 'col' }, t('shareOfPeople')))),
      el('tbody', {}, ...rows.map((r) => el('tr', { dataset: { group: r.group } },
        el('th', { scope: 'row' }, t(`group.${r.group}`)),
        el('td', {}, bar(r.time, 'time'), ` ${r.time} %`),
        withVoice ? el('td', { className: 'voice-share' }, bar(r.voice, 'voice'), ` ${r.voice} %`) : null,
        el('td', {}, bar(r.people, 'people'), ` ${r.people} %`)))));
    const mmss = (ms) => `${Math.floor(ms / 60000)}:${String(Math.floor(ms / 1000) % 60).padStart(2, '0')}`;
    const whos = [...new Set([...Object.keys(spoken), ...Object.keys(voice)])];
    $('per-person').replaceChildren(...whos.sort((x, y) => (spoken[y] ?? 0) - (spoken[x] ?? 0)).map((who) => {
      const outside = this.voice.outsideFloorMillis[who] ?? 0;
      const measured = who in voice
        ? ` · ${t('voiceTime', { time: mmss(voice[who]) })}${outside > 0 ? ` (${t('outsideTurn', { time: mmss(outside) })})` : ''}` : '';
      return el('li', { dataset: { who } }, el('span', { className: 'name' }, this.o.nameOf(who)), ` ${mmss(spoken[who] ?? 0)}${measured}`);
    }));
  }

  send(type, fields = {}) {
    return this.o.command(type, fields).catch((error) => this.o.onError(error));
  }

  toggleHand(kind) {
    const hand = this.myHand();
    return hand ? this.send('lowerHand', { handId: hand.id }) : this.send('raiseHand', { kind });
  }

  endMyTurn(outcome) {
    if (this.speaker() === this.o.meId) this.send('endTurn', { who: this.o.meId, outcome });
  }

  wire() {
    $('done').addEventListener('click', () => this.endMyTurn('done'));
    $('pass').addEventListener('click', () => this.endMyTurn('pass'));
    $('raise-hand').addEventListener('click', () => this.toggleHand('new-topic'));
    $('raise-reply').addEventListener('click', () => this.toggleHand('reply'));
    $('floor-done').addEventListener('click', () => this.send('endFloor', { who: this.o.meId }));
    $('leader-floor-done').addEventListener('click', () => this.send('endFloor', { who: this.turns.floor?.who }));
    $('leader-done').addEventListener('click', () => this.send('endTurn', { who: this.speaker(), outcome: 'done' }));
    $('leader-skip').addEventListener('click', () => this.send('endTurn', { who: this.speaker(), outcome: 'skip' }));
    $('end-round').addEventListener('click', () => this.send('endRound'));
    $('carry-over').addEventListener('click', () => this.send('carryOver'));
    $('add-to-round-form').addEventListener('submit', (e) => {
      e.preventDefault();
      this.send('addToRound', { who: $('add-to-round-who').value });
    });
    $('continue-round').addEventListener('click', () => {
      const present = new Set(this.o.presentWhos());
      const custom = this.o.carriedOver.remaining.map((r) => r.who).filter((who) => present.has(who));
      this.send('startRound', { kind: this.o.carriedOver.kind, order: 'custom', custom });
    });
    $('turn-time').addEventListener('change', () => this.send('setTurnTime', { seconds: Number($('turn-time').value) }));
    $('round-kind').addEventListener('change', () => { this.kindChosen = true; });
    $('start-round-form').addEventListener('submit', (e) => {
      e.preventDefault();
      this.kindChosen = false;
      this.send('startRound', { kind: $('round-kind').value, order: $('round-order-mode').value });
    });
    document.addEventListener('keydown', (e) => {
      if (e.ctrlKey || e.metaKey || e.altKey || e.target.closest('input, textarea, select, [contenteditable]')) return;
      const key = e.key.toLowerCase();
      if (key === 'h') {
        e.preventDefault();
        this.toggleHand('new-topic');
      } else if ((key === 'k' || key === 'd') && this.speaker() === this.o.meId) {
        e.preventDefault();
        this.endMyTurn('done');
      } else if ((key === 'k' || key === 'd') && this.turns.floor?.who === this.o.meId) {
        e.preventDefault();
        this.send('endFloor', { who: this.o.meId });
      }
    });
  }
}

function fill(select, values, label) {
  fillOptions(select, values.map((v) => [v, label(v)]));
}
