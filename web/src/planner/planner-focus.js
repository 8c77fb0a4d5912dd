// Taking the planner to what a list row names: a compound (outlined, the map fitted to it) or a
// blockage (centred, its popup open).
import * as L from '../shared/leaflet.js';

const focusZoom = 17;
const highlightPane = 'fm-planner-highlight';

export class PlannerFocus {
  /** blockages(): the map's blockages layer. */
  constructor(map, blockages) {
    this._map = map;
    this._blockages = blockages;
    map.createPane(highlightPane).style.zIndex = '455'; // over compounds and buildings, under the lanes
    this._highlight = L.geoJSON(null, {
      pane: highlightPane, interactive: false, style: { color: '#1a237e', weight: 3.5, opacity: 0.9, fill: false },
    }).addTo(map);
  }

  /** Outlines a compound (GeoJSON geometry) and fits the map to it; null removes the outline. */
  compound(geometry) {
    this._highlight.clearLayers();
    if (!geometry) return;
    this._highlight.addData({ type: 'Feature', geometry, properties: {} });
    this._map.fitBounds(this._highlight.getBounds(), { padding: [40, 40], maxZoom: 18, animate: false });
  }

  /** Centres a blockage and opens its popup; without its marker on the map, centres `geometry`. */
  blockage(id, geometry = null) {
    const marker = this._blockages()?.getLayers().find((layer) => String(layer.feature?.id) === String(id));
    const [lon, lat] = geometry?.coordinates ?? [];
    const at = marker?.getLatLng() ?? (Number.isFinite(lat) ? L.latLng(lat, lon) : null);
    if (!at) return;
    this._map.setView(at, Math.max(this._map.getZoom(), focusZoom), { animate: false });
    if (marker && this._map.hasLayer(marker)) marker.openPopup();
  }
}
