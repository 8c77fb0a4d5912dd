// Turns layer definitions into Leaflet layers. Each layer gets its own pane so the stacking
// order (areas, then lines, then points) holds however often the user toggles layers.
import * as L from '../shared/leaflet.js';
import { t } from '../shared/i18n.js';
import { popupContent } from './popups.js';
import { element } from '../shared/dom.js';

// The browser test finds each layer's shapes by this pane name (.leaflet-fm-buildings-pane).
export const paneName = (layerName) => `fm-${layerName}`;

function classOf(definition, feature) {
  return definition.classes[definition.classify(feature.properties ?? {})];
}

function createPane(map, definition) {
  const pane = map.createPane(paneName(definition.name));
  pane.style.zIndex = String(definition.zIndex);
  return pane;
}

function pointLayer(definition, pane) {
  return (feature, latlng) => {
    const featureClass = classOf(definition, feature);
    if (definition.geometry === 'circle') {
      // circleMarker draws as one vector path: hundreds of them stay cheap, unlike DOM icons.
      return L.circleMarker(latlng, { pane, ...featureClass.style });
    }
    const { size, svg } = featureClass.symbol;
    const icon = L.divIcon({
      html: svg, className: 'fm-symbol', iconSize: [size, size], iconAnchor: [size / 2, size / 2],
    });
    return L.marker(latlng, { pane, icon, riseOnHover: true });
  };
}

// Map controls sit above popups, so on a wide screen pan the popup clear of the title and
// legend (left) and the layer switcher (right); a narrow screen collapses those instead, but
// keeps the search bar across its top.
export function popupOptions() {
  const wide = window.innerWidth > 1000;
  return {
    maxWidth: 320,
    autoPanPaddingTopLeft: wide ? [300, 110] : [10, 60],
    autoPanPaddingBottomRight: wide ? [290, 30] : [10, 10],
  };
}

// Areas and lines (hundreds of fire lanes) stay out of the Tab order: the lists, search and
// panels reach them. Point symbols are buttons named after what they stand for.
function nameForKeyboard(definition, feature, layer) {
  const node = layer.getElement?.();
  if (!node) return;
  if (!layer.getLatLng || definition.geometry === 'circle') {
    node.setAttribute('tabindex', '-1');
    return;
  }
  const p = feature.properties ?? {};
  const name = definition.tooltip?.(p) ?? p.name ?? p.code ?? '';
  node.setAttribute('aria-label', `${t(`layer.${definition.name}`)}：${name}`);
}

/** An empty GeoJSON layer for the definition; features arrive later through addData. */
export function createOverlay(map, definition) {
  const pane = paneName(definition.name);
  createPane(map, definition);
  return L.geoJSON(null, {
    pane,
    style: (feature) => classOf(definition, feature).style,
    pointToLayer: pointLayer(definition, pane),
    filter: definition.filter ? (feature) => definition.filter(feature.properties ?? {}) : undefined,
    onEachFeature: (feature, layer) => {
      layer.on('add', () => nameForKeyboard(definition, feature, layer));
      layer.bindPopup(() => popupContent(definition.name, feature.properties, feature), popupOptions());
      const properties = feature.properties ?? {};
      if (definition.tooltip?.(properties)) {
        // A function, so the text follows the language switch. Leaflet inserts a string as HTML;
        // names come from imported files, so the tooltip gets a node holding them as text.
        layer.bindTooltip(() => element('span', null, definition.tooltip(properties)), { sticky: true, direction: 'top' });
      }
      const label = definition.label?.(properties);
      if (label) {
        layer.bindTooltip(element('span', null, label), {
          permanent: true, direction: 'center', className: 'fm-area-label', interactive: false,
        });
      }
    },
  });
}

// A class's label: a text key, or a function for labels taken from the vocabulary.
export const classLabel = (featureClass) =>
  (typeof featureClass.label === 'function' ? featureClass.label() : t(featureClass.label));

/** Legend rows for the features the layer holds: one per class present, with its count. */
export function legendItems(definition, overlay) {
  const counts = new Map();
  for (const layer of overlay.getLayers()) {
    const key = definition.classify(layer.feature?.properties ?? {});
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return Object.entries(definition.classes)
    .filter(([key]) => counts.has(key))
    .map(([key, featureClass]) => ({ key, featureClass, label: classLabel(featureClass), count: counts.get(key) }));
}
