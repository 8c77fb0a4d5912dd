// What each REST layer looks like. Every feature is put in one "class" (old compound,
// high-rise, narrow lane, a place category...); the class gives both its map style and its
// legend entry, so the legend can never disagree with the map.
import { t } from '../shared/i18n.js';
import { compoundLaneText } from '../planner/lane-summary.js';
import { scoreText, withRiskLevels } from '../risk/risk-api.js';
import { riskLevelLabel } from '../risk/risk-level.js';
import { codeLabel } from '../shared/vocabulary.js';
import {
  blockageSymbols, categoryColors, clearedBlockageSymbol, hazardSymbol, laneStyles, palette, riskColors, roadWeights, stationSymbols,
} from './styles.js';

const area = (colors, extra = {}) => ({ weight: 1, fillOpacity: 0.55, ...colors, ...extra });
const dot = (fillColor, radius) => ({ radius, fillColor, color: '#fff', weight: 1, fillOpacity: 0.95 });
const known = (map, value) => (value in map ? value : 'unknown');
// A legend label is a function, so it follows the language switch; the class 'unknown' gathers
// codes the map has no style for and shows the list's fallback text.
const label = (list, code) => () => codeLabel(list, code === 'unknown' ? null : code);
// A lane state's legend row adds what the state means ("堵塞：剩余宽度 < 4 米").
const laneLabel = (status) => (status === 'unknown' ? label('fireLaneStatus', status)
  : () => t(`legend.lane.${status}`, { label: codeLabel('fireLaneStatus', status) }));

// High-rise and the 4 m lane rule come from GB 50016; the Api derives is_high_rise from it.
export const fireLaneMinWidth = 4;

// Hazard classes: severity, then whether past the deadline and under listed supervision; closed
// hazards are one grey class. The legend row names all three, each from the vocabulary or i18n.
const hazardClasses = {};
for (const severity of ['major', 'general']) {
  for (const overdue of [false, true]) {
    for (const supervised of [false, true]) {
      const key = `${severity}${overdue ? '-overdue' : ''}${supervised ? '-supervised' : ''}`;
      hazardClasses[key] = {
        symbol: hazardSymbol(severity, overdue, supervised),
        label: () => [codeLabel('hazardSeverity', severity), overdue ? t('hazard.overdue') : null,
          supervised ? t('hazard.supervised') : null].filter(Boolean).join(' · '),
      };
    }
  }
}
hazardClasses.closed = { symbol: hazardSymbol('closed'), label: () => codeLabel('hazardStatus', 'closed') };

/** The class of a hazard feature (its properties from the layer or a GraphQL node turned into them). */
export function hazardClass(p) {
  if (p.status === 'closed') return 'closed';
  const severity = p.severity === 'major' ? 'major' : 'general';
  return `${severity}${p.overdue ? '-overdue' : ''}${p.supervised ? '-supervised' : ''}`;
}

