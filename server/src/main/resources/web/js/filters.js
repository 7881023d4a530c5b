// The search bar: one form for every event filter, kept in step with the URL.
import { FILTER_NAMES, get } from './api.js';
import { update } from './state.js';

const form = () => document.getElementById('filters');
let typeNames = new Map();

/** Fills the lists people pick from: actor codes, CAMEO codes with names, PLOVER types. */
export async function load() {
  const [types, actors] = await Promise.all([get('/api/types'), get('/api/actors', { size: 500 })]);
  typeNames = new Map(types.types.map((t) => [t.cameo, t.name]));
  const cameo = document.getElementById('cameo-codes');
  cameo.replaceChildren(...types.types.map((t) => option(t.cameo + ' ' + t.name)));
  const plover = document.getElementById('f-plover');
  const plovers = [...new Set(types.types.map((t) => t.plover))].sort();
  plover.append(...plovers.map((p) => option(p, p.charAt(0) + p.slice(1).toLowerCase().replaceAll('_', ' '))));
  document.getElementById('actor-codes').replaceChildren(
    ...actors.actors.map((a) => option(a.code, a.name ? a.code + ' ' + a.name : a.code)));
}

function option(value, label = undefined) {
  const o = document.createElement('option');
  o.value = value;
  if (label !== undefined) {
    o.textContent = label;
  }
  return o;
}

/** The name of a CAMEO code ('' when unknown). */
export function typeName(code) {
  return typeNames.get(code) || '';
}

/** Shows `state` in the form. */
export function show(state) {
  const f = form();
  for (const name of FILTER_NAMES) {
    const el = f.elements.namedItem(name);
    if (!el) {
      continue;
    }
    let v = state[name] || '';
    if (name === 'cameo' && v && typeName(v)) {
      v = v + ' ' + typeName(v);
    }
    if (el.tagName === 'SELECT' && v && ![...el.options].some((o) => o.value === v)) {
      el.append(option(v));
    }
    el.value = v;
  }
}

/** The filter values the form holds now, normalised as the API wants them. */
function values() {
  const f = form();
  const out = {};
  for (const name of FILTER_NAMES) {
    const el = f.elements.namedItem(name);
    let v = el ? el.value.trim() : '';
    if (name === 'cameo') {
      v = (v.match(/^\d{1,4}/) || [''])[0];
    } else if (['actor', 'source', 'target', 'dyad', 'country'].includes(name)) {
      v = v.split(/\s/)[0].toUpperCase();
    }
    out[name] = v || null;
  }
  return out;
}

/** Wires the form: Apply sets the URL from the form, Clear empties every filter. */
export function wire() {
  form().addEventListener('submit', (e) => {
    e.preventDefault();
    // a value the API would refuse is pointed out here, by the field, before any request
    if (form().reportValidity()) {
      update(values());
    }
  });
  document.getElementById('f-clear').addEventListener('click', () => {
    update(Object.fromEntries(FILTER_NAMES.map((n) => [n, null])));
  });
}
