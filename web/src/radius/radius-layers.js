// What the radius tool draws: the search circle, a draggable centre marker and the hits. The
// hits are drawn from the API's own geometries in panes of their own, above the layers they
// stand out from; they are not interactive, so a click still reaches the feature underneath.
import * as L from '../shared/leaflet.js';
import { radiusColors } from '../map/styles.js';

const panes = { circle: ['fm-radius-circle', 485], areas: ['fm-radius-areas', 465], points: ['fm-radius-points', 495] };

const centreIcon = L.divIcon({
  className: 'fm-radius-centre',
  html: '<svg xmlns="http://www.w3.org/2000/svg" width="26" height="26" viewBox="0 0 26 26" aria-hidden="true">'
    + `<circle cx="13" cy="13" r="9" fill="#fff" fill-opacity=".85" stroke="${radiusColors.circle}" stroke-width="2.5"/>`
    + `<path d="M13 1v7M13 18v7M1 13h7M18 13h7" stroke="${radiusColors.circle}" stroke-width="2"/>`
    + `<circle cx="13" cy="13" r="2.5" fill="${radiusColors.circle}"/></svg>`,
  iconSize: [26, 26],
  iconAnchor: [13, 13],
});

const latLng = ({ lon, lat }) => L.latLng(lat, lon);

export class RadiusLayers {
  /** onMove(point) is called when the user drags the centre marker to a new place. */
  constructor(map, onMove) {
    this._map = map;
    for (const [name, zIndex] of Object.values(panes)) map.createPane(name).style.zIndex = String(zIndex);
    // A white halo under a dashed line: the edge stays visible over lanes, roads and fills.
    const circle = (style) => L.circle([0, 0], { pane: panes.circle[0], radius: 1, interactive: false, ...style });
    this._halo = circle({ color: '#fff', weight: 6, opacity: 0.85, fill: false });
    this._circle = circle({
      color: radiusColors.circle, weight: 3, dashArray: '12 6', fillColor: radiusColors.circle, fillOpacity: 0.08,
    });
    this._centre = L.marker([0, 0], { icon: centreIcon, draggable: true, autoPan: true, zIndexOffset: 1000 });
    this._centre.on('drag', () => {
      this._halo.setLatLng(this._centre.getLatLng());
      this._circle.setLatLng(this._centre.getLatLng());
    });
    this._centre.on('dragend', () => {
      const { lat, lng } = this._centre.getLatLng().wrap();
      onMove({ lon: lng, lat });
    });
    this._hits = {
      buildings: L.layerGroup().addTo(map),
      places: L.layerGroup().addTo(map),
      hydrants: L.layerGroup().addTo(map),
    };
  }

  /** Draws (or moves) the circle and its centre marker. */
  showCircle(center, radius, title) {
    for (const layer of [this._halo, this._circle]) {
      layer.setLatLng(latLng(center)).setRadius(radius);
      if (!this._map.hasLayer(layer)) layer.addTo(this._map);
    }
    this._centre.setLatLng(latLng(center));
    if (!this._map.hasLayer(this._centre)) this._centre.addTo(this._map);
    const icon = this._centre.getElement();
    if (icon) {
      icon.dataset.testid = 'radius-centre';
      icon.title = title;
      icon.setAttribute('aria-label', title);
    }
  }

  /** Replaces the highlighted hits of one list. */
  showHits(layer, rows) {
    const group = this._hits[layer];
    group.clearLayers();
    for (const row of rows) {
      if (layer === 'buildings') {
        // A white halo under a strong outline reads over any fill, light or dark.
        const geometry = { type: 'Feature', geometry: row.geometry, properties: {} };
        // Pane and interactivity are fixed when a path is created, so they go in the options.
        const options = (style) => ({ pane: panes.areas[0], interactive: false, style: { fill: false, ...style } });
        group.addLayer(L.geoJSON(geometry, options({ color: '#fff', weight: 5, opacity: 0.9 })));
        group.addLayer(L.geoJSON(geometry, options({ color: radiusColors.hit, weight: 3, opacity: 1 })));
      } else {
        const [lon, lat] = row.geometry.coordinates;
        group.addLayer(L.circleMarker([lat, lon], {
          pane: panes.points[0], interactive: false, radius: layer === 'places' ? 8.5 : 7.5,
          color: radiusColors.hit, weight: 2.5, fill: false,
        }));
      }
    }
  }

  /** Draws the routes by road (GeoJSON MultiLineStrings); the one of `focusId` stands out. */
  showRoutes(routes, focusId) {
    this._routes ??= L.geoJSON(null, { pane: panes.circle[0], interactive: false }).addTo(this._map);
    this._routes.clearLayers();
    for (const route of routes) {
      if (!route.route) continue;
      const focused = focusId == null || route.id === focusId;
      this._routes.addData({ type: 'Feature', geometry: route.route, properties: { id: route.id } });
      this._routes.getLayers().at(-1).setStyle({ color: '#1565c0', weight: focused ? 5 : 3, opacity: focused ? 0.9 : 0.45, dashArray: focused ? null : '6 6' });
    }
  }

  clear() {
    this._routes?.clearLayers();
    this._halo.remove();
    this._circle.remove();
    this._centre.remove();
    for (const group of Object.values(this._hits)) group.clearLayers();
  }

  circleBounds() {
    return this._map.hasLayer(this._circle) ? this._circle.getBounds() : null;
  }

  /** For the test hook: the circle as drawn, or null. */
  circleState() {
    if (!this._map.hasLayer(this._circle)) return null;
    const { lat, lng } = this._circle.getLatLng();
    return { lon: lng, lat, radius: this._circle.getRadius() };
  }

  /** For the test hook: how many hits each list has highlighted. */
  hitCounts() {
    const buildings = this._hits.buildings.getLayers().length / 2;
    return { buildings, places: this._hits.places.getLayers().length, hydrants: this._hits.hydrants.getLayers().length };
  }

  /** Where a row's feature is, for panning to it. */
  static locate(row) {
    if (row.geometry?.type === 'Point') return latLng({ lon: row.geometry.coordinates[0], lat: row.geometry.coordinates[1] });
    const bounds = L.geoJSON({ type: 'Feature', geometry: row.geometry, properties: {} }).getBounds();
    return bounds.isValid() ? bounds.getCenter() : null;
  }
}