// `tiles` names the vector-tile layer a definition is drawn from when the service says it is large
// (see vector-tiles.js). Fire lanes, hazards and the risk layer stay GeoJSON whatever their size:
// the planner's lane summary, the hazard desk and the risk ranking read every feature.
export const layerDefinitions = [
  {
    // Off until the hazard panel is opened (or the switcher turns it on).
    name: 'hazards', geometry: 'icon', defaultOn: false, zIndex: 495,
    classify: hazardClass,
    classes: hazardClasses,
    tooltip: (p) => [p.code, codeLabel('hazardCategory', p.category), codeLabel('hazardStatus', p.status),
      p.overdue ? t('hazard.daysOverdue', { n: p.days_overdue ?? 0 }) : null].filter(Boolean).join(' · '),
  },
  {
    name: 'fire-lanes', geometry: 'line', defaultOn: true, zIndex: 460,
    // The state the service derives from the lane's size and its active blockages.
    classify: (p) => known(laneStyles, p.status),
    classes: Object.fromEntries(Object.entries(laneStyles)
      .map(([status, style]) => [status, { label: laneLabel(status), style }])),
    tooltip: (p) => `${p.name ?? p.code ?? ''} · ${codeLabel('fireLaneStatus', p.status)}`,
  },
  {
    // What the layer holds is chosen by the planner's date filter (active only by default).
    name: 'blockages', geometry: 'icon', defaultOn: true, zIndex: 490,
    classify: (p) => (p.active === false ? 'cleared' : p.cause in blockageSymbols ? p.cause : 'other'),
    classes: {
      ...Object.fromEntries(Object.entries(blockageSymbols)
        .map(([cause, symbol]) => [cause, { label: label('blockageCause', cause), symbol }])),
      cleared: { label: 'legend.blockageCleared', symbol: clearedBlockageSymbol },
    },
    tooltip: (p) => [codeLabel('blockageCause', p.cause), p.compound_name].filter(Boolean).join(' · '),
  },
  {
    // Fires where the record has a place (every incident has a point), off until switched on; those with casualties stand out.
    // Switched on from the dashboard's registers, not the layer switcher: that stack has no room left.
    name: 'incidents', geometry: 'circle', defaultOn: false, zIndex: 485, switcher: false,
    classify: (p) => (p.casualties > 0 ? 'casualties' : 'fire'),
    classes: {
      casualties: { label: 'legend.incidentCasualties', style: dot(palette.incidentCasualties, 6) },
      fire: { label: 'legend.incident', style: dot(palette.incident, 4.5) },
    },
    tooltip: (p) => [codeLabel('incidentCause', p.cause), p.occurred_at ? String(p.occurred_at).slice(0, 10) : null].filter(Boolean).join(' · '),
  },
  {
    // Venues of holidays' and major events' duty, by their risk assessment; off until switched on.
    name: 'event-venues', geometry: 'circle', defaultOn: false, zIndex: 486, switcher: false,
    classify: (p) => (p.risk_level in riskColors && p.risk_level !== 'unscored' ? p.risk_level : 'unassessed'),
    classes: {
      ...Object.fromEntries(['major', 'significant', 'general', 'low'].map((level) => [level, {
        label: () => t('legend.venueLevel', { level: riskLevelLabel(level) }),
        style: { ...dot(riskColors[level].fillColor, 6), color: palette.venueRing, weight: 2 },
      }])),
      unassessed: { label: 'legend.venueUnassessed', style: { ...dot('#9e9e9e', 6), color: palette.venueRing, weight: 2 } },
    },
    tooltip: (p) => [p.venue_name, p.event_name].filter(Boolean).join(' · '),
  },
  {
    name: 'stations', geometry: 'icon', defaultOn: true, zIndex: 500,
    classify: (p) => known(stationSymbols, p.kind),
    classes: Object.fromEntries(Object.entries(stationSymbols)
      .map(([kind, symbol]) => [kind, { label: label('stationKind', kind), symbol }])),
    tooltip: (p) => p.name,
  },
  {
    name: 'hydrants', geometry: 'circle', defaultOn: true, zIndex: 470,
    classify: (p) => (p.status === 'fault' ? 'fault' : p.status === 'ok' ? 'ok' : 'unknown'),
    classes: {
      ok: { label: label('hydrantStatus', 'ok'), style: dot(palette.hydrantOk, 3) },
      fault: { label: label('hydrantStatus', 'fault'), style: dot(palette.hydrantFault, 4.5) },
      unknown: { label: label('hydrantStatus', 'unknown'), style: dot('#9e9e9e', 3.5) },
    },
  },
  {
    name: 'places', geometry: 'circle', defaultOn: true, zIndex: 480, tiles: 'places',
    classify: (p) => known(categoryColors, p.category),
    classes: Object.fromEntries(Object.entries(categoryColors)
      .map(([category, color]) => [category, { label: label('placeCategory', category), style: dot(color, 5) }])),
    // Colour alone cannot tell 20 categories apart; the hover names the place and its kind.
    tooltip: (p) => (p.name ? `${p.name} · ${codeLabel('placeCategory', p.category)}` : null),
  },
  {
    name: 'buildings', geometry: 'area', defaultOn: true, zIndex: 420, tiles: 'buildings',
    // Below the tiles' detail zoom a building is a few pixels wide: its outline adds nothing to be
    // seen, and stroking tens of thousands of them doubled the drawing of a city view.
    fillOnlyBelowDetail: true,
    classify: (p) => (p.is_high_rise ? 'highRise' : 'other'),
    classes: {
      highRise: { label: 'legend.highRise', style: area(palette.highRise, { fillOpacity: 0.85 }) },
      other: { label: 'legend.buildingOther', style: area(palette.buildingOther, { weight: 0.8 }) },
    },
  },
  {
    // The compounds again, filled by the level of the latest risk run (四色分级); the risk panel
    // turns it on. `source` is the endpoint it is read from, `enrich` joins the levels in.
    name: 'risk', source: 'compounds', enrich: withRiskLevels, geometry: 'area', defaultOn: false, zIndex: 415,
    classify: (p) => (p.risk_level in riskColors ? p.risk_level : 'unscored'),
    classes: Object.fromEntries(Object.entries(riskColors).map(([level, colors]) => [level, {
      label: () => riskLevelLabel(level),
      style: level === 'unscored' ? { ...colors, weight: 1, dashArray: '3 3', fill: false } : area(colors, { weight: 1.5, fillOpacity: 0.7 }),
    }])),
    tooltip: (p) => [p.name, riskLevelLabel(p.risk_level),
      p.risk_score == null ? null : t('risk.score', { v: scoreText(p.risk_score) })].filter(Boolean).join(' · '),
  },
  {
    name: 'compounds', geometry: 'area', defaultOn: true, zIndex: 410, tiles: 'compounds',
    classify: (p) => (p.is_old ? 'old' : 'other'),
    classes: {
      old: { label: 'legend.compoundOld', style: area(palette.compoundOld, { weight: 1.5, dashArray: '5 3' }) },
      other: { label: 'legend.compoundOther', style: area(palette.compoundOther, { fillOpacity: 0.45 }) },
    },
    // Old compounds and blocked lanes are the planner's first filters: the hover says both.
    tooltip: (p) => [p.name, p.is_old ? t('legend.compoundOld') : null, compoundLaneText(p.code)]
      .filter(Boolean).join(' · ') || null,
  },
  {
    name: 'roads', geometry: 'line', defaultOn: true, zIndex: 450,
    classify: (p) => known(roadWeights, p.road_class),
    classes: Object.fromEntries(Object.entries(roadWeights).map(([roadClass, weight]) => [roadClass, {
      label: label('roadClass', roadClass), style: { color: palette.road, weight, opacity: 0.9 },
    }])),
  },
  {
    name: 'grids', geometry: 'area', defaultOn: false, zIndex: 430,
    classify: () => 'grid',
    classes: {
      grid: { label: 'legend.grid', style: { color: palette.grid, weight: 1, dashArray: '4 4', fill: false } },
    },
  },
  {
    name: 'communities', geometry: 'area', defaultOn: true, zIndex: 440,
    classify: () => 'community',
    // Outline only: a fill would swallow clicks meant for the compounds and buildings inside.
    classes: {
      community: {
        label: 'legend.community',
        style: { color: palette.community, weight: 2.5, opacity: 0.85, fill: false },
      },
    },
    label: (p) => p.name,
  },
];
