// Per-compound fire-lane figures taken from the fire-lanes layer (worst lane state, active
// blockages), so a compound's hover and popup answer "can a fire engine get in?" without a click
// on every lane. Refreshed whenever the lanes layer is (re)loaded.
import { t } from '../shared/i18n.js';
import { codeLabel } from '../shared/vocabulary.js';

// Worst first, as the service orders them (fire_lane_states).
export const laneStatusOrder = ['blocked', 'non_compliant', 'narrowed', 'clear'];

let byCompound = new Map();

const rank = (status) => {
  const index = laneStatusOrder.indexOf(status);
  return index < 0 ? laneStatusOrder.length : index;
};

/** features: the fire-lanes layer's GeoJSON features (properties compound_code, status, active_blockages). */
export function summarizeLanes(features) {
  const next = new Map();
  for (const feature of features) {
    const p = feature.properties ?? {};
    if (p.compound_code == null) continue;
    const entry = next.get(p.compound_code) ?? { status: null, lanes: 0, activeBlockages: 0 };
    entry.lanes += 1;
    entry.activeBlockages += Number(p.active_blockages) || 0;
    if (entry.status == null || rank(p.status) < rank(entry.status)) entry.status = p.status;
    next.set(p.compound_code, entry);
  }
  byCompound = next;
}

/** { status, lanes, activeBlockages } of the compound's lanes, or null when it has none. */
export function compoundLanes(code) {
  return byCompound.get(code) ?? null;
}

/** "堵塞 · 未清除占用 2 处" for a compound, or null when it has no fire lanes. */
export function compoundLaneText(code) {
  const lanes = compoundLanes(code);
  if (!lanes) return null;
  const status = t('planner.compoundLanes', { status: codeLabel('fireLaneStatus', lanes.status) });
  return lanes.activeBlockages > 0
    ? `${status} · ${t('planner.blockages', { n: lanes.activeBlockages })}`
    : status;
}
