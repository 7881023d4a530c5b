// Colours shared by the views.

/** Quad classes 1-4: verbal and material cooperation, verbal and material conflict. */
export const QUAD = {
  1: { label: 'Verbal cooperation', colour: '#74c476' },
  2: { label: 'Material cooperation', colour: '#238b45' },
  3: { label: 'Verbal conflict', colour: '#fd8d3c' },
  4: { label: 'Material conflict', colour: '#cb181d' },
};

/** A stable light colour for a country code (actor mentions in the reader). */
export function countryColour(code) {
  let h = 0;
  for (const ch of code || '???') {
    h = (h * 31 + ch.charCodeAt(0)) % 360;
  }
  return `hsl(${h}, 70%, 86%)`;
}

/** The colour of an edge: green when cooperation outweighs conflict, red otherwise. */
export function edgeColour(cooperation, conflict) {
  return cooperation >= conflict ? QUAD[2].colour : QUAD[4].colour;
}
