// Article reader: an article with all its annotations overlaid, like a coding sheet: actor
// mentions coloured by country (sector in the tooltip), events (evidence and trigger), times,
// places and quotes, with the sheet of events beside it.
import { article, get } from './api.js';
import { annotate, el } from './annotate.js';
import { countryColour } from './colours.js';
import { openEvidence } from './table.js';

function spans(a) {
  const out = [];
  for (const m of a.mentions || []) {
    const actor = m.actor || {};
    out.push({ start: m.start, end: m.end, cls: 'a-mention', colour: countryColour(actor.country || actor.code),
      title: `actor ${actor.code || '?'}${actor.sector ? ' sector ' + actor.sector : ''}`
        + `${actor.name ? ' (' + actor.name + ')' : ''}` });
  }
  for (const e of a.events || []) {
    if (e.evidence) {
      out.push({ start: e.evidence.start, end: e.evidence.end, cls: 'a-evidence' });
    }
    if (e.trigger) {
      out.push({ start: e.trigger.start, end: e.trigger.end, cls: 'a-trigger',
        title: `event ${e.cameo} ${e.source ? e.source.code : '?'} → ${e.target ? e.target.code : '—'} (${e.mode})` });
    }
    if (e.place && Number.isInteger(e.place.start) && e.place.end > e.place.start) {
      out.push({ start: e.place.start, end: e.place.end, cls: 'a-place', title: 'place ' + e.place.name });
    }
  }
  for (const t of a.times || []) {
    out.push({ start: t.start, end: t.end, cls: 'a-time', title: 'time ' + t.value });
  }
  for (const q of a.quotes || []) {
    out.push({ start: q.start, end: q.end, cls: 'a-quote',
      title: 'quote by ' + (q.speaker ? q.speaker.code : 'no named speaker') });
  }
  return out;
}

function legend(a) {
  const box = el('div', '', 'legend');
  const countries = [...new Set((a.mentions || []).map((m) => (m.actor || {}).country || (m.actor || {}).code))];
  for (const c of countries.filter(Boolean)) {
    const item = el('span', c);
    const sw = el('span', '', 'swatch');
    sw.style.backgroundColor = countryColour(c);
    item.prepend(sw);
    box.append(item);
  }
  for (const [cls, label] of [['a-trigger', 'trigger'], ['a-evidence', 'evidence'], ['a-time', 'time'],
    ['a-place', 'place'], ['a-quote', 'quote']]) {
    box.append(el('span', label, cls));
  }
  return box;
}

/** The coding sheet: one row per event, each with a button to its evidence. */
export function sheet(a) {
  const table = el('table', '', 'sheet');
  const head = table.createTHead().insertRow();
  for (const h of ['Source', 'Event', 'Target', 'Mode', 'Date', 'Place', '']) {
    head.append(el('th', h));
  }
  const body = table.createTBody();
  for (const e of a.events || []) {
    const r = body.insertRow();
    for (const v of [e.source && e.source.code, `${e.cameo} ${e.cameo_name || ''}`, e.target ? e.target.code : '—',
      e.mode, e.date, e.place ? e.place.name : '']) {
      r.insertCell().textContent = v || '';
    }
    if (a.id && !a.transient) {
      const b = el('button', 'Evidence');
      b.type = 'button';
      b.addEventListener('click', () => openEvidence({ article_id: a.id, id: e.id }));
      r.insertCell().append(b);
    } else {
      r.insertCell();
    }
  }
  return table;
}

/** Fills `box` with the annotated article `a` (as the API gives it) and its sheet. */
export function show(box, a) {
  const text = el('div', '', 'article-text');
  annotate(text, a.text || '', spans(a));
  const side = el('div');
  side.append(el('h3', `${(a.events || []).length} events, ${(a.quotes || []).length} quotes`), sheet(a));
  const layout = el('div', '', 'reader-layout');
  const main = el('div');
  main.append(el('h3', a.title || a.id), el('p', `${a.source || ''} ${a.date || ''}`.trim(), 'hint'), legend(a), text);
  layout.append(main, side);
  box.replaceChildren(layout);
}

/** Shows article `id` in the reader; fills the list of article ids once. */
export async function render(id) {
  const list = document.getElementById('article-ids');
  if (!list.children.length) {
    get('/api/articles', { size: 500 }).then((r) => list.replaceChildren(...r.articles.map((x) => {
      const o = document.createElement('option');
      o.value = x.article_id || x.id;
      return o;
    }))).catch(() => {});
  }
  document.getElementById('r-id').value = id || '';
  const box = document.getElementById('reader');
  if (!id) {
    box.replaceChildren(el('p', 'Choose an article.'));
    return;
  }
  show(box, await article(id));
}
