// The map itself: view, base layers, navigation controls and the attribution line.
import * as L from '../shared/leaflet.js';
import { t } from '../shared/i18n.js';

// 跃进村街道, 大渡口区, 重庆. Only the first view: the map fits the communities once they load.
const initialView = { center: [29.48, 106.48], zoom: 15 };

export function createMap(elementId) {
  // Half-step zoom lets a small sub-district fill the window instead of a quarter of it.
  const map = L.map(elementId, { ...initialView, zoomControl: false, zoomSnap: 0.5, minZoom: 5, maxZoom: 19 });
  // A plain background is the default base: the service must work with no network at all.
  const plain = L.layerGroup().addTo(map);
  const osm = L.tileLayer('https://tile.openstreetmap.org/{z}/{x}/{y}.png', {
    maxZoom: 19, attribution: t('osmAttribution'),
  });
  map.attributionControl.addAttribution(t('attribution'));
  return { map, baseLayers: { plain, osm } };
}

/** Zoom and scale go in after the title panel so the panel sits at the very top left. */
export function addNavigation(map) {
  const zoom = L.control.zoom({ position: 'topleft', zoomInTitle: t('zoom.in'), zoomOutTitle: t('zoom.out') });
  zoom.addTo(map);
  L.control.scale({ imperial: false, position: 'bottomright' }).addTo(map);
  return zoom;
}

/** Re-labels what Leaflet itself drew, after a language switch. */
export function relabelMap(map, baseLayers, zoom, previousTexts) {
  const buttons = [['.leaflet-control-zoom-in', 'zoom.in'], ['.leaflet-control-zoom-out', 'zoom.out']];
  for (const [selector, key] of buttons) {
    const button = zoom.getContainer().querySelector(selector);
    button.title = t(key);
    button.setAttribute('aria-label', t(key));
  }
  map.attributionControl.removeAttribution(previousTexts.attribution);
  map.attributionControl.addAttribution(t('attribution'));
  const osm = baseLayers.osm;
  // A tile layer reads its attribution when it is added, so swap it on the control by hand.
  if (map.hasLayer(osm)) map.attributionControl.removeAttribution(osm.options.attribution);
  osm.options.attribution = t('osmAttribution');
  if (map.hasLayer(osm)) map.attributionControl.addAttribution(osm.options.attribution);
}
