// The signed-in person on this device: a session token kept in localStorage so a device stays
// signed in, and a small fetch wrapper for the REST API.

const TOKEN = 'laget-runt.token';
const PERSON = 'laget-runt.person';

export function sessionToken() {
  return localStorage.getItem(TOKEN);
}

export function signedInPerson() {
  try {
    return JSON.parse(localStorage.getItem(PERSON) || 'null');
  } catch {
    return null;
  }
}

export function saveSession(token, person) {
  localStorage.setItem(TOKEN, token);
  localStorage.setItem(PERSON, JSON.stringify(person));
}

/** Forgets the sign-in on this device (the server has ended it, or is about to). */
export function signOut() {
  localStorage.removeItem(TOKEN);
  localStorage.removeItem(PERSON);
}

/** Signs this device out on the server too, so its session token is worth nothing even if copied. */
export async function signOutHere() {
  try {
    await api('DELETE', '/api/session');
  } catch {
    // Already ended, or the server is out of reach: forgetting it here is what the person asked for.
  }
  signOut();
}

/** Downloads a file from the API (a plain link could not carry the session token). */
export async function download(path, filename) {
  const response = await fetch(path, { headers: { Authorization: `Bearer ${sessionToken()}` } });
  if (!response.ok) throw { status: response.status, code: 'http_' + response.status, message: response.statusText };
  const url = URL.createObjectURL(await response.blob());
  const link = Object.assign(document.createElement('a'), { href: url, download: filename });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

/** Calls the API (a body is JSON, or a FormData with a file); resolves with the JSON body, rejects with {status, code, message}. */
export async function api(method, path, body) {
  const headers = { Accept: 'application/json' };
  const token = sessionToken();
  if (token) headers.Authorization = `Bearer ${token}`;
  // A form with a file goes as the browser encodes it (multipart, with its boundary); anything else as JSON.
  const form = body instanceof FormData;
  if (body !== undefined && !form) headers['Content-Type'] = 'application/json';
  const response = await fetch(path, { method, headers, body: body === undefined || form ? body : JSON.stringify(body) });
  const json = await response.json().catch(() => ({}));
  if (!response.ok) {
    throw { status: response.status, code: json.code || 'http_' + response.status, message: json.title || response.statusText };
  }
  return json;
}

let settingsOnce;

/** The server's lists and limits the pages offer and keep to (GET /api/settings), asked for once per page. */
export function settings() {
  settingsOnce ??= api('GET', '/api/settings');
  return settingsOnce;
}
