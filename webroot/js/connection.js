// One live connection to one meeting: WebSocket first, SockJS over plain HTTP when a network
// blocks WebSockets. It resumes from the last sequence number seen, re-sends commands that were
// not yet acknowledged (same id, so the server applies them once), and keeps those commands in
// localStorage so not even a reload loses them.

import { learnServerTime } from './server-time.js';

const PROTOCOL_VERSION = 1;
const PING_EVERY_MS = 20000;
// 4009: the person's role changed; the page opens the meeting again rather than resuming as before.
// 4426: the server speaks a newer protocol than this page; the page is loaded anew.
const FINAL_CLOSE_CODES = new Set([4001, 4003, 4004, 4009, 4426]);
// Answers that mean "not now" rather than "no": the command is kept and sent again.
const RETRY_CODES = new Set(['unavailable', 'shutting_down', 'busy']);

export class MeetingConnection {
  /**
   * @param {object} options meetingId, token, display (a read-only room screen), onEvent(event, message),
   *   onSnapshot(state, seq), onPresence(people), onStatus(status, detail), onPending(count), onWelcome(welcome)
   */
  constructor(options) {
    this.options = options;
    this.lastSeq = -1;
    this.socket = null;
    this.open = false;
    this.stopped = false;
    this.attempt = 0;
    this.useSockJs = sessionStorage.getItem('laget-runt.transport') === 'sockjs';
    this.counter = 0;
    this.storageKey = `laget-runt.pending.${options.meetingId}`;
    this.pending = new Map(this.loadPending());
  }

  start() {
    this.connect();
    window.addEventListener('online', () => this.reconnectNow());
    // The device says it has lost the network: show it at once rather than after a ping times
    // out, and wait for 'online' instead of retrying into nothing.
    window.addEventListener('offline', () => this.dropNow());
    // Say goodbye when the page goes, so the others see it at once rather than after a timeout.
    window.addEventListener('pagehide', () => this.send({ type: 'bye' }));
  }

  /** Sends a command; resolves with the sequence number once it is saved, rejects with its error. */
  command(type, fields) {
    const id = `c-${Date.now().toString(36)}-${(this.counter++).toString(36)}`;
    const message = { type, id, ...fields };
    return new Promise((resolve, reject) => {
      this.pending.set(id, { message, resolve, reject });
      this.savePending();
      this.options.onPending?.(this.pending.size);
      if (this.open) this.send(message);
    });
  }

  connect() {
    if (this.stopped) return;
    if (navigator.onLine === false) {
      this.options.onStatus?.('offline');
      return; // 'online' reconnects
    }
    this.options.onStatus?.('connecting');
    const socket = this.useSockJs ? this.openSockJs() : this.openWebSocket();
    this.socket = socket;
    let opened = false;
    socket.onopen = () => {
      opened = true;
      const hello = { type: 'hello', v: PROTOCOL_VERSION, token: this.options.token, meeting: this.options.meetingId, lastSeq: this.lastSeq };
      // A room screen only shows the meeting: not counted, not in rounds, sends no commands.
      if (this.options.display) hello.display = true;
      this.send(hello);
    };
    // A frame may carry several messages, one per line (JSON text never holds a raw line break).
    socket.onmessage = (e) => e.data.split('\n').forEach((line) => this.receive(JSON.parse(line)));
    socket.onclose = (e) => {
      if (this.socket !== socket) return;
      this.open = false;
      clearInterval(this.pinger);
      if (!opened && !this.useSockJs && ++this.failedWebSockets >= 2) {
        // The upgrade never got through: a proxy or firewall in the way. Plain HTTP it is.
        this.useSockJs = true;
        sessionStorage.setItem('laget-runt.transport', 'sockjs');
      }
      const code = this.byeCode ?? e.code;
      if (FINAL_CLOSE_CODES.has(code)) {
        this.stopped = true;
        this.options.onStatus?.('closed', { code, why: this.byeWhy, reason: this.byeReason ?? e.reason });
        return;
      }
      this.options.onStatus?.('offline');
      this.scheduleReconnect();
    };
  }

