// Large layers drawn from the service's vector tiles (/api/tiles/{layer}/{z}/{x}/{y}.mvt) instead of
// one GeoJSON download: a city's buildings are a million outlines, which no browser holds as SVG
// paths. The tiles carry the styling attributes; a click asks the GeoJSON layer for the few
// features under the pointer, so the popup shows the same fields as for a small layer.
import * as L from '../shared/leaflet.js';
import { fetchJson } from '../shared/api.js';
import { popupContent } from './popups.js';
import { classLabel, paneName, popupOptions } from './overlays.js';

const pluginUrl = 'vendor/leaflet.vectorgrid/dist/Leaflet.VectorGrid.bundled.min.js';
// Half the side of the box (screen pixels) that a click asks the GeoJSON layer about.
const clickSlop = 6;

let plugin = null;

// leaflet.vectorgrid is a classic script that extends a global L. The map's Leaflet is an ES module
// (a frozen namespace), so the plugin gets a mutable copy holding the very same classes. Its canvas
// tiles still call DomEvent.fakeStop, which Leaflet 1.8 dropped: marking the event as stopped is
// what it did.
function loadPlugin() {
  plugin ??= new Promise((resolve, reject) => {
    const fakeStop = (event) => { event._stopped = true; };
    window.L = { ...L, DomEvent: { ...L.DomEvent, fakeStop } };
    const script = document.createElement('script');
    script.src = pluginUrl;
    script.onload = () => resolve(window.L);
    script.onerror = () => reject(new Error('leaflet.vectorgrid did not load'));
    document.head.append(script);
  });
  return plugin;
}

/**
 * The service's tile index: { layers: [{ name, tiles, minZoom, detailZoom, maxZoom, large }] }, or
 * null when it cannot be read (every layer is then drawn from GeoJSON, as before tiles existed).
 */
export async function fetchTileIndex() {
  try {
    return await fetchJson('api/tiles', 'tiles');
  } catch (error) {
    console.warn(`FireMap: no tile index (${error.message}); every layer is drawn from GeoJSON`);
    return null;
  }
}

/** The index entry to draw the definition from, when the service says its layer is large. */
export function largeTileLayer(index, definition) {
  if (!index || !definition.tiles) return null;
  return index.layers.find((entry) => entry.name === definition.tiles && entry.large) ?? null;
}

/**
 * The path options of a tile feature, by the feature's class and whether the tile is below the
 * detail zoom. Made once per class: a city tile asks for thousands of features.
 */
function tileStyles(definition, entry) {
  const made = new Map();
  return (properties, zoom) => {
    const key = definition.classify(properties ?? {});
    const outlined = !definition.fillOnlyBelowDetail || zoom >= entry.detailZoom;
    const cacheKey = `${key}|${outlined}`;
    if (!made.has(cacheKey)) {
      const style = definition.classes[key]?.style ?? {};
      // Tiles start from Leaflet's bare path options, in which nothing is filled.
      made.set(cacheKey, { fill: definition.geometry !== 'line', ...style, ...(outlined ? {} : { stroke: false }) });
    }
    return made.get(cacheKey);
  };
}

function boxAround(map, latlng) {
  const point = map.latLngToContainerPoint(latlng);
  const southWest = map.containerPointToLatLng(point.add([-clickSlop, clickSlop]));
  const northEast = map.containerPointToLatLng(point.add([clickSlop, -clickSlop]));
  return [southWest.lng, southWest.lat, northEast.lng, northEast.lat].map((v) => v.toFixed(7)).join(',');
}

/**
 * A Leaflet layer drawing the definition's features from the tiles of `entry`; added to the map's
 * GeoJSON overlay for the definition, so the layer switcher turns both on and off together.
 */
export async function createTileLayer(map, definition, entry) {
  const plugins = await loadPlugin();
  const grid = plugins.vectorGrid.protobuf(entry.tiles, {
    pane: paneName(definition.name),
    // Zoomed out, a screen holds tens of thousands of outlines: one canvas per tile draws them many
    // times faster than as SVG elements. From the detail zoom on a tile holds a few hundred, and SVG
    // keeps each feature an element of its own (sharp when scaled past the deepest tile).
    rendererFactory: (coords, size, options) =>
      (coords.z >= entry.detailZoom ? plugins.svg.tile : plugins.canvas.tile)(coords, size, options),
    interactive: true,
    minZoom: entry.minZoom,
    // Past the detail zoom a tile holds every attribute and full outlines: deeper zooms scale it up.
    maxNativeZoom: entry.detailZoom,
    maxZoom: 22,
    vectorTileLayerStyles: { [entry.name]: tileStyles(definition, entry) },
    fetchOptions: { credentials: 'same-origin' },
  });
  // The plugin keeps a tile feature's id nowhere a click can read; the popup needs it to find the
  // feature among the GeoJSON answer, so it is kept on the drawn shape.
  const createLayer = grid._createLayer;
  grid._createLayer = function withId(feature, ...rest) {
    const shape = createLayer.call(this, feature, ...rest);
    shape.featureId = feature.id;
    return shape;
  };
  grid.on('click', (event) => openPopup(map, definition, event));
  return grid;
}

async function openPopup(map, definition, event) {
  const name = definition.source ?? definition.name;
  const id = event.layer?.featureId;
  const tileProperties = event.layer?.properties ?? {};
  let feature = null;
  try {
    const near = await fetchJson(`api/layers/${encodeURIComponent(name)}.geojson?bbox=${boxAround(map, event.latlng)}`,
      name, 'application/geo+json, application/json');
    feature = near.features?.find((f) => String(f.id) === String(id)) ?? null;
  } catch (error) {
    console.warn(`FireMap: ${error.message}; the popup shows what the tile holds`);
  }
  const content = popupContent(definition.name, feature?.properties ?? tileProperties, feature);
  L.popup(popupOptions()).setLatLng(event.latlng).setContent(content).openOn(map);
}

/** Legend rows of a tiled layer: every class, since the map never holds all of its features. */
export function tiledLegendItems(definition) {
  return Object.entries(definition.classes)
    .map(([key, featureClass]) => ({ key, featureClass, label: classLabel(featureClass), count: null }));
}
