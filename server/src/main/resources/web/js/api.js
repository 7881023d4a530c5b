// The Tidings HTTP API as the page uses it: GET JSON with the filter in the query, POST an article.

/** The event filter names the API takes (EventFilter.NAMES on the server). */
export const FILTER_NAMES = ['actor', 'source', 'target', 'dyad', 'cameo', 'plover', 'quad_class', 'country',
  'place', 'from', 'to', 'mode', 'text'];

/** A query string of the non-empty values of `params`. */
export function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== undefined && v !== null && String(v).trim() !== '') {
      q.set(k, String(v).trim());
    }
  }
  const s = q.toString();
  return s ? '?' + s : '';
}

/** An error with the API's own message. */
export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

async function answer(response) {
  const body = await response.json().catch(() => ({}));
  if (!response.ok) {
    throw new ApiError(response.status, body.error || ('HTTP ' + response.status));
  }
  return body;
}

const early = new Map();

/** Starts GET `path` with `params` now; the first `get` of the same URL takes its answer. */
export function prefetch(path, params = {}) {
  const url = path + query(params);
  if (!early.has(url)) {
    const p = fetch(url, { headers: { Accept: 'application/json' } }).then(answer);
    p.catch(() => {}); // a failure is reported to whoever takes the answer
    early.set(url, p);
  }
}

/** GET `path` with `params`. */
export async function get(path, params = {}) {
  const url = path + query(params);
  const started = early.get(url);
  if (started) {
    early.delete(url);
    return started;
  }
  return answer(await fetch(url, { headers: { Accept: 'application/json' } }));
}

/** The filter part of `state` (a plain object of URL values). */
export function filterOf(state) {
  const f = {};
  for (const name of FILTER_NAMES) {
    if (state[name]) {
      f[name] = state[name];
    }
  }
  return f;
}

/** POST one article ({id, date, title, text, source}) with the bearer `token`; the coded article back. */
export async function postArticle(article, token) {
  const response = await fetch('/api/articles', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: 'Bearer ' + token },
    body: JSON.stringify(article),
  });
  return answer(response);
}

/** The stored article `id` with its text and coding. */
export function article(id) {
  return get('/api/articles/' + encodeURIComponent(id));
}