  openWebSocket() {
    this.failedWebSockets ??= 0;
    const url = new URL('/ws', window.location.href);
    url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
    return new WebSocket(url);
  }

  openSockJs() {
    // SockJS's own WebSocket transport would be blocked the same way, so only the HTTP ones.
    return new window.SockJS('/sockjs', null, { transports: ['xhr-streaming', 'xhr-polling'] });
  }

  receive(message) {
    switch (message.type) {
      case 'welcome':
        learnServerTime(message.now);
        this.open = true;
        this.attempt = 0;
        this.failedWebSockets = 0;
        this.byeCode = undefined;
        this.byeWhy = undefined;
        this.byeReason = undefined;
        this.options.onWelcome?.(message);
        this.options.onStatus?.(this.useSockJs ? 'fallback' : 'online');
        this.pinger = setInterval(() => this.send({ type: 'ping' }), PING_EVERY_MS);
        for (const { message: command } of this.pending.values()) this.send(command);
        break;
      case 'snapshot':
        this.lastSeq = message.seq;
        this.options.onSnapshot?.(message.state, message.seq);
        break;
      case 'event':
        if (message.seq <= this.lastSeq) return; // already seen
        if (message.seq !== this.lastSeq + 1) {
          this.reconnectNow(); // a gap: ask again from what we have
          return;
        }
        this.lastSeq = message.seq;
        this.options.onEvent?.(message.event, message);
        break;
      case 'presence':
        this.options.onPresence?.(message.people);
        break;
      case 'ok':
      case 'error':
        this.settle(message);
        break;
      case 'bye':
        this.byeCode = message.code;
        this.byeWhy = message.why;
        this.byeReason = message.reason;
        break;
      default:
        // The voice call's messages: live, with no sequence number.
        if (message.type.startsWith('voice')) this.options.onVoice?.(message);
        break;
    }
  }

  settle(message) {
    const entry = message.re && this.pending.get(message.re);
    if (!entry) {
      if (message.type === 'error') this.options.onProblem?.(message);
      return;
    }
    if (message.type === 'error' && RETRY_CODES.has(message.code)) {
      // Not refused, just not saved yet: keep it and try again shortly (same id, applied once).
      setTimeout(() => { if (this.open && this.pending.has(message.re)) this.send(entry.message); }, 1000);
      return;
    }
    this.pending.delete(message.re);
    this.savePending();
    this.options.onPending?.(this.pending.size);
    if (message.type === 'ok') entry.resolve?.(message.seq);
    else entry.reject?.(message);
  }

  send(message) {
    if (this.socket && this.socket.readyState === 1) this.socket.send(JSON.stringify(message));
  }

  /** Starts again from nothing: the server sends a snapshot of the meeting. */
  resync() {
    this.lastSeq = -1;
    this.reconnectNow();
  }

  dropNow() {
    if (this.stopped || !this.socket) return;
    const old = this.socket;
    this.socket = null;
    this.open = false;
    clearInterval(this.pinger);
    clearTimeout(this.retryTimer);
    old.close();
    this.options.onStatus?.('offline');
  }

  scheduleReconnect() {
    if (navigator.onLine === false) return; // 'online' reconnects
    const delay = Math.min(15000, 500 * 2 ** this.attempt++) * (0.75 + Math.random() / 2);
    clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(() => this.connect(), delay);
  }

  reconnectNow() {
    if (this.stopped) return;
    clearTimeout(this.retryTimer);
    this.attempt = 0;
    const old = this.socket;
    this.socket = null;
    this.open = false;
    clearInterval(this.pinger);
    if (old) old.close();
    this.connect();
  }

  loadPending() {
    try {
      const saved = JSON.parse(localStorage.getItem(this.storageKey) || '[]');
      return saved.map((message) => [message.id, { message }]);
    } catch {
      return [];
    }
  }

  savePending() {
    const messages = [...this.pending.values()].map((entry) => entry.message);
    if (messages.length) localStorage.setItem(this.storageKey, JSON.stringify(messages));
    else localStorage.removeItem(this.storageKey);
  }
}
