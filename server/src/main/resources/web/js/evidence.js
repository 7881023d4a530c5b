// Evidence view: one event in its article, with the supporting sentence highlighted and the
// trigger, source, target, time and place marked; the article's quotes and their speakers; the
// event's mode and confidence.
import { article } from './api.js';
import { actorLabel, annotate, el, facts, spanOf } from './annotate.js';
import { typeName } from './filters.js';
import { update } from './state.js';

/** The spans of event `e` for the annotator. */
export function eventSpans(e, times, current) {
  const spans = [];
  const push = (x, cls, title) => {
    const s = spanOf(x);
    if (s) {
      spans.push({ ...s, cls, title });
    }
  };
  push(e.evidence, current ? 'a-evidence a-current' : 'a-evidence', current ? 'evidence of the event' : '');
  push(e.trigger, 'a-trigger', 'trigger: ' + (e.trigger && e.trigger.text));
  push(e.source, 'a-source', 'source: ' + (e.source && e.source.code));
  push(e.target, 'a-target', 'target: ' + (e.target && e.target.code));
  push(e.place, 'a-place', 'place: ' + (e.place && e.place.name));
  for (const t of times || []) {
    if (e.evidence && t.start >= e.evidence.start && t.end <= e.evidence.end) {
      push(t, 'a-time', 'time: ' + t.value);
    }
  }
  return spans;
}

function quoteList(quotes) {
  const list = el('ul');
  for (const q of quotes) {
    const speaker = q.speaker ? `${q.speaker.code}${q.speaker.name ? ' ' + q.speaker.name : ''}` : 'no named speaker';
    list.append(el('li', `“${q.text}” — ${speaker}${q.cue ? ' (' + q.cue + ')' : ''}${q.kind ? ', ' + q.kind : ''}`));
  }
  return list;
}

/** Shows event `eventId` of article `articleId`. */
export async function render(articleId, eventId) {
  const box = document.getElementById('evidence');
  if (!articleId) {
    return;
  }
  box.replaceChildren(el('p', 'Loading…'));
  const a = await article(articleId);
  const e = (a.events || []).find((x) => x.id === eventId) || (a.events || [])[0];
  if (!e) {
    box.replaceChildren(el('p', `Article ${articleId} has no events.`));
    return;
  }
  const head = el('h3', `${e.source ? e.source.code : '?'} → ${e.target ? e.target.code : '—'}: `
    + `${e.cameo} ${e.cameo_name || typeName(e.cameo)}`);
  const info = facts([
    ['Article', `${a.title || a.id} (${[a.source, a.date || 'no date'].filter(Boolean).join(', ')})`],
    ['Source', actorLabel(e.source)],
    ['Target', actorLabel(e.target)],
    ['Trigger', e.trigger && e.trigger.text],
    ['Type', `${e.cameo} ${e.cameo_name || typeName(e.cameo)} · PLOVER ${e.plover || '—'} · quad class `
      + `${e.quad_class} · Goldstein ${e.goldstein}`],
    ['Mode', e.mode + (e.reported_by ? ` (reported by ${e.reported_by.code || e.reported_by})` : '')],
    ['Confidence', e.confidence],
    ['Time', `${e.date || 'no date'} (${e.date_basis === 'text' ? 'from the text' : 'publication date'})`],
    ['Place', e.place ? `${e.place.name}, ${e.place.country || '?'}` : null],
  ]);
  const text = el('div', '', 'article-text');
  text.id = 'evidence-text';
  annotate(text, a.text || '', eventSpans(e, a.times, true));
  const legend = el('p', 'Marked: the evidence sentence (yellow), trigger (bold), source (blue line), '
    + 'target (brown line), time (blue), place (green).', 'hint');
  const reader = el('button', 'Read the whole article with every annotation');
  reader.type = 'button';
  reader.addEventListener('click', () => update({ view: 'reader', article: articleId, event: null }));
  box.replaceChildren(head, info, reader, legend, text, el('h3', 'Quotes in the article'),
    (a.quotes || []).length ? quoteList(a.quotes) : el('p', 'No quotes.'));
  const mark = text.querySelector('.a-current');
  if (mark) {
    mark.scrollIntoView({ block: 'center' });
  }
}
