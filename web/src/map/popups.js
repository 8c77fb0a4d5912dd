// Popup content: a few key properties per layer under readable labels. Built as DOM nodes, not
// HTML strings, so names and addresses from imported files can never inject markup. Built when
// the popup opens, so it is always in the language currently chosen.
import { formatNumber, formatTime, t } from '../shared/i18n.js';
import { compoundLanes } from '../planner/lane-summary.js';
import { fireLaneMinWidth } from './layers.js';
import { scoreText } from '../risk/risk-api.js';
import { riskLevelLabel } from '../risk/risk-level.js';
import { element } from '../shared/dom.js';
import { codeLabel } from '../shared/vocabulary.js';

const empty = (v) => v == null || v === '';
const text = (v) => (empty(v) ? null : String(v));
const unit = (key) => (v) => (empty(v) ? null : t(key, { v: formatNumber(Number(v)) }));
const meters = unit('value.meters');
const persons = unit('value.persons');
const yesNo = (v) => (typeof v === 'boolean' ? t(v ? 'value.yes' : 'value.no') : null);
const labelOf = (list) => (v) => (empty(v) ? null : codeLabel(list, v));
const field = (name, format = text) => (p) => format(p[name]);
const time = (v) => (empty(v) ? null : formatTime(v));

const compliance = (p) => {
  const width = Number(p.clear_width_m);
  const height = Number(p.clear_height_m);
  if (empty(p.clear_width_m) || empty(p.clear_height_m)) return null;
  return t(width >= fireLaneMinWidth && height >= fireLaneMinWidth ? 'value.compliant' : 'value.nonCompliant');
};

const rows = {
  communities: [['field.code', field('code')]],
  grids: [['field.community', field('community_code')], ['field.code', field('code')]],
  compounds: [
    ['field.address', field('address')],
    ['field.isOld', field('is_old', yesNo)],
    ['field.propertyManagement', (p) => (typeof p.has_property_management === 'boolean'
      ? t(p.has_property_management ? 'value.managed' : 'value.unmanaged') : null)],
    ['field.builtYear', field('built_year')],
    ['field.buildingCount', field('building_count', unit('value.buildings'))],
    ['field.laneStatus', (p) => (compoundLanes(p.code) ? codeLabel('fireLaneStatus', compoundLanes(p.code).status) : null)],
    ['field.activeBlockages', (p) => (compoundLanes(p.code) ? t('value.count', { v: compoundLanes(p.code).activeBlockages }) : null)],
    ['field.code', field('code')],
  ],
  buildings: [
    ['field.address', field('address')],
    ['field.useClass', field('use_class', labelOf('useClass'))],
    ['field.floors', field('floors', unit('value.floors'))],
    ['field.height', field('height_m', meters)],
    ['field.highRise', field('is_high_rise', yesNo)],
    ['field.occupants', field('occupants', persons)],
    ['field.builtYear', field('built_year')],
    ['field.code', field('code')],
  ],
  places: [
    ['field.category', field('category', labelOf('placeCategory'))],
    ['field.address', field('address')],
    ['field.capacity', field('capacity', persons)],
    ['field.code', field('code')],
  ],
  stations: [
    ['field.kind', field('kind', labelOf('stationKind'))],
    ['field.address', field('address')],
    ['field.staff', field('staff', persons)],
    ['field.vehicles', field('vehicles', unit('value.vehicles'))],
    ['field.code', field('code')],
  ],
  hydrants: [
    ['field.status', field('status', labelOf('hydrantStatus'))],
    ['field.kind', field('kind', labelOf('hydrantKind'))],
    ['field.address', field('address')],
  ],
  roads: [['field.roadClass', field('road_class', labelOf('roadClass'))], ['field.code', field('code')]],
  risk: [
    ['risk.field.level', (p) => riskLevelLabel(p.risk_level)],
    ['risk.field.score', (p) => (empty(p.risk_score) ? null : t('risk.score', { v: scoreText(p.risk_score) }))],
    ['risk.field.rank', (p) => (empty(p.risk_rank) ? null : t('risk.rank', { n: p.risk_rank }))],
    ['field.address', field('address')],
    ['field.code', field('code')],
  ],
  'fire-lanes': [
    ['field.laneStatus', field('status', labelOf('fireLaneStatus'))],
    ['field.effectiveWidth', field('effective_width_m', meters)],
    ['field.activeBlockages', field('active_blockages', unit('value.count'))],
    ['field.clearWidth', field('clear_width_m', meters)],
    ['field.clearHeight', field('clear_height_m', meters)],
    ['field.compliance', compliance],
    ['field.compound', field('compound_code')],
    ['field.code', field('code')],
  ],
  hazards: [
    ['field.status', field('status', labelOf('hazardStatus'))],
    ['hazard.field.severity', field('severity', labelOf('hazardSeverity'))],
    ['field.category', field('category', labelOf('hazardCategory'))],
    ['hazard.field.deadline', field('deadline')],
    ['hazard.field.daysOverdue', (p) => (p.overdue ? t('hazard.days', { n: p.days_overdue ?? 0 }) : null)],
    ['hazard.field.supervised', field('supervised', yesNo)],
    ['hazard.field.responsibleUnit', field('responsible_unit')],
    ['field.compound', (p) => text(p.compound_name ?? p.compound_code)],
  ],
  incidents: [
    ['field.occurredAt', field('occurred_at', time)],
    ['field.cause', field('cause', labelOf('incidentCause'))],
    ['field.casualties', field('casualties', persons)],
    ['field.loss', field('loss_cny', unit('value.yuan'))],
    ['field.community', field('community_code')],
    ['field.code', field('code')],
  ],
  'event-venues': [
    ['field.event', field('event_name')],
    ['field.eventDays', (p) => (empty(p.starts_on) ? null : `${p.starts_on} – ${p.ends_on ?? ''}`)],
    ['field.inspectedOn', (p) => (empty(p.inspected_on) ? t('value.notInspected') : String(p.inspected_on))],
    ['field.riskAssessment', (p) => (empty(p.risk_level) ? t('value.notAssessed') : riskLevelLabel(p.risk_level))],
  ],
  blockages: [
    ['field.cause', field('cause', labelOf('blockageCause'))],
    ['field.status', (p) => (typeof p.active === 'boolean' ? t(p.active ? 'value.active' : 'value.cleared') : null)],
    ['field.remainingWidth', field('remaining_width_m', meters)],
    ['field.reportedAt', field('reported_at', time)],
    ['field.clearedAt', field('cleared_at', time)],
    ['field.note', field('note')],
    ['field.lane', field('lane_code')],
    ['field.compound', (p) => text(p.compound_name ?? p.compound_code)],
  ],
};

