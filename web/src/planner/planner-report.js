// "上报占用": while on, a click on (or near) a fire lane opens the report form there. The service
// snaps the point to the nearest lane within 20 m; the form says beforehand which lane that will
// be, as far as the map can tell. From a lane's popup the form reports on that lane by id.
import * as L from '../shared/leaflet.js';
import { reportForm } from './blockage-forms.js';
import { formatNumber, t } from '../shared/i18n.js';
import { popupOptions } from '../map/overlays.js';
import { setPicking } from '../shared/side.js';

/** The service's snapping tolerance (BlockageCommands.SnapToleranceMeters), metres. */
export const snapMeters = 20;

const laneLabel = (p) => [p.code, p.name].filter(Boolean).join(' ');

/** The drawn lane nearest to `latlng`: { feature, meters }, or null when no lane is drawn. */
export function nearestLane(map, lanes, latlng) {
  const at = map.latLngToLayerPoint(latlng);
  let best = null;
  for (const layer of lanes?.getLayers() ?? []) {
    const latlngs = layer.getLatLngs();
    for (const line of L.LineUtil.isFlat(latlngs) ? [latlngs] : latlngs) {
      const points = line.map((ll) => map.latLngToLayerPoint(ll));
      for (let i = 1; i < points.length; i += 1) {
        const closest = L.LineUtil.closestPointOnSegment(at, points[i - 1], points[i]);
        const pixels = at.distanceTo(closest);
        if (!best || pixels < best.pixels) best = { layer, pixels, closest };
      }
    }
  }
  if (!best) return null;
  return { feature: best.layer.feature, meters: map.distance(latlng, map.layerPointToLatLng(best.closest)) };
}

export class ReportMode {
  /**
   * lanes(): the fire-lanes layer; submit(where, values) reports and resolves, or rejects with
   * the error for the form to show; onChange() is called when the mode turns on or off.
   */
  constructor(map, { lanes, submit, onChange }) {
    this._map = map;
    this._lanes = lanes;
    this._submit = submit;
    this._onChange = onChange;
    this.active = false;
    this._popup = null;
    map.on('click', (event) => {
      if (this.active) this.openForm(event.latlng.wrap());
    });
    document.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && this.active) this.stop();
    });
  }

  start() {
    if (this.active) return;
    this.active = true;
    setPicking(this._map, true);
    this._onChange();
  }

  stop() {
    this.closeForm();
    if (!this.active) return;
    this.active = false;
    setPicking(this._map, false);
    this._onChange();
  }

  closeForm() {
    if (this._popup) this._map.closePopup(this._popup);
    this._popup = null;
  }

  /** Opens the form at `latlng`; with `lane` (a lane feature) the report names that lane. */
  openForm(latlng, lane = null) {
    let where;
    let laneText;
    if (lane) {
      where = { laneId: String(lane.id) };
      laneText = t('report.lane', { lane: laneLabel(lane.properties ?? {}) });
    } else {
      where = { point: { lon: latlng.lng, lat: latlng.lat } };
      const nearest = nearestLane(this._map, this._lanes(), latlng);
      laneText = nearest && nearest.meters <= snapMeters
        ? t('report.laneNear', { lane: laneLabel(nearest.feature.properties ?? {}), d: formatNumber(nearest.meters, 0) })
        : t('report.noLane');
    }
    const form = reportForm(laneText, {
      onSubmit: async (values) => {
        await this._submit(where, values);
        this.stop();
      },
      onCancel: () => this.stop(),
      // Re-lays the popup out (the same form element, so what was typed stays) and pans it into view.
      onResize: () => popup.update(),
    });
    this.closeForm();
    const popup = L.popup({ ...popupOptions(), className: 'fm-report-popup' }).setLatLng(latlng).setContent(form.element);
    popup.on('remove', () => {
      if (this._popup === popup) this._popup = null;
    });
    this._popup = popup.openOn(this._map);
    form.focus();
  }

  /** For the test hook: whether the form is open. */
  formOpen() {
    return this._popup != null && this._map.hasLayer(this._popup);
  }
}
