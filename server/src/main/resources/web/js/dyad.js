// Dyad log: every event between two actors, both ways, in date order, with what each side was
// quoted saying in those articles, like a diplomatic log.
import { filterOf, get } from './api.js';
import { el } from './annotate.js';
import { typeName } from './filters.js';
import { openEvidence } from './table.js';

function entry(e, a) {
  const ab = e.source && e.source.code.startsWith(a);
  const li = el('li', '', ab ? 'dir-ab' : 'dir-ba');
  li.append(el('div', `${e.date || 'no date'} · ${e.source ? e.source.code : '?'} → ${e.target ? e.target.code : '—'} · `
    + `${e.cameo} ${e.cameo_name || typeName(e.cameo)} · ${e.mode}`, 'meta'));
  li.append(el('div', e.evidence ? e.evidence.text : ''));
  const b = el('button', 'Evidence');
  b.type = 'button';
  b.addEventListener('click', () => openEvidence(e));
  li.append(b);
  return li;
}

function quoteEntry(q, a) {
  const li = el('li', '', 'quote ' + ((q.speaker_code || '').startsWith(a) ? 'dir-ab' : 'dir-ba'));
  li.append(el('div', `${q.article_id} · ${q.speaker_code}${q.speaker_name ? ' ' + q.speaker_name : ''} said`, 'meta'));
  li.append(el('div', `“${q.text}”`));
  return li;
}

/** Shows the log of actors `a` and `b` (codes or prefixes) under the other filters of `state`. */
export async function render(state) {
  const [a, b] = state.a && state.b ? [state.a, state.b] : (state.dyad || ':').split(':');
  document.getElementById('d-a').value = a || '';
  document.getElementById('d-b').value = b || '';
  const log = document.getElementById('dyad-log');
  if (!a || !b) {
    log.replaceChildren(el('li', 'Choose two actors, or set a dyad in the search bar.'));
    return;
  }
  const filter = { ...filterOf(state), dyad: `${a}:${b}` };
  const [events, qa, qb] = await Promise.all([
    get('/api/events', { ...filter, sort: 'date', size: 500 }),
    get('/api/quotes', { speaker: a, size: 500 }),
    get('/api/quotes', { speaker: b, size: 500 }),
  ]);
  const articles = new Set(events.events.map((e) => e.article_id));
  const quotes = [...qa.quotes, ...qb.quotes].filter((q) => articles.has(q.article_id));
  const items = [];
  for (const e of events.events) {
    items.push(entry(e, a));
    for (const q of quotes.filter((x) => x.article_id === e.article_id && !x.shown)) {
      q.shown = true;
      items.push(quoteEntry(q, a));
    }
  }
  log.replaceChildren(...(items.length ? items : [el('li', `No events between ${a} and ${b} for this filter.`)]));
  if (events.has_more) {
    log.append(el('li', `The first ${events.events.length} events; narrow the dates to see the rest.`));
  }
}

export function wire(update) {
  document.getElementById('dyad-form').addEventListener('submit', (e) => {
    e.preventDefault();
    update({ a: document.getElementById('d-a').value.trim().toUpperCase().split(/\s/)[0],
      b: document.getElementById('d-b').value.trim().toUpperCase().split(/\s/)[0] });
  });
}