const titles = {
  hydrants: (p) => t('value.hydrantTitle', { code: p.code ?? '' }),
  blockages: (p) => t('value.blockageTitle', { code: p.code ?? '' }),
  hazards: (p) => t('hazard.popupTitle', { code: p.code ?? '' }),
  incidents: (p) => t('value.incidentTitle', { code: p.code ?? '' }),
  'event-venues': (p) => p.venue_name ?? '',
};

// Buttons other modules add to one layer's popups (e.g. "search around this station").
const actions = new Map();
// Blocks other modules add under one layer's fields (e.g. a compound's risk explained).
const sections = new Map();

/** build(feature) returns the nodes to append to the popup of that feature. */
export function addPopupAction(layerName, build) {
  actions.set(layerName, [...(actions.get(layerName) ?? []), build]);
}

/** build(feature) returns a node to put under the fields of that feature's popup, or null. */
export function addPopupSection(layerName, build) {
  sections.set(layerName, [...(sections.get(layerName) ?? []), build]);
}

/** The popup body for one feature of the named layer (the feature itself for its actions). */
export function popupContent(layerName, properties, feature = null) {
  const p = properties ?? {};
  const root = element('div', 'fm-popup');
  root.append(element('div', 'fm-popup-layer', t(`layer.${layerName}`)));
  const title = titles[layerName]?.(p) ?? p.name ?? p.code ?? '';
  root.append(element('h3', 'fm-popup-title', title));
  const list = element('dl', 'fm-popup-fields');
  for (const [label, value] of rows[layerName] ?? []) {
    const shown = value(p);
    if (shown == null) continue;
    list.append(element('dt', null, t(label)), element('dd', null, shown));
  }
  root.append(list);
  if (feature) root.append(...(sections.get(layerName) ?? []).map((build) => build(feature)).filter(Boolean));
  const buttons = feature ? (actions.get(layerName) ?? []).flatMap((build) => build(feature)) : [];
  if (buttons.length) {
    const bar = element('div', 'fm-popup-actions');
    bar.append(...buttons);
    root.append(bar);
  }
  return root;
}
