// Colours and symbols. Red and orange mark what a planner has to act on (blocked or narrow fire
// lanes, faulty hydrants, active blockages, old compounds); high-rises are dark and heavy rather than
// red so they stay apart from those; the rest stays in muted greys, blues and greens.

export const palette = {
  community: '#4a148c',
  grid: '#7e57c2',
  compoundOld: { color: '#ef6c00', fillColor: '#ffcc80' },
  compoundOther: { color: '#78909c', fillColor: '#cfd8dc' },
  highRise: { color: '#263238', fillColor: '#455a64' },
  buildingOther: { color: '#8d8378', fillColor: '#bcb3a6' },
  road: '#8a8a8a',
  laneBlocked: '#d50000',
  laneNarrowed: '#ff8f00',
  laneClear: '#2e7d32',
  hydrantOk: '#1565c0',
  hydrantFault: '#e53935',
  // Fires in dark reds apart from the hazards' triangles; event venues ringed in black around their level's colour.
  incident: '#6d4c41',
  incidentCasualties: '#880e4f',
  venueRing: '#212121',
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

// Fire lanes by state (GB 50016: 4 m clear width and height). Red for what stops a fire engine:
// solid where a blockage leaves under 4 m, dashed where the lane itself is too narrow or too low.
export const laneStyles = {
  blocked: { color: palette.laneBlocked, weight: 5, opacity: 0.95 },
  non_compliant: { color: palette.laneBlocked, weight: 4, opacity: 0.9, dashArray: '7 5' },
  narrowed: { color: palette.laneNarrowed, weight: 4.5, opacity: 0.95 },
  clear: { color: palette.laneClear, weight: 4, opacity: 0.85 },
  unknown: { color: '#9e9e9e', weight: 3, opacity: 0.85 },
};

// Blockages: a round badge (stations are square, triangle and diamond) with a white picture of
// the obstruction, in a colour per cause; what someone must go and remove, not the lane itself.
const badge = (fill, glyph) => ({
  size: 19,
  svg: svg(19, `<circle cx="10" cy="10" r="8.8" fill="${fill}" stroke="#fff" stroke-width="1.4"/>${glyph}`),
});
const line = (d, width = 1.5) => `<path d="${d}" fill="none" stroke="#fff" stroke-width="${width}" stroke-linecap="round" stroke-linejoin="round"/>`;

export const blockageSymbols = {
  parked_car: badge('#b71c1c', '<path fill="#fff" d="M4.6 13.2v-2.6l1.5-3.4c.2-.5.7-.8 1.2-.8h5.4c.5 0 1 .3 1.2.8l1.5 3.4v2.6z"/><circle cx="7" cy="13.6" r="1.3" fill="#fff"/><circle cx="13" cy="13.6" r="1.3" fill="#fff"/><path fill="#b71c1c" d="M7.2 10l.9-2h3.8l.9 2z"/>'),
  ebike: badge('#e65100', `${line('M6.3 13.2l2.6-5h3.2l1.6 5M8.9 8.2l-.8-1.6H6.9', 1.3)}<circle cx="6.3" cy="13.2" r="2.2" fill="none" stroke="#fff" stroke-width="1.3"/><circle cx="13.7" cy="13.2" r="2.2" fill="none" stroke="#fff" stroke-width="1.3"/><path fill="#fff" d="M10.6 9.4l1.4-2.6-.6 2z"/>`),
  stall: badge('#ad1457', '<path fill="#fff" d="M4.5 8.6 6 5.2h8l1.5 3.4zM6 9.6h8v4.6H6z"/><path fill="#ad1457" d="M8.6 11.2h2.8v3H8.6z"/>'),
  piled_goods: badge('#6d4c41', '<path fill="#fff" d="M4.8 10.4h4.7v4.2H4.8zM10.5 10.4h4.7v4.2h-4.7zM7.7 5.4h4.6v4.1H7.7z"/>'),
  fixed_barrier: badge('#00695c', `<rect x="5.4" y="5.6" width="2.4" height="8.8" rx="1.2" fill="#fff"/><rect x="12.2" y="5.6" width="2.4" height="8.8" rx="1.2" fill="#fff"/>${line('M7.8 8.4h4.4', 1.6)}`),
  overhead_cable: badge('#4527a0', line('M5 5.2v9.6M15 5.2v9.6M5 7.2c3 4.6 7 4.6 10 0')),
  construction: badge('#f57f17', '<path fill="#fff" d="M8.7 4.8h2.6l2.8 8.6H5.9z"/><path fill="#f57f17" d="M8.1 8.2h3.8l.5 1.6H7.6z"/><rect x="4.8" y="13.4" width="10.4" height="1.8" rx=".5" fill="#fff"/>'),
  other: badge('#546e7a', '<circle cx="6.4" cy="10" r="1.35" fill="#fff"/><circle cx="10" cy="10" r="1.35" fill="#fff"/><circle cx="13.6" cy="10" r="1.35" fill="#fff"/>'),
};

// A cleared blockage is history: small, grey, ticked.
export const clearedBlockageSymbol = {
  size: 15,
  svg: svg(15, `<circle cx="10" cy="10" r="8.5" fill="#9e9e9e" stroke="#fff" stroke-width="1.5" fill-opacity=".9"/>${line('M6 10.3l2.7 2.6L14 7.4', 2)}`),
};

export const roadWeights = { arterial: 3.5, secondary: 2.5, branch: 1.8, alley: 1.2, unknown: 1.2 };

// The radius tool: a violet search circle and magenta hits, hues no layer uses, so what the
// search found stands apart from what the layers say about it.
export const radiusColors = { circle: '#3d5afe', hit: '#d500f9' };

// The address search: a thick bright-cyan outline on a dark halo, which reads over light and dark
// fills alike and looks like no layer's style, and a pin of the same colours where a result has no
// shape on the map (a house number, a layer switched off).
export const searchColors = { outline: '#00e5ff', halo: '#004d57', fill: '#00e5ff', pin: '#00838f' };

// Risk levels, the four colours of 四色分级: 重大 red, 较大 orange, 一般 yellow, 低 blue; a compound
// without a score is outlined in grey and left unfilled.
export const riskColors = {
  major: { color: '#b71c1c', fillColor: '#e53935' },
  significant: { color: '#e65100', fillColor: '#fb8c00' },
  general: { color: '#c49000', fillColor: '#fdd835' },
  low: { color: '#0d47a1', fillColor: '#42a5f5' },
  unscored: { color: '#9e9e9e', fillColor: '#e0e0e0' },
};

// The contribution chart: likelihood and consequence in hues none of the four levels uses.
// The chart's bar for "the other factors" (a popup shows only the largest) is lighter still.
export const riskSideColors = { likelihood: '#7e57c2', consequence: '#00897b', baseline: '#9e9e9e', rest: '#cfd8dc' };

// Hazards (隐患): a warning triangle coloured by severity (重大 dark red, 一般 orange), a purple
// ring around it when it is past its deadline, a blue flag at its corner when it is under listed
// supervision (挂牌督办); a closed hazard is small and grey. Shapes, not only colours, carry the
// overdue and supervised marks, so they still read for colour-blind users.
export const hazardColors = { major: '#b71c1c', general: '#f57c00', closed: '#9e9e9e', overdue: '#6a1b9a', flag: '#1565c0' };

function hazardSvg(fill, overdue, supervised) {
  const ring = overdue ? `<circle cx="12" cy="12.5" r="10.6" fill="#fff" fill-opacity=".6" stroke="${hazardColors.overdue}" stroke-width="2.2"/>` : '';
  const triangle = `<path d="M12 4.6 19.6 18.2H4.4z" fill="${fill}" stroke="#fff" stroke-width="1.3" stroke-linejoin="round"/>`
    + '<rect x="11.1" y="8.6" width="1.8" height="5.4" rx=".8" fill="#fff"/><circle cx="12" cy="16" r="1.05" fill="#fff"/>';
  const flag = supervised
    ? `<path d="M18.2 9.5V1" stroke="#fff" stroke-width="2.6"/><path d="M18.2 9.5V1" stroke="#1a237e" stroke-width="1.3"/><path d="M18.8 1.2h4.8l-1.6 2.1 1.6 2.1h-4.8z" fill="${hazardColors.flag}" stroke="#fff" stroke-width=".8"/>`
    : '';
  return `<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24" aria-hidden="true">${ring}${triangle}${flag}</svg>`;
}

/** The hazard symbol of one class: severity ('major' | 'general'), overdue, supervised; or closed. */
export function hazardSymbol(severity, overdue, supervised) {
  if (severity === 'closed') return { size: 16, svg: hazardSvg(hazardColors.closed, false, false).replace(/width="24" height="24"/, 'width="16" height="16"') };
  return { size: 24, svg: hazardSvg(hazardColors[severity] ?? hazardColors.general, overdue, supervised) };
}
