// Colours and symbols. Red and orange mark what a planner has to act on (narrow fire lanes,
// faulty hydrants, active blockages, old compounds); high-rises are dark and heavy rather than
// red so they stay apart from those; the rest stays in muted greys, blues and greens.

export const palette = {
  community: '#4a148c',
  grid: '#7e57c2',
  compoundOld: { color: '#ef6c00', fillColor: '#ffcc80' },
  compoundOther: { color: '#78909c', fillColor: '#cfd8dc' },
  highRise: { color: '#263238', fillColor: '#455a64' },
  buildingOther: { color: '#8d8378', fillColor: '#bcb3a6' },
  road: '#8a8a8a',
  laneNarrow: '#d50000',
  laneOk: '#2e7d32',
  hydrantOk: '#1565c0',
  hydrantFault: '#e53935',
};

// Grouped by kind of risk so neighbouring hues mean related things: warm for crowded places,
// blues and purples for vulnerable people, browns and greys for storage and industry.
export const categoryColors = {
  hotel: '#e53935', restaurant: '#fb8c00', market: '#f4511e', mall: '#d81b60',
  entertainment: '#ab47bc', escape_room: '#6a1b9a', school: '#1e88e5', hospital: '#00897b',
  elderly_care: '#3949ab', epidemic_site: '#9e9d24', cultural_heritage: '#6d4c41',
  express_delivery: '#00acc1', logistics_warehouse: '#546e7a', clean_room_factory: '#4dd0e1',
  factory: '#795548', warehouse: '#a1887f', ebike_charging: '#43a047', energy_storage: '#fdd835',
  group_rental: '#ff8a65', three_in_one: '#c62828', unknown: '#9e9e9e',
};

// Shapes rather than colours tell the three kinds of fire force apart, so they still read for
// colour-blind users and in a grey printout: square, triangle, diamond.
const svg = (size, body) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 20 20" aria-hidden="true">${body}</svg>`;

const flame = '<path fill="#fff" d="M10 3.5c.6 2.4 3.6 3.9 3.6 7.2a3.6 3.6 0 0 1-7.2 0c0-1.6.8-2.6 1.7-3.5 0 1.2.5 2 1.3 2.2-.3-2.1.2-4.1.6-5.9z"/>';

export const stationSymbols = {
  fire_station: { size: 22, svg: svg(22, `<rect x="1.5" y="1.5" width="17" height="17" rx="2.5" fill="#c62828" stroke="#fff" stroke-width="1.5"/>${flame}`) },
  micro_station: { size: 17, svg: svg(17, '<path d="M10 1.8 18.6 17.5H1.4z" fill="#ef6c00" stroke="#fff" stroke-width="1.5" stroke-linejoin="round"/>') },
  volunteer_team: { size: 15, svg: svg(15, '<path d="M10 1.5 18.5 10 10 18.5 1.5 10z" fill="#2e7d32" stroke="#fff" stroke-width="1.5" stroke-linejoin="round"/>') },
  unknown: { size: 16, svg: svg(16, '<circle cx="10" cy="10" r="8" fill="#757575" stroke="#fff" stroke-width="1.5"/>') },
};

// A "no entry" sign: the obstruction itself, not the lane, is what someone must go and clear.
export const blockageSymbol = {
  size: 15,
  svg: svg(15, '<circle cx="10" cy="10" r="8.5" fill="#b71c1c" stroke="#fff" stroke-width="1.5"/><rect x="4.5" y="8.3" width="11" height="3.4" rx=".6" fill="#fff"/>'),
};

export const roadWeights = { arterial: 3.5, secondary: 2.5, branch: 1.8, alley: 1.2, unknown: 1.2 };

// The radius tool: a violet search circle and magenta hits, hues no layer uses, so what the
// search found stands apart from what the layers say about it.
export const radiusColors = { circle: '#3d5afe', hit: '#d500f9' };
