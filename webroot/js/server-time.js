// The server's time as seen from this device. Meetings, turns and deadlines run on the server's
// clock; a phone or an old laptop may be minutes off, so what a page shows as "now" (a turn's
// running time) is the device's clock corrected by what the server last said the time was.
let offsetMillis = 0;

/** Called with the server's `now` (ISO instant) as soon as it arrives. */
export function learnServerTime(iso) {
  const server = Date.parse(iso);
  if (!Number.isNaN(server)) offsetMillis = server - Date.now();
}

/** Milliseconds since the epoch on the server's clock. */
export function serverNow() {
  return Date.now() + offsetMillis;
}
