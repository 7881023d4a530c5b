// The page: the search bar, the tabs and the views, all driven by the state in the URL.
import * as dyad from './dyad.js';
import * as evidence from './evidence.js';
import * as filters from './filters.js';
import * as map from './map.js';
import * as network from './network.js';
import * as reader from './reader.js';
import { filterOf } from './api.js';
import { current, listen, update } from './state.js';
import * as table from './table.js';
import * as timeline from './timeline.js';
import * as upload from './upload.js';

const VIEWS = ['overview', 'dyad', 'evidence', 'reader', 'upload'];
let drawnFor = null;

function status(message, error = false) {
  const s = document.getElementById('status');
  s.textContent = message;
  s.classList.toggle('error', error);
}

function fail(err) {
  status(err.message || String(err), true);
}

function showTab(view) {
  for (const v of VIEWS) {
    const tab = document.getElementById('tab-' + v);
    const on = v === view;
    tab.setAttribute('aria-selected', String(on));
    tab.tabIndex = on ? 0 : -1;
    document.getElementById('view-' + v).hidden = !on;
  }
}

function wireTabs() {
  const tabs = [...document.querySelectorAll('[role=tab]')];
  for (const tab of tabs) {
    tab.addEventListener('click', () => update({ view: tab.dataset.view }));
    tab.addEventListener('keydown', (e) => {
      const i = tabs.indexOf(tab);
      const next = e.key === 'ArrowRight' ? tabs[(i + 1) % tabs.length]
        : e.key === 'ArrowLeft' ? tabs[(i + tabs.length - 1) % tabs.length] : null;
      if (next) {
        e.preventDefault();
        next.focus();
        update({ view: next.dataset.view });
      }
    });
  }
}

/** Draws the overview's four views; resolves when all have drawn. */
async function drawOverview(state) {
  const started = performance.now();
  drawnFor = overviewKey(state);
  const timed = (name, view) => {
    const t0 = performance.now();
    return view.render(state).then(() => performance.measure('tidings-' + name, { start: t0 }));
  };
  await Promise.all([timed('timeline', timeline), timed('network', network), timed('map', map),
    timed('table', table)]);
  status(`Overview drawn in ${Math.round(performance.now() - started)} ms.`);
}

/** What the overview shows depends on: the filter, the timeline's interval and the map's shading. */
function overviewKey(state) {
  return JSON.stringify([filterOf(state), state.interval || '', state.shade || '']);
}

async function show(state) {
  const view = VIEWS.includes(state.view) ? state.view : 'overview';
  showTab(view);
  filters.show(state);
  if (view === 'overview') {
    if (overviewKey(state) !== drawnFor) {
      await drawOverview(state);
    } else {
      network.resize();
      map.resize();
    }
  } else if (view === 'dyad') {
    await dyad.render(state);
  } else if (view === 'evidence') {
    await evidence.render(state.article, state.event);
  } else if (view === 'reader') {
    await reader.render(state.article);
  }
}

async function start() {
  filters.wire();
  timeline.wire();
  map.wire();
  table.wire();
  dyad.wire(update);
  wireTabs();
  upload.wire(() => {
    drawnFor = null;
  });
  document.getElementById('reader-form').addEventListener('submit', (e) => {
    e.preventDefault();
    update({ view: 'reader', article: document.getElementById('r-id').value.trim() });
  });
  listen((state) => show(state).catch(fail));
  await show(current());
  // The first views are drawn: the browser tests measure the page's first render by this mark.
  performance.mark('tidings-first-render');
  // The lists people pick from (actor codes, event types) come after, not to slow the first views.
  await filters.load();
  filters.show(current());
  document.body.dataset.rendered = 'true';
}

start().catch((err) => {
  fail(err);
  document.body.dataset.rendered = 'error';
});
