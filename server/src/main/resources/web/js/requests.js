// The requests the overview's views make, in one place, so that early.js can start them before
// the views' libraries have loaded and the views then find their answers waiting.
import { filterOf } from './api.js';

export const OUTLINES = '/data/countries-110m.geojson';
export const NETWORK_EDGES = 80;
export const MAP_PLACES = 1000;
export const PAGE_SIZE = 50;

/** The timeline shows the span around the chosen dates, so that a range can be chosen again. */
export function timelineRequest(state) {
  const f = filterOf(state);
  delete f.from;
  delete f.to;
  return ['/api/timeline', { ...f, interval: state.interval === 'week' ? 'week' : 'day' }];
}

export function networkRequest(state) {
  return ['/api/network', { ...filterOf(state), limit: NETWORK_EDGES }];
}

export function mapRequest(state) {
  return ['/api/map', { ...filterOf(state), limit: MAP_PLACES }];
}

export function eventsRequest(state, page = 1, size = PAGE_SIZE, sort = '-date') {
  return ['/api/events', { ...filterOf(state), page, size, sort }];
}
