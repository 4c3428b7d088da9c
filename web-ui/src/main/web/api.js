// The public JSON API. Errors carry the server's `detail` so the page can show it as it is.

export class ApiError extends Error {
  constructor(status, error, detail) {
    super(detail || error || `HTTP ${status}`);
    this.status = status;
    this.error = error;
  }
}

// The session's CSRF token: the server wants it back on every state-changing call (POST, DELETE).
let csrfToken = null;
// Called when the server answers 401 (the session ended): the app shows its sign-in form.
let onSignedOut = () => {};

export function setCsrfToken(token) { csrfToken = token; }
export function whenSignedOut(handler) { onSignedOut = handler; }

async function parse(res) {
  const body = await res.json().catch(() => null);
  if (res.status === 401) onSignedOut();
  if (!res.ok) throw new ApiError(res.status, body && body.error, body ? body.detail : `HTTP ${res.status} ${res.statusText}`);
  if (body === null) throw new ApiError(res.status, 'bad_response', 'the server answered with something other than JSON');
  return body;
}

export async function get(path, signal) {
  return parse(await fetch(path, { signal, headers: { Accept: 'application/json' } }));
}

function writeHeaders() {
  const headers = { Accept: 'application/json', 'Content-Type': 'application/json' };
  if (csrfToken) headers['X-CSRF-Token'] = csrfToken;
  return headers;
}

export async function post(path, json) {
  return parse(await fetch(path, { method: 'POST', headers: writeHeaders(), body: JSON.stringify(json) }));
}

export async function del(path) {
  const res = await fetch(path, { method: 'DELETE', headers: writeHeaders() });
  if (!res.ok && res.status !== 401) throw new ApiError(res.status, 'error', `HTTP ${res.status}`);
}

export const enc = encodeURIComponent;

/** Customer names by id, fetched once per page load: facets and badges show names, not ids. */
let customers = null;
export function customerNames() {
  if (!customers) {
    customers = get('/api/v1/customers')
      .then((r) => new Map(r.customers.map((c) => [c.id, c.name])))
      .catch(() => { customers = null; return new Map(); });
  }
  return customers;
}
