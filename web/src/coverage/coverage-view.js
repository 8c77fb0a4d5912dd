// The drive-time coverage view (驾车覆盖): its toggle, the isochrone layer of the chosen station kind
// and minutes, the buildings and places outside it marked on the map, and the what-if in which a
// click on the map places a candidate station and the panel says how many buildings and people it
// would bring within reach.
import * as L from '../shared/leaflet.js';
import { errorText } from '../planner/blockage-forms.js';
import { t } from '../shared/i18n.js';
import { openSide, setPicking } from '../shared/side.js';
import { codesOf } from '../shared/vocabulary.js';
import { coverageOf, kindMinutes, minuteChoices, whatIf } from './coverage-api.js';
import { CoveragePanel } from './coverage-panel.js';

const isochronePane = 'fm-coverage-isochrones';
const outsidePane = 'fm-coverage-outside';
/** Each station kind's colour; a kind added later is drawn in slate grey. */
const kindColors = { fire_station: '#c62828', micro_station: '#ef6c00', volunteer_team: '#6a1b9a' };
/** Reach is computed to the longest minutes offered: beyond it a target is simply unreached. */
const horizon = Math.max(...minuteChoices);

function addToggle(map, onToggle) {
  const control = L.control({ position: 'topleft' });
  const container = L.DomUtil.create('div', 'leaflet-control fm-panel fm-radius-toggle-box');
  const button = L.DomUtil.create('button', 'fm-coverage-toggle', container);
  button.type = 'button';
  button.dataset.testid = 'coverage-toggle';
  button.addEventListener('click', onToggle);
  L.DomEvent.disableClickPropagation(container);
  control.onAdd = () => container;
  control.addTo(map);
  return (active) => {
    button.textContent = t('coverage.tool');
    button.title = t('coverage.toolTitle');
    button.setAttribute('aria-pressed', String(active));
  };
}

export class CoverageView {
  constructor(map) {
    this._map = map;
    this._open = false;
    this._kind = 'fire_station';
    this._minutes = kindMinutes.fire_station;
    this._status = 'idle';
    this._error = null;
    this._result = null;
    this._picking = false;
    this._whatIf = { status: 'idle', answer: null, error: null, point: null };
    this._sequence = 0;
    this._pending = Promise.resolve();
    map.createPane(isochronePane).style.zIndex = '350'; // under the areas' outlines and every point
    map.createPane(outsidePane).style.zIndex = '640'; // over the points: these are what the view is about
    this._isochrones = L.geoJSON(null, {
      pane: isochronePane, interactive: false,
      style: (feature) => {
        const color = kindColors[feature.properties.kind] ?? '#455a64';
        return { color, weight: 1, opacity: 0.7, fillColor: color, fillOpacity: 0.12 };
      },
    });
    this._outside = L.layerGroup();
    this._candidate = L.layerGroup();
    this._panel = new CoveragePanel({
      onClose: () => this.close(),
      onKind: (kind) => {
        this._kind = kind;
        if (kind && kindMinutes[kind]) this._minutes = kindMinutes[kind];
        this._clearWhatIf();
        this.refresh();
      },
      onMinutes: (minutes) => { this._minutes = minutes; this._clearWhatIf(); this.refresh(); },
      onWhatIf: () => this._togglePicking(),
      onRow: (row) => this._map.setView([row.lat, row.lon], Math.max(this._map.getZoom(), 17), { animate: false }),
    });
    this._renderToggle = addToggle(map, () => (this._open ? this.close() : this.open()));
    map.on('click', (event) => {
      if (!this._open || !this._picking) return;
      const { lat, lng } = event.latlng.wrap();
      this._ask({ lon: lng, lat });
    });
    map.on('fm-side', (event) => {
      if (event.owner !== 'coverage') this.close();
    });
    this.render();
  }

  open() {
    if (this._open) return;
    this._open = true;
    openSide(this._map, 'coverage', true);
    for (const layer of [this._isochrones, this._outside, this._candidate]) layer.addTo(this._map);
    this.refresh();
  }

  close() {
    if (!this._open) return;
    this._open = false;
    this._setPicking(false);
    this._clearWhatIf();
    for (const layer of [this._isochrones, this._outside, this._candidate]) layer.remove();
    openSide(this._map, 'coverage', false);
    this.render();
  }

