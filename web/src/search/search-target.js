// Taking the map to a search result: fly there at a zoom that suits what was matched, outline the
// matched feature when a layer holds it (the layers' feature ids are the GraphQL ids), and open
// its popup, or a popup of the result itself when no layer draws it.
import * as L from '../shared/leaflet.js';
import { enumLabel, formatNumber, t } from '../shared/i18n.js';
import { popupOptions } from '../map/overlays.js';
import { popupContent } from '../map/popups.js';
import { searchColors } from '../map/styles.js';
import { element } from '../shared/dom.js';

/** How close to come, by match level: a building fills the view, a community shows whole. */
export const levelZoom = { building: 18, place: 18, compound: 17, road_number: 17, road: 16, community: 15 };
/** The layer that draws each level's entities. Roads are found by name (they carry no id). */
const levelLayer = { building: 'buildings', place: 'places', compound: 'compounds', road: 'roads', community: 'communities' };
const pane = 'fm-search-highlight';
const flyMs = 4000; // give up waiting for the end of a flight after this long

const pin = L.divIcon({
  className: 'fm-search-pin',
  html: '<svg xmlns="http://www.w3.org/2000/svg" width="26" height="34" viewBox="0 0 26 34" aria-hidden="true">'
    + `<path d="M13 1C6.4 1 1.5 5.9 1.5 12.2 1.5 20.6 13 33 13 33s11.5-12.4 11.5-20.8C24.5 5.9 19.6 1 13 1z" fill="${searchColors.pin}" stroke="#fff" stroke-width="2"/>`
    + `<circle cx="13" cy="12.5" r="4.5" fill="${searchColors.outline}" stroke="#fff" stroke-width="1.5"/></svg>`,
  iconSize: [26, 34],
  iconAnchor: [13, 33],
});

/** The popup of a result no layer draws (a road, a house number): what matched, and how well. */
export function resultContent(candidate) {
  const root = element('div', 'fm-popup fm-search-popup');
  root.dataset.testid = 'search-result-popup';
  root.append(element('div', 'fm-popup-layer', t('search.resultLayer')), element('h3', 'fm-popup-title', candidate.name));
  const list = element('dl', 'fm-popup-fields');
  const rows = [
    ['search.levelLabel', enumLabel('matchLevel', candidate.level)],
    ['field.address', candidate.address !== candidate.name ? candidate.address : null],
    ['search.scoreLabel', candidate.score == null ? null : t('search.score', { v: formatNumber(candidate.score * 100, 0) })],
  ];
  for (const [label, value] of rows) {
    if (value) list.append(element('dt', null, t(label)), element('dd', null, value));
  }
  root.append(list);
  return root;
}

export class SearchTarget {
  /** overlay(name): the map's GeoJSON layer of that name. */
  constructor(map, overlay) {
    this._map = map;
    this._overlay = overlay;
    map.createPane(pane).style.zIndex = '466'; // over areas and lanes, under hydrants and places
    this._highlight = L.layerGroup().addTo(map);
    this._pin = L.marker([0, 0], { icon: pin, interactive: false, keyboard: false, zIndexOffset: 900 });
    this._shown = null;
    this._popup = null;
  }

  /**
   * Flies to the candidate, outlines what matched and, once there, opens its popup unless
   * `stillWanted()` says a newer search has taken over meanwhile. Resolves when that is done.
   */
  async show(candidate, stillWanted = () => true) {
    this.clear();
    const at = L.latLng(candidate.lat, candidate.lon);
    const features = this._features(candidate);
    const layerName = levelLayer[candidate.level] ?? null;
    for (const feature of features) this._outline(feature);
    if (features.length === 0) this._pin.setLatLng(at).addTo(this._map);
    const zoom = levelZoom[candidate.level] ?? 17;
    this._shown = { level: candidate.level, id: candidate.id, lon: candidate.lon, lat: candidate.lat, zoom,
      layer: features.length ? layerName : null, ids: features.map((f) => String(f.feature?.id ?? '')) };
    await this._fly(at, zoom);
    if (!stillWanted()) return;
    const feature = candidate.level === 'road' ? null : features[0];
    if (feature && this._map.hasLayer(feature)) {
      feature.openPopup(at);
      return;
    }
    // The layer is switched off, or nothing draws this level: the same facts, in a popup of its own.
    const content = feature ? popupContent(layerName, feature.feature.properties) : resultContent(candidate);
    this._popup = L.popup(popupOptions()).setLatLng(at).setContent(content).openOn(this._map);
  }

  /** Removes the outline, the pin and a popup the search opened. */
  clear() {
    this._highlight.clearLayers();
    this._pin.remove();
    if (this._popup && this._map.hasLayer(this._popup)) this._map.closePopup(this._popup);
    for (const id of this._shown?.ids ?? []) {
      const feature = this._find(this._shown.layer, id);
      if (feature?.isPopupOpen()) feature.closePopup();
    }
    this._popup = null;
    this._shown = null;
  }

  /** For the test hook: what is shown and how many shapes outline it. */
  state() {
    return this._shown ? { ...this._shown, outlined: this._highlight.getLayers().length / 2,
      pinned: this._map.hasLayer(this._pin) } : null;
  }

  _find(layerName, id) {
    return this._overlay(layerName)?.getLayers().find((layer) => String(layer.feature?.id) === id) ?? null;
  }

  _features(candidate) {
    const layerName = levelLayer[candidate.level];
    if (!layerName) return [];
    if (candidate.level === 'road') {
      return (this._overlay('roads')?.getLayers() ?? []).filter((layer) => layer.feature?.properties?.name === candidate.name);
    }
    const feature = candidate.id == null ? null : this._find(layerName, candidate.id);
    return feature ? [feature] : [];
  }

  // A dark halo under a bright line; areas also get a light fill, points a ring.
  _outline(layer) {
    const geometry = layer.feature.geometry;
    if (geometry.type === 'Point') {
      const at = L.latLng(geometry.coordinates[1], geometry.coordinates[0]);
      const ring = (color, weight) => L.circleMarker(at, { pane, interactive: false, radius: 11, color, weight, fill: false });
      this._highlight.addLayer(ring(searchColors.halo, 6)).addLayer(ring(searchColors.outline, 3));
      return;
    }
    const area = geometry.type.endsWith('Polygon');
    const shape = (style) => L.geoJSON({ type: 'Feature', geometry, properties: {} }, { pane, interactive: false, style });
    this._highlight.addLayer(shape({ color: searchColors.halo, weight: 7, opacity: 0.8, fill: false }));
    this._highlight.addLayer(shape({
      color: searchColors.outline, weight: 3.5, opacity: 1, fill: area, fillColor: searchColors.fill, fillOpacity: 0.3,
    }));
  }

  /** Flies (or, for users who asked for less motion, jumps) there; resolves when the map has arrived. */
  _fly(at, zoom) {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this._map.off('moveend', done);
        resolve();
      };
      const timer = setTimeout(done, flyMs);
      this._map.on('moveend', done);
      if (window.matchMedia?.('(prefers-reduced-motion: reduce)').matches) {
        this._map.setView(at, zoom, { animate: false });
      } else {
        this._map.flyTo(at, zoom, { duration: 0.8 });
      }
    });
  }
}
