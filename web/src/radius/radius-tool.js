// The liaison's radius tool: "what lies within R metres of here, or of this station?" It keeps
// the search state, asks the API, and has the panel and the map layers draw the answer.
import { language, t } from '../shared/i18n.js';
import { addStationAction, addToggle, openSide } from './radius-controls.js';
import { driveRoutes, exportUrl, layers, loadMore, searchWithin } from './radius-api.js';
import { RadiusLayers } from './radius-layers.js';
import { RadiusPanel } from './radius-panel.js';

const debounceMs = 250;
const defaultRadius = 500;

export class RadiusTool {
  /** openFeature(layer, row): pans to a hit and opens its popup. */
  constructor(map, openFeature) {
    this._map = map;
    this._openFeature = openFeature;
    this._active = false;
    this._radius = defaultRadius;
    this._tab = 'buildings';
    this._fitOnResult = false;
    this._timer = null;
    this._sequence = 0;
    this._reset();
    this._pending = Promise.resolve();
    this._layers = new RadiusLayers(map, (point) => this.searchPoint(point));
    this._panel = new RadiusPanel({
      onClose: () => this.deactivate(),
      onClear: () => this.clear(),
      onRadius: (meters) => this._setRadius(meters),
      onTab: (layer) => { this._tab = layer; this.render(); },
      onRow: (layer, row) => this._openFeature(layer, row),
      onMore: (layer) => this._more(layer),
      onStation: (id) => this.searchStation(id),
      onRoute: (route) => this._layers.showRoutes(this._routes, route.id),
    });
    this._renderToggle = addToggle(map, () => (this._active ? this.deactivate() : this.activate()));
    addStationAction(map, (id, point) => this.searchStation(id, point));
    map.on('click', (event) => {
      if (!this._active) return;
      const { lat, lng } = event.latlng.wrap();
      this.searchPoint({ lon: lng, lat });
    });
    this.render();
  }

  activate() {
    if (this._active) return;
    this._active = true;
    openSide(this._map, true);
    this.render();
  }

  /** Closing the tool also clears the search: nothing of it stays on the map. */
  deactivate() {
    if (!this._active) return;
    this.clear();
    this._active = false;
    openSide(this._map, false);
    this.render();
  }

  clear() {
    clearTimeout(this._timer);
    this._sequence += 1; // answers still on their way are for a search that no longer exists
    this._reset();
    this._layers.clear();
    this.render();
  }

  _reset() {
    this._where = null; // { point: {lon, lat} } or { stationId }
    this._center = null; // where the circle is drawn
    this._result = null;
    this._status = 'idle'; // 'idle' | 'loading' | 'ready' | 'error'
    this._error = null;
    this._loadingMore = null; // the list whose next page is on its way
    this._routes = []; // the stations fastest by road to a point centre, with their routes
  }

  searchPoint(point) {
    this.activate();
    this._where = { point };
    this._center = point;
    this._fitOnResult = false;
    this._search();
  }

  /** Centres on a station: the station query measures from the station itself. */
  searchStation(id, point = null) {
    this.activate();
    this._where = { stationId: String(id) };
    this._center = point;
    if (!point) this._layers.clear(); // drawn again around the station when it answers
    this._fitOnResult = true;
    this._search();
  }

  _setRadius(meters) {
    this._radius = meters;
    this.render();
    clearTimeout(this._timer);
    if (this._where) this._timer = setTimeout(() => this._search(), debounceMs);
  }

  _drawCircle() {
    this._layers.showCircle(this._center, this._radius, t('radius.centreTitle'));
  }

  _search() {
    clearTimeout(this._timer);
    const sequence = ++this._sequence;
    const where = this._where;
    const radius = this._radius;
    this._status = 'loading';
    this._loadingMore = null;
    this._routes = [];
    this._layers.showRoutes([], null);
    this.render();
    this._pending = searchWithin(where, radius).then((result) => {
      if (sequence !== this._sequence) return;
      this._result = { ...result, radius };
      this._center = result.center;
      this._status = 'ready';
      this._error = null;
      for (const layer of layers) this._layers.showHits(layer, result.lists[layer].rows);
      this.render();
      if (this._fitOnResult) this._fitCircle();
      if (where.point) this._askRoutes(sequence, result.center);
    }, (error) => {
      if (sequence !== this._sequence) return;
      // Old hits for another centre or radius would mislead: show the error alone.
      this._result = null;
      this._status = 'error';
      this._error = error;
      for (const layer of layers) this._layers.showHits(layer, []);
      console.warn(`FireMap: ${error.message}`);
      this.render();
    });
    return this._pending;
  }

  // Routes by road to a point centre: a separate request, so that the radius search stands without them.
  _askRoutes(sequence, center) {
    this._pending = Promise.all([this._pending, driveRoutes(center).then((routes) => {
      if (sequence !== this._sequence) return;
      this._routes = routes;
      this._layers.showRoutes(routes, null);
      this.render();
    }, (error) => console.warn(`FireMap: drive routes: ${error.message}`))]);
  }

  _fitCircle() {
    this._fitOnResult = false;
    const bounds = this._layers.circleBounds();
    if (bounds && !this._map.getBounds().contains(bounds)) this._map.fitBounds(bounds, { padding: [30, 30] });
  }

  async _more(layer) {
    const list = this._result?.lists[layer];
    if (!list?.hasNextPage || this._loadingMore) return;
    const sequence = this._sequence;
    this._loadingMore = layer;
    this.render();
    try {
      const page = await loadMore(this._where, this._result.radius, layer, list.endCursor);
      if (sequence !== this._sequence) return;
      const merged = { ...page, rows: [...list.rows, ...page.rows] };
      this._result = { ...this._result, lists: { ...this._result.lists, [layer]: merged } };
      this._layers.showHits(layer, merged.rows);
    } catch (error) {
      if (sequence !== this._sequence) return;
      this._status = 'error';
      this._error = error;
    } finally {
      if (sequence === this._sequence) this._loadingMore = null;
      this.render();
    }
  }

  render() {
    this._renderToggle(this._active);
    if (this._center) this._drawCircle(); // the circle follows the slider; its title, the language
    const result = this._result;
    // While a new search is on its way, say nothing about the old centre's station.
    const stationId = this._where?.stationId;
    this._panel.render({
      open: this._active,
      radius: this._radius,
      center: this._center,
      station: stationId != null && result?.station?.id === stationId ? result.station : null,
      nearest: stationId == null ? result?.nearest ?? null : null,
      routes: stationId == null ? this._routes : [],
      status: this._status,
      error: this._error,
      result,
      tab: this._tab,
      loadingMore: this._loadingMore,
      exportHref: (layer) => exportUrl(layer, result.center, result.radius, language()),
    });
  }

  /** For the browser test and the console; not an API. */
  testHook() {
    return {
      activate: () => this.activate(),
      settled: () => this._pending.then(() => undefined),
      state: () => ({
        active: this._active,
        status: this._status,
        radius: this._radius,
        center: this._center,
        station: this._result?.station ?? null,
        searched: this._result ? { center: this._result.center, radius: this._result.radius,
          totals: Object.fromEntries(layers.map((layer) => [layer, this._result.lists[layer].total])) } : null,
        circle: this._layers.circleState(),
        highlighted: this._layers.hitCounts(),
        routes: this._routes.map((r) => ({ id: r.id, seconds: r.seconds, drawn: r.route != null })),
      }),
    };
  }
}
