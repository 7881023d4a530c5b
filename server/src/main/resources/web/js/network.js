// Actor network (Cytoscape + fcose): actors as nodes, events between them as weighted edges,
// green for mostly cooperation and red for mostly conflict. Choosing a node filters by it.
import { get } from './api.js';
import { edgeColour } from './colours.js';
import { networkRequest } from './requests.js';
import { update } from './state.js';

let cy = null;

function nodesAndEdges(edges) {
  const nodes = new Map();
  const add = (code, name, events) => {
    const n = nodes.get(code) || { code, name, events: 0 };
    n.events += events;
    n.name = n.name || name;
    nodes.set(code, n);
  };
  for (const e of edges) {
    add(e.source, e.source_name, e.events);
    add(e.target, e.target_name, e.events);
  }
  return [...nodes.values()];
}

/** Draws the network for `state`; resolves once it is laid out. */
export async function render(state) {
  const data = await get(...networkRequest(state));
  const nodes = nodesAndEdges(data.edges);
  const max = Math.max(1, ...nodes.map((n) => n.events));
  const maxEdge = Math.max(1, ...data.edges.map((e) => e.events));
  const elements = [
    ...nodes.map((n) => ({ data: { id: n.code, label: n.code, size: 18 + 30 * Math.sqrt(n.events / max) } })),
    ...data.edges.map((e) => ({
      data: {
        id: e.source + '>' + e.target, source: e.source, target: e.target,
        width: 1 + 7 * Math.sqrt(e.events / maxEdge), colour: edgeColour(e.cooperation, e.conflict),
      },
    })),
  ];
  if (!cy) {
    if (window.cytoscapeFcose) {
      cytoscape.use(window.cytoscapeFcose);
    }
    cy = cytoscape({
      container: document.getElementById('network'),
      style: [
        { selector: 'node', style: { label: 'data(label)', width: 'data(size)', height: 'data(size)',
          'background-color': '#1f4e79', color: '#1b1f24', 'font-size': 10, 'text-valign': 'bottom',
          'text-margin-y': 2 } },
        { selector: 'node.chosen', style: { 'background-color': '#ffbf47', 'border-width': 2, 'border-color': '#000' } },
        { selector: 'edge', style: { width: 'data(width)', 'line-color': 'data(colour)', 'target-arrow-color': 'data(colour)',
          'target-arrow-shape': 'triangle', 'curve-style': 'bezier', opacity: 0.8 } },
      ],
      wheelSensitivity: 0.3,
    });
    cy.on('tap', 'node', (e) => update({ actor: e.target.id() }));
  }
  cy.elements().remove();
  cy.add(elements);
  if (state.actor && cy.getElementById(state.actor).length) {
    cy.getElementById(state.actor).addClass('chosen');
  }
  await layout(nodes.length);
  chips(nodes, state);
}

function layout(count) {
  return new Promise((resolve) => {
    if (count === 0) {
      resolve();
      return;
    }
    const l = cy.layout({ name: window.cytoscapeFcose ? 'fcose' : 'cose', animate: false, randomize: true,
      quality: count > 60 ? 'draft' : 'default', numIter: 1000, nodeRepulsion: 8000, idealEdgeLength: 90,
      padding: 20 });
    l.one('layoutstop', () => resolve());
    l.run();
  });
}

/** The actors as buttons too, so the network can be used from the keyboard. */
function chips(nodes, state) {
  const box = document.getElementById('network-actors');
  box.replaceChildren(...nodes.sort((a, b) => b.events - a.events).slice(0, 30).map((n) => {
    const b = document.createElement('button');
    b.type = 'button';
    b.textContent = `${n.code} (${n.events})`;
    b.title = (n.name ? n.name + ': ' : '') + 'filter by this actor';
    b.setAttribute('aria-pressed', String(state.actor === n.code));
    b.addEventListener('click', () => update({ actor: state.actor === n.code ? null : n.code }));
    return b;
  }));
}

/** Fits the drawing to its box again (after its tab was hidden). */
export function resize() {
  if (cy) {
    cy.resize();
    cy.fit(undefined, 20);
  }
}
