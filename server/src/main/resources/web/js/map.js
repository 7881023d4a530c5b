// Map (Leaflet, no tile server): the country outlines shipped with the page, shaded by event
// count (events placed there, or events of articles about them), and event places as circles
// sized by their events. Choosing a country or place filters by it.
import { get } from './api.js';
import { mapRequest, OUTLINES } from './requests.js';
import { update } from './state.js';

let map = null;
let countries = null;
let counts = new Map();
let places = null;
let outlines = null;

async function outlinesOnce() {
  if (!outlines) {
    outlines = await get(OUTLINES);
  }
  return outlines;
}

function shade(count, max) {
  if (!count) {
    return '#f4f1ea';
  }
  const t = Math.sqrt(count / max);
  const light = Math.round(92 - 55 * t);
  return `hsl(12, 75%, ${light}%)`;
}

/** Draws the map for `state`; resolves once outlines and places are on it. */
export async function render(state) {
  const [geo, data] = await Promise.all([outlinesOnce(), get(...mapRequest(state))]);
  const by = state.shade === 'in_focus' ? 'in_focus' : 'at_place';
  document.getElementById('m-shade').value = by;
  if (!map) {
    map = L.map('map', { worldCopyJump: false, minZoom: 1, maxZoom: 8, attributionControl: true, zoomSnap: 0.25 });
    map.attributionControl.setPrefix(false);
    map.attributionControl.addAttribution('Outlines: Natural Earth');
    map.setView([30, 15], 1.5);
  }
  counts = new Map(data.countries.map((c) => [c.country, c[by]]));
  const max = Math.max(1, ...counts.values());
  const style = (f) => ({ fillColor: shade(counts.get(f.properties.iso3), max), fillOpacity: 1, color: '#8d8d8d',
    weight: 0.6 });
  if (countries) {
    countries.setStyle(style);
  } else {
    // The outlines are drawn once, on a canvas (177 shapes draw faster there than as SVG), and
    // only their colours change with the filter.
    countries = L.geoJSON(geo, {
      renderer: L.canvas(),
      style,
      onEachFeature: (f, layer) => {
        layer.bindTooltip(() => {
          const n = counts.get(f.properties.iso3) || 0;
          return `${f.properties.name}: ${n} event${n === 1 ? '' : 's'}`;
        }, { sticky: true });
        if (f.properties.iso3) {
          layer.on('click', () => update({ country: f.properties.iso3 }));
        }
      },
    }).addTo(map);
  }
  if (places) {
    places.remove();
  }
  const maxPlace = Math.max(1, ...data.places.map((p) => p.events));
  places = L.layerGroup(data.places.map((p) => L.circleMarker([p.lat, p.lon], {
    radius: 3 + 12 * Math.sqrt(p.events / maxPlace), color: '#1f4e79', weight: 1, fillColor: '#1f4e79',
    fillOpacity: p.conflict * 2 > p.events ? 0.75 : 0.35, className: 'event-place',
  }).bindTooltip(`${p.name} (${p.country || '?'}): ${p.events} events`)
    .on('click', () => update({ place: p.name })))).addTo(map);
  chips(data.places, state);
}

function chips(list, state) {
  const box = document.getElementById('map-places');
  box.replaceChildren(...list.slice(0, 20).map((p) => {
    const b = document.createElement('button');
    b.type = 'button';
    b.textContent = `${p.name} (${p.events})`;
    b.title = 'filter by this place';
    b.setAttribute('aria-pressed', String(state.place === p.name));
    b.addEventListener('click', () => update({ place: state.place === p.name ? null : p.name }));
    return b;
  }));
}

export function wire() {
  document.getElementById('m-shade').addEventListener('change', (e) => update({ shade: e.target.value }));
}


/** Fits the map to its box again (after its tab was hidden). */
export function resize() {
  if (map) {
    map.invalidateSize();
  }
}
