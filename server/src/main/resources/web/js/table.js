// Event table (Tabulator): a page of events at a time, sorted and paged by the API. Each row
// has a button that opens its evidence.
import { get } from './api.js';
import { typeName } from './filters.js';
import { eventsRequest, PAGE_SIZE } from './requests.js';
import { update } from './state.js';

let table = null;
let shown = {};
let firstDraw = null;

const SORTS = { date: 'date', goldstein: 'goldstein', confidence: 'confidence' };

function sortLabel(sorters) {
  const s = sorters && sorters[0];
  if (!s || !SORTS[s.field]) {
    return '-date';
  }
  if (s.field === 'confidence') {
    return '-confidence';
  }
  return (s.dir === 'desc' ? '-' : '') + SORTS[s.field];
}

function actor(a) {
  return a ? a.code + (a.name ? ' ' + a.name : '') : '';
}

function openButton(cell) {
  const e = cell.getRow().getData();
  const b = document.createElement('button');
  b.type = 'button';
  b.className = 'open-evidence';
  b.textContent = 'Evidence';
  b.setAttribute('aria-label', `Evidence for ${e.source ? e.source.code : '?'} ${e.cameo} `
    + `${e.target ? e.target.code : ''} on ${e.date || 'no date'}`);
  b.addEventListener('click', (ev) => {
    ev.stopPropagation();
    openEvidence(e);
  });
  return b;
}

/** Opens the evidence view of event `e` (an event of the API). */
export function openEvidence(e) {
  update({ view: 'evidence', article: e.article_id, event: e.id });
}

function create() {
  return new Tabulator('#events-table', {
    layout: 'fitColumns',
    height: '420px',
    pagination: true,
    paginationMode: 'remote',
    paginationSize: PAGE_SIZE,
    paginationSizeSelector: [25, 50, 100],
    sortMode: 'remote',
    ajaxURL: '/api/events',
    ajaxRequestFunc: (url, config, params) => get(...eventsRequest(shown, params.page, params.size,
      sortLabel(params.sort))).then((response) => ({
      // the API counts all matching events only when asked (costly on a big store): a page says
      // whether more follow, so the pager offers one page further than the last one seen
      last_page: response.has_more ? params.page + 1 : params.page,
      data: response.events,
    })),
    initialSort: [{ column: 'date', dir: 'desc' }],
    placeholder: 'No events for this filter',
    columns: [
      { title: '', field: 'open', formatter: openButton, headerSort: false, width: 95 },
      { title: 'Date', field: 'date', width: 105 },
      { title: 'Source', field: 'source', headerSort: false, formatter: (c) => actor(c.getValue()) },
      { title: 'Event', field: 'cameo', headerSort: false,
        formatter: (c) => c.getValue() + ' ' + (c.getRow().getData().cameo_name || typeName(c.getValue())) },
      { title: 'Target', field: 'target', headerSort: false, formatter: (c) => actor(c.getValue()) },
      { title: 'Mode', field: 'mode', headerSort: false, width: 100 },
      { title: 'Place', field: 'place', headerSort: false, formatter: (c) => (c.getValue() ? c.getValue().name : '') },
      { title: 'Goldstein', field: 'goldstein', width: 100, hozAlign: 'right' },
      { title: 'Conf.', field: 'confidence', width: 80, hozAlign: 'right' },
      { title: 'Trigger', field: 'trigger', headerSort: false, formatter: (c) => (c.getValue() ? c.getValue().text : '') },
    ],
  });
}

/** Wires the sort select (the same orders as the column headers, from the keyboard). */
export function wire() {
  document.getElementById('e-sort').addEventListener('change', (e) => {
    const [column, dir] = e.target.value.split(':');
    if (table) {
      table.setSort(column, dir);
    }
  });
}

/** Shows the first page of events for `state`; resolves when its rows are drawn. */
export function render(state) {
  shown = state;
  if (!table) {
    table = create();
    firstDraw = new Promise((resolve) => {
      table.on('dataProcessed', () => resolve());
      table.on('dataLoadError', () => resolve());
    });
    return firstDraw;
  }
  return table.setData();
}
