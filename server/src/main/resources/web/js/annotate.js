// Text with marked spans: overlapping and nested spans are split at every boundary, so each
// piece of text carries the classes of all spans over it.

/**
 * Fills `box` with `text`, marking `spans` ({start, end, cls, title?, colour?, id?}).
 * A piece under several spans gets all their classes and the titles joined.
 */
export function annotate(box, text, spans) {
  const valid = spans.filter((s) => Number.isInteger(s.start) && Number.isInteger(s.end)
    && s.start >= 0 && s.end <= text.length && s.start < s.end);
  const cuts = new Set([0, text.length]);
  for (const s of valid) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const parts = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i], points[i + 1]];
    const over = valid.filter((s) => s.start <= a && s.end >= b);
    const piece = text.slice(a, b);
    if (!over.length) {
      parts.push(document.createTextNode(piece));
      continue;
    }
    const el = document.createElement(over.some((s) => s.cls.includes('a-evidence')) ? 'mark' : 'span');
    el.className = over.map((s) => s.cls).join(' ');
    const titles = over.map((s) => s.title).filter(Boolean);
    if (titles.length) {
      el.title = titles.join('\n');
    }
    const coloured = over.find((s) => s.colour);
    if (coloured) {
      el.style.backgroundColor = coloured.colour;
    }
    const id = over.find((s) => s.id);
    if (id) {
      el.dataset.span = id.id;
    }
    parts.push(el);
    el.textContent = piece;
  }
  box.replaceChildren(...parts);
}

/** A {start, end} object of an API field, or null. */
export function spanOf(x) {
  return x && Number.isInteger(x.start) && Number.isInteger(x.end) ? { start: x.start, end: x.end } : null;
}

/** A definition list of `[label, value]` rows (values are text). */
export function facts(rows) {
  const dl = document.createElement('dl');
  dl.className = 'facts';
  for (const [label, value] of rows) {
    const dt = document.createElement('dt');
    dt.textContent = label;
    const dd = document.createElement('dd');
    dd.textContent = value === null || value === undefined || value === '' ? '—' : String(value);
    dl.append(dt, dd);
  }
  return dl;
}

/** An element `tag` with text and optional class. */
export function el(tag, text = '', cls = '') {
  const e = document.createElement(tag);
  if (text) {
    e.textContent = text;
  }
  if (cls) {
    e.className = cls;
  }
  return e;
}

export function actorLabel(a) {
  return a ? `${a.code}${a.name ? ' (' + a.name + ')' : ''} “${a.text || ''}”` : 'none';
}
