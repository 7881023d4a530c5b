// Timeline (Chart.js): events per day or week stacked by quad class, mean Goldstein as a line.
// Dragging across the bars sets the date filter of every view; a click selects one bar.
import { get } from './api.js';
import { QUAD } from './colours.js';
import { timelineRequest } from './requests.js';
import { update } from './state.js';

let chart = null;
let points = [];
let interval = 'day';

/** Draws the timeline for `state`; resolves once the chart is on the canvas. */
export async function render(state) {
  interval = state.interval === 'week' ? 'week' : 'day';
  document.getElementById('t-interval').value = interval;
  const data = await get(...timelineRequest(state));
  points = data.points;
  draw(state);
  const total = points.reduce((n, p) => n + p.events, 0);
  document.getElementById('timeline-summary').textContent = points.length
    ? `${total.toLocaleString('en')} events dated to a day, ${points[0].date} to ${points[points.length - 1].date}`
      + (state.from || state.to ? `; chosen: ${state.from || '…'} to ${state.to || '…'}` : '')
    : 'No events dated to a day for this filter.';
}

function draw(state) {
  const labels = points.map((p) => p.date);
  const chosen = (d) => (!state.from || d >= weekStart(state.from)) && (!state.to || d <= state.to);
  const datasets = [1, 2, 3, 4].map((q) => ({
    type: 'bar',
    label: QUAD[q].label,
    data: points.map((p) => p.quad_class[q]),
    backgroundColor: points.map((p) => (chosen(p.date) ? QUAD[q].colour : QUAD[q].colour + '55')),
    stack: 'events',
    yAxisID: 'y',
    order: 2,
  }));
  datasets.push({
    type: 'line',
    label: 'Mean Goldstein',
    data: points.map((p) => p.mean_goldstein),
    borderColor: '#1f4e79',
    backgroundColor: '#1f4e79',
    pointRadius: points.length > 60 ? 0 : 2,
    borderWidth: 1.5,
    yAxisID: 'g',
    order: 1,
  });
  if (chart) {
    chart.data.labels = labels;
    chart.data.datasets = datasets;
    chart.update('none');
    return;
  }
  chart = new Chart(document.getElementById('timeline'), {
    data: { labels, datasets },
    options: {
      animation: false,
      maintainAspectRatio: false,
      interaction: { mode: 'index', intersect: false },
      scales: {
        x: { stacked: true, ticks: { maxTicksLimit: 12 } },
        y: { stacked: true, beginAtZero: true, title: { display: true, text: 'events' } },
        g: { position: 'right', min: -10, max: 10, grid: { drawOnChartArea: false },
          title: { display: true, text: 'Goldstein' } },
      },
      plugins: { legend: { position: 'bottom', labels: { boxWidth: 12 } } },
    },
  });
}

/** The day a week that holds `day` starts on, for weekly bars (Monday, as the server counts). */
function weekStart(day) {
  if (interval !== 'week') {
    return day;
  }
  const d = new Date(day + 'T00:00:00Z');
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
}

function lastDay(index) {
  const start = points[index].date;
  if (interval !== 'week') {
    return start;
  }
  const d = new Date(start + 'T00:00:00Z');
  d.setUTCDate(d.getUTCDate() + 6);
  return d.toISOString().slice(0, 10);
}

function indexAt(x) {
  const scale = chart.scales.x;
  const i = Math.round(scale.getValueForPixel(x));
  return Math.max(0, Math.min(points.length - 1, i));
}

/** Arrow keys move a cursor over the bars, Shift widens the range, Enter chooses it, Escape drops it. */
function wireKeys(canvas, brush) {
  let anchor = null;
  let cursor = null;
  const say = document.getElementById('timeline-cursor');
  const show = () => {
    const [a, b] = [Math.min(anchor, cursor), Math.max(anchor, cursor)];
    const x = chart.scales.x;
    const half = points.length > 1 ? (x.getPixelForValue(1) - x.getPixelForValue(0)) / 2 : 10;
    brush.hidden = false;
    brush.style.left = (x.getPixelForValue(a) - half) + 'px';
    brush.style.width = (x.getPixelForValue(b) - x.getPixelForValue(a) + 2 * half) + 'px';
    const n = points.slice(a, b + 1).reduce((sum, p) => sum + p.events, 0);
    say.textContent = `${points[a].date}${b > a ? ' to ' + lastDay(b) : ''}: ${n} events. Enter chooses these dates.`;
  };
  canvas.addEventListener('keydown', (e) => {
    if (!chart || !points.length) {
      return;
    }
    const step = { ArrowRight: 1, ArrowLeft: -1, PageDown: 7, PageUp: -7 }[e.key];
    if (step) {
      e.preventDefault();
      cursor = cursor === null ? 0 : Math.max(0, Math.min(points.length - 1, cursor + step));
      if (!e.shiftKey || anchor === null) {
        anchor = cursor;
      }
      show();
    } else if (e.key === 'Enter' && cursor !== null) {
      e.preventDefault();
      const [a, b] = [Math.min(anchor, cursor), Math.max(anchor, cursor)];
      brush.hidden = true;
      say.textContent = '';
      update({ from: points[a].date, to: lastDay(b) });
    } else if (e.key === 'Escape') {
      anchor = cursor = null;
      brush.hidden = true;
      say.textContent = '';
    }
  });
  canvas.addEventListener('blur', () => {
    brush.hidden = true;
  });
}

/** Wires brushing on the canvas, the interval select and the "All dates" button. */
export function wire() {
  const canvas = document.getElementById('timeline');
  const brush = document.getElementById('brush');
  let startX = null;
  canvas.addEventListener('pointerdown', (e) => {
    if (!chart || !points.length) {
      return;
    }
    startX = e.offsetX;
    canvas.setPointerCapture(e.pointerId);
  });
  canvas.addEventListener('pointermove', (e) => {
    if (startX === null) {
      return;
    }
    const left = Math.min(startX, e.offsetX);
    brush.hidden = false;
    brush.style.left = left + 'px';
    brush.style.width = Math.abs(e.offsetX - startX) + 'px';
  });
  canvas.addEventListener('pointerup', (e) => {
    if (startX === null) {
      return;
    }
    const a = indexAt(Math.min(startX, e.offsetX));
    const b = indexAt(Math.max(startX, e.offsetX));
    startX = null;
    brush.hidden = true;
    update({ from: points[a].date, to: lastDay(b) });
  });
  wireKeys(canvas, brush);
  document.getElementById('t-interval').addEventListener('change', (e) => update({ interval: e.target.value }));
  document.getElementById('t-clear').addEventListener('click', () => update({ from: null, to: null }));
}
