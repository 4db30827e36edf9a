// Runs in a page of the server's own origin (see MinutesConvergenceBrowserTest): simulated editors
// built on CodeMirror's real state and the page's own sync module, each on its own WebSocket, edit
// one section with random delays and random disconnects, then settle. Returns each editor's document.
async ({ meeting, tokens, seed, edits }) => {
  const { EditorState, ChangeSet } = await import('/vendor/codemirror/codemirror.js');
  const { minutesSync, receive, unsavedChanges: sendableUpdates, syncedVersion: getSyncedVersion } =
    await import('/js/minutes-sync.js');
  let state = seed;
  const random = () => { state = (state * 1103515245 + 12345) % 2147483648; return state / 2147483648; };
  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  const SECTION = 'other';
  const url = new URL('/ws', window.location.href);
  url.protocol = 'ws:';

  function editor(token, n) {
    const e = {
      state: EditorState.create({ doc: '', extensions: [minutesSync({ startVersion: 0, clientID: `sim${n}` })] }),
      lastSeq: -1, caughtUp: () => {}, socket: null, open: false, inFlight: null, counter: 0, reconnects: 0, conflicts: 0, errors: [],
    };
    e.connect = () => new Promise((resolve) => {
      const socket = new WebSocket(url);
      e.socket = socket;
      socket.onopen = () => socket.send(JSON.stringify({ type: 'hello', v: 1, token, meeting, lastSeq: e.lastSeq }));
      socket.onmessage = (message) => {
        if (e.socket !== socket) return;
        for (const line of message.data.split('\n')) {
          const m = JSON.parse(line);
          try {
            e.handle(m, socket, resolve);
          } catch (error) {
            e.errors.push(`${error} at seq ${m.seq} ${JSON.stringify(m.event ?? m).slice(0, 200)}`);
          }
        }
      };
      socket.onclose = () => { if (e.socket === socket) e.open = false; };
    });
    e.handle = (m, socket, resolve) => {
      if (m.type === 'welcome') {
        e.open = true;
        if (e.inFlight) socket.send(JSON.stringify(e.inFlight)); // same id: applied at most once
        // Ready once caught up with what the meeting had at welcome (a snapshot or the missed events).
        e.caughtUp = () => { if (e.lastSeq >= m.seq) { e.caughtUp = () => {}; resolve(); } };
        e.caughtUp();
      } else if (m.type === 'snapshot') {
        // Joining a long meeting: the state comes whole, and the editor starts from it.
        if (sendableUpdates(e.state).length > 0) e.errors.push('a snapshot with unsent edits');
        const doc = m.state.minutes?.sections?.[SECTION] ?? { text: '', version: 0 };
        e.state = EditorState.create({ doc: doc.text, extensions: [minutesSync({ startVersion: doc.version, clientID: `sim${n}` })] });
        e.lastSeq = m.seq;
        e.caughtUp();
      } else if (m.type === 'event' && m.seq > e.lastSeq) {
        e.lastSeq = m.seq;
        if (m.event.type === 'minutesUpdated' && m.event.section === SECTION) {
          const { spec, mismatch } = receive(e.state, { changes: ChangeSet.fromJSON(m.event.changes), clientID: m.event.clientID });
          if (mismatch) e.errors.push(`the server made another change of our own at seq ${m.seq}`);
          e.state = e.state.update(spec).state;
        }
        e.caughtUp();
      } else if ((m.type === 'ok' || m.type === 'error') && e.inFlight && m.re === e.inFlight.id) {
        if (m.type === 'error' && m.code === 'version_conflict') e.conflicts++;
        else if (m.type === 'error') e.errors.push(`${m.code}: ${m.message}`);
        e.inFlight = null;
      }
    };
    e.push = () => {
      const updates = sendableUpdates(e.state).slice(0, 100);
      if (!e.open || e.inFlight || updates.length === 0) return;
      e.inFlight = {
        type: 'minutesPush', id: `sim${n}-${e.counter++}`, section: SECTION, version: getSyncedVersion(e.state),
        updates: updates.map((changes) => ({ clientID: `sim${n}`, changes: changes.toJSON() })),
      };
      e.socket.send(JSON.stringify(e.inFlight));
    };
    e.edit = () => {
      const length = e.state.doc.length;
      const from = Math.floor(random() * (length + 1));
      const to = Math.min(length, from + (random() < 0.3 ? Math.floor(random() * 4) : 0));
      const insert = random() < 0.85 ? `${'abcåäö \n'.charAt(Math.floor(random() * 8))}${n}` : '';
      e.state = e.state.update({ changes: { from, to, insert } }).state;
    };
    return e;
  }

  const editors = tokens.map((token, n) => editor(token, n));
  await Promise.all(editors.map((e) => e.connect()));
  await Promise.all(editors.map(async (e) => {
    for (let k = 0; k < edits; k++) {
      e.edit();
      e.push();
      await sleep(random() * 25);
      if (random() < 0.06) {
        e.socket.close();
        e.open = false;
        e.reconnects++;
        e.edit(); // typed while away
        await sleep(random() * 80);
        await e.connect();
        e.push();
      }
    }
  }));
  for (let round = 0; round < 600; round++) {
    editors.forEach((e) => e.push());
    await sleep(20);
    const settled = editors.every((e) => !e.inFlight && sendableUpdates(e.state).length === 0);
    if (settled && new Set(editors.map((e) => getSyncedVersion(e.state))).size === 1) break;
  }
  return editors.map((e) => ({
    doc: e.state.doc.toString(), version: getSyncedVersion(e.state), unsent: sendableUpdates(e.state).length,
    reconnects: e.reconnects, conflicts: e.conflicts, errors: e.errors.slice(0, 3),
  }));
}
