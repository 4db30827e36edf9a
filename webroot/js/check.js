// The self-check before a meeting: does the microphone hear the person, do they hear a sound, and
// does the call get through this network (directly, or through the relay over UDP, TCP or TLS on
// 443)? Only the outcome goes to the server – never any sound – so the leader sees who is ready.
import { t, translatePage, setUpLanguageSwitch, describeError } from './i18n.js';
import { api, sessionToken } from './session.js';
import { $, el, formatWhen, showMessage } from './ui.js';
import { listen } from './voice-activity.js';
import { tone } from './tone.js';

const HEARD_DB = -50; // the microphone heard the person: louder than a quiet room
const LISTEN_MS = 8000;
const CONNECT_MS = 8000;

const outcome = { microphone: null, speaker: 'untested', connection: null, via: [] };

/** How long to wait for something that may never come, in the page's own time. */
const within = (ms, promise) => Promise.race([promise, new Promise((resolve) => { setTimeout(() => resolve(false), ms); })]);

async function testMicrophone() {
  $('mic-result').textContent = t('checkListening');
  let stream;
  try {
    stream = await navigator.mediaDevices.getUserMedia({ audio: true });
  } catch (error) {
    outcome.microphone = error?.name === 'NotFoundError' ? 'none' : error?.name === 'NotAllowedError' || error?.name === 'SecurityError' ? 'blocked' : 'none';
    return finish('mic-result', t(`checkMic.${outcome.microphone}`));
  }
  let loudest = -120;
  let meter;
  const heard = await within(LISTEN_MS, new Promise((resolve) => {
    listen(stream, () => resolve(true), () => true).then((handle) => {
      meter = handle;
      const timer = setInterval(() => {
        loudest = Math.max(loudest, handle.level);
        $('check-level').value = Math.max(-60, handle.level);
        if (loudest > HEARD_DB) { clearInterval(timer); resolve(true); }
      }, 100);
      setTimeout(() => clearInterval(timer), LISTEN_MS);
    }).catch(() => resolve(false));
  }));
  meter?.stop();
  stream.getTracks().forEach((track) => track.stop());
  outcome.microphone = heard ? 'ok' : 'silent';
  return finish('mic-result', t(`checkMic.${outcome.microphone}`));
}

function heardSound(yes) {
  outcome.speaker = yes ? 'ok' : 'no';
  return finish('speaker-result', t(`checkSpeaker.${outcome.speaker}`));
}

/** Two connections in this page talk to each other through the given servers, as two people would. */
async function loopback(config) {
  const a = new RTCPeerConnection(config);
  const b = new RTCPeerConnection(config);
  try {
    a.onicecandidate = (e) => { if (e.candidate) b.addIceCandidate(e.candidate).catch(() => {}); };
    b.onicecandidate = (e) => { if (e.candidate) a.addIceCandidate(e.candidate).catch(() => {}); };
    const arrived = new Promise((resolve) => { b.ondatachannel = (e) => { e.channel.onmessage = () => resolve(true); }; });
    const channel = a.createDataChannel('check');
    channel.onopen = () => channel.send('hej');
    await a.setLocalDescription(await a.createOffer());
    await b.setRemoteDescription(a.localDescription);
    await b.setLocalDescription(await b.createAnswer());
    await a.setRemoteDescription(b.localDescription);
    return await within(CONNECT_MS, arrived);
  } catch {
    return false;
  } finally {
    a.close();
    b.close();
  }
}

/** Which way a relay address is reached: TLS (turns:, usually 443), TCP, or UDP. */
function wayOf(url) {
  if (url.startsWith('turns:')) return 'relay-tls';
  return url.includes('transport=tcp') ? 'relay-tcp' : 'relay-udp';
}

async function testConnection() {
  $('connection-result').textContent = t('checkConnecting');
  $('connection-ways').replaceChildren();
  const { iceServers } = await api('GET', '/api/voice/ice-servers');
  // Without a relay, calls go directly between browsers: check that this browser can make one at all.
  const tries = iceServers.length === 0 ? [['direct', { iceServers: [] }]]
    : iceServers.flatMap((server) => [server.urls].flat().map((url) => [wayOf(url),
      { iceServers: [{ urls: url, username: server.username, credential: server.credential }], iceTransportPolicy: 'relay' }]));
  outcome.via = [];
  for (const [way, config] of tries) {
    const item = el('li', { dataset: { way } }, `${t(`checkWay.${way}`)}: ${t('checkTrying')}`);
    $('connection-ways').append(item);
    const ok = await loopback(config);
    item.dataset.ok = String(ok);
    item.textContent = `${t(`checkWay.${way}`)}: ${ok ? t('checkWayOk') : t('checkWayBlocked')}`;
    if (ok && !outcome.via.includes(way)) outcome.via.push(way);
  }
  outcome.connection = outcome.via.length > 0 ? 'ok' : 'blocked';
  return finish('connection-result', t(`checkConnection.${outcome.connection}`));
}

/** Shows a step's outcome, and once microphone and connection are known, saves the check and sums it up. */
async function finish(resultId, text) {
  $(resultId).textContent = text;
  if (!outcome.microphone || !outcome.connection) return;
  try {
    const saved = await api('PUT', '/api/voice/check', outcome);
    $('check-summary').hidden = false;
    $('summary-text').textContent = t(`readiness.${saved.status}`);
    $('summary-text').dataset.status = saved.status;
    const advice = [];
    if (outcome.microphone !== 'ok') advice.push(t(`checkAdvice.mic-${outcome.microphone}`));
    if (outcome.speaker === 'no') advice.push(t('checkAdvice.speaker'));
    if (outcome.connection === 'blocked') advice.push(t('checkAdvice.connection'));
    $('advice').replaceChildren(...advice.map((text) => el('li', {}, text)));
  } catch (error) {
    showMessage(describeError(error));
  }
}

function start() {
  translatePage();
  setUpLanguageSwitch($('language'), () => translatePage());
  if (!sessionToken()) {
    window.location.href = '/';
    return;
  }
  $('test-mic').addEventListener('click', () => testMicrophone());
  $('play-sound').addEventListener('click', () => tone(1.5));
  $('heard-yes').addEventListener('click', () => heardSound(true));
  $('heard-no').addEventListener('click', () => heardSound(false));
  $('test-connection').addEventListener('click', () => testConnection().catch((error) => showMessage(describeError(error))));
  // Disabled in the page until now: a click before this script ran would have done nothing.
  ['test-mic', 'play-sound', 'heard-yes', 'heard-no', 'test-connection'].forEach((id) => { $(id).disabled = false; });
  api('GET', '/api/voice/check').then((last) => {
    if (last?.checkedAt) $('check-last').textContent = t('checkLast', { when: formatWhen(last.checkedAt), status: t(`readiness.${last.status}`) });
  }).catch(() => {});
}

start();
