// Loaded as an async module at the top of the page: starts the overview's requests while the
// browser is still loading and running the chart, graph, map and table libraries.
import { prefetch } from './api.js';
import { eventsRequest, mapRequest, networkRequest, OUTLINES, timelineRequest } from './requests.js';
import { current } from './state.js';

const state = current();
if (!state.view || state.view === 'overview') {
  for (const [path, params] of [timelineRequest(state), networkRequest(state), mapRequest(state),
    eventsRequest(state)]) {
    prefetch(path, params);
  }
  prefetch(OUTLINES);
}
