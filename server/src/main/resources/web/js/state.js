// The page's state lives in the URL's query string, so a view can be shared and reloaded.
import { FILTER_NAMES } from './api.js';

const VIEW_NAMES = ['view', 'article', 'event', 'interval', 'shade', 'a', 'b'];
const listeners = [];

/** The state as a plain object of the URL's known parameters. */
export function current() {
  const q = new URLSearchParams(location.search);
  const s = {};
  for (const name of [...FILTER_NAMES, ...VIEW_NAMES]) {
    const v = q.get(name);
    if (v) {
      s[name] = v;
    }
  }
  return s;
}

/** Sets `changes` (null or '' removes a name), records the new URL in history and tells listeners. */
export function update(changes, { replace = false } = {}) {
  const next = { ...current(), ...changes };
  const q = new URLSearchParams();
  for (const name of [...FILTER_NAMES, ...VIEW_NAMES]) {
    const v = next[name];
    if (v !== undefined && v !== null && String(v).trim() !== '') {
      q.set(name, String(v).trim());
    }
  }
  const url = location.pathname + (q.toString() ? '?' + q : '');
  if (url !== location.pathname + location.search) {
    (replace ? history.replaceState : history.pushState).call(history, null, '', url);
  }
  notify(changes);
}

/** Calls `fn(state, changedNames)` after every change, and on back/forward. */
export function listen(fn) {
  listeners.push(fn);
}

function notify(changes) {
  const s = current();
  const names = changes ? Object.keys(changes) : null;
  for (const fn of listeners) {
    fn(s, names);
  }
}

window.addEventListener('popstate', () => notify(null));