  /** Blockages or stations may have changed: an open view is computed again. */
  changed() {
    return this._open ? this.refresh() : Promise.resolve();
  }

  refresh() {
    const sequence = ++this._sequence;
    this._status = 'loading';
    this._error = null;
    this.render();
    return this._track(coverageOf(this._kind, this._minutes).then((result) => {
      if (sequence !== this._sequence) return;
      this._result = result;
      this._status = 'ready';
      this._draw(result);
    }, (error) => {
      if (sequence !== this._sequence) return;
      console.warn(`FireMap: ${error.message}`);
      this._status = 'error';
      this._error = error;
    }).finally(() => this.render()));
  }

  _draw(result) {
    this._isochrones.clearLayers();
    this._isochrones.addData({
      type: 'FeatureCollection',
      features: result.isochrones.filter((i) => i.geometry).map((i) => ({
        type: 'Feature', geometry: i.geometry, properties: { stationId: i.stationId, name: i.stationName, kind: i.kind },
      })),
    });
    this._outside.clearLayers();
    for (const row of [...result.outsideBuildings, ...result.outsidePlaces]) {
      const marker = L.circleMarker([row.lat, row.lon], {
        pane: outsidePane, radius: 5, color: '#b71c1c', weight: 2, fillColor: '#ffffff', fillOpacity: 0.9,
      });
      // Tooltip text is set as text: names come from data.
      const text = document.createElement('span');
      text.textContent = `${row.name} · ${row.seconds == null ? t('coverage.unreached', { horizon })
        : t('coverage.time', { min: (row.seconds / 60).toFixed(1), station: row.stationName ?? '' })}`;
      marker.bindTooltip(text);
      marker.addTo(this._outside);
    }
  }

  _togglePicking() {
    this._setPicking(!this._picking);
    this.render();
  }

  _setPicking(on) {
    this._picking = on;
    setPicking(this._map, on);
  }

  _clearWhatIf() {
    this._whatIf = { status: 'idle', answer: null, error: null, point: null };
    this._candidate.clearLayers();
  }

  /** The candidate is of the kind shown (a micro station when every kind is). */
  _ask(point) {
    this._setPicking(false);
    const kind = this._kind ?? 'micro_station';
    this._candidate.clearLayers();
    L.circleMarker([point.lat, point.lon], {
      pane: outsidePane, radius: 8, color: '#1565c0', weight: 3, fillColor: '#bbdefb', fillOpacity: 1,
    }).bindTooltip(document.createTextNode(t('coverage.candidate'))).addTo(this._candidate);
    this._whatIf = { status: 'loading', answer: null, error: null, point };
    this.render();
    return this._track(whatIf(point, kind, this._minutes).then((answer) => {
      if (this._whatIf.point === point) this._whatIf = { status: 'ready', answer, error: null, point };
    }, (error) => {
      if (this._whatIf.point === point) this._whatIf = { status: 'error', answer: null, error, point };
    }).finally(() => this.render()));
  }

  _track(promise) {
    this._pending = Promise.allSettled([this._pending, promise]);
    return promise;
  }

  render() {
    this._renderToggle(this._open);
    this._panel.render({
      open: this._open,
      kind: this._kind,
      kinds: codesOf('stationKind'),
      minutes: this._minutes,
      horizon,
      status: this._status,
      error: this._error,
      result: this._result,
      picking: this._picking,
      whatIf: this._whatIf,
      errorText: (error) => errorText(error)[0],
    });
  }

  /** For the browser test and the console; not an API. */
  testHook() {
    return {
      open: () => this.open(),
      refresh: () => this.refresh(),
      settled: () => this._pending,
      state: () => ({
        open: this._open, kind: this._kind, minutes: this._minutes, status: this._status, picking: this._picking,
        buildingsOutside: this._result?.buildingsOutside ?? null,
        isochrones: this._isochrones.getLayers().length,
        area: this._result?.isochrones.reduce((sum, i) => sum + i.areaSquareMeters, 0) ?? null,
        whatIf: { status: this._whatIf.status, newlyCovered: this._whatIf.answer?.buildingsNewlyCovered ?? null },
      }),
      // Where a point is on the page, for a click there.
      pagePoint: (lon, lat) => {
        const point = this._map.latLngToContainerPoint([lat, lon]);
        const box = this._map.getContainer().getBoundingClientRect();
        return [box.left + point.x, box.top + point.y];
      },
    };
  }
}
