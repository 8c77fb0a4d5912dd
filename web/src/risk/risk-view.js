// The analysts' risk view: the "风险排名" toggle, the ranking panel's state (filters, pages, the
// compound opened), the map's risk layer turned on with it, and every compound's risk explained
// in its popup on that layer.
import * as L from '../shared/leaflet.js';
import { errorText } from '../planner/blockage-forms.js';
import { language, t } from '../shared/i18n.js';
import { communitiesOf } from '../planner/planner-panel.js';
import { addPopupSection } from '../map/popups.js';
import { exportUrl, noRun, rankingPage } from './risk-api.js';
import { detailsSettled, riskDetail } from './risk-detail.js';
import { riskLevelLabel } from './risk-level.js';
import { RiskPanel } from './risk-panel.js';
import { openSide } from '../shared/side.js';
import { riskColors } from '../map/styles.js';

const highlightPane = 'fm-risk-highlight';
const popupBars = 8; // a popup shows the largest factors and the rest as one bar; the panel shows all

/** The toggle under the planner's; onToggle() is called on click. Returns render(active). */
function addToggle(map, onToggle) {
  const control = L.control({ position: 'topleft' });
  const container = L.DomUtil.create('div', 'leaflet-control fm-panel fm-radius-toggle-box');
  const button = L.DomUtil.create('button', 'fm-risk-toggle', container);
  button.type = 'button';
  button.dataset.testid = 'risk-toggle';
  button.addEventListener('click', onToggle);
  L.DomEvent.disableClickPropagation(container);
  control.onAdd = () => container;
  control.addTo(map);
  return (active) => {
    button.textContent = t('risk.tool');
    button.title = t('risk.toolTitle');
    button.setAttribute('aria-pressed', String(active));
  };
}

export class RiskView {
  /** overlay(name): the map's GeoJSON layer of that name. */
  constructor(map, overlay) {
    this._map = map;
    this._overlay = overlay;
    this._open = false;
    this._filter = { level: null, community: null };
    this._list = { status: 'idle', rows: null, total: 0, hasNextPage: false, endCursor: null, error: null, noRun: false };
    this._selectedId = null;
    this._loadingMore = false;
    this._sequence = 0;
    this._pending = Promise.resolve();
    map.createPane(highlightPane).style.zIndex = '455'; // over areas, under lanes and points
    this._highlight = L.geoJSON(null, {
      pane: highlightPane, interactive: false, style: { color: '#212121', weight: 3.5, opacity: 0.9, fill: false },
    }).addTo(map);
    this._panel = new RiskPanel({
      onClose: () => this.close(),
      onFilter: (filter) => this.setFilter(filter),
      onRow: (row) => this._select(row),
      onMore: () => this._more(),
    });
    this._renderToggle = addToggle(map, () => (this._open ? this.close() : this.open()));
    // A popup is laid out when it opens; once its chart has arrived it is laid out again and panned
    // into view. Laying out rebuilds the content, so the open popup's explanation is kept, not asked again.
    this._popupDetails = new Map();
    addPopupSection('risk', (feature) => {
      if (!feature.properties?.risk_level) return null;
      const id = String(feature.id);
      if (!this._popupDetails.has(id)) this._popupDetails.set(id, riskDetail(id, null, { bars: popupBars }));
      return this._popupDetails.get(id);
    });
    map.on('popupopen', ({ popup }) => {
      popup.getElement()?.querySelector('.fm-risk-detail')?.ready?.then(() => {
        if (popup.isOpen()) popup.update();
      });
    });
    map.on('popupclose', () => this._popupDetails.clear());
    map.on('fm-side', (event) => {
      if (event.owner !== 'risk') this.close();
    });
    this.render();
  }

  open() {
    if (this._open) return;
    this._open = true;
    openSide(this._map, 'risk', true);
    const layer = this._overlay('risk');
    if (layer && !this._map.hasLayer(layer)) layer.addTo(this._map); // the colours the list talks about
    this.refresh();
  }

  close() {
    if (!this._open) return;
    this._open = false;
    this._selectedId = null;
    this._highlight.clearLayers();
    openSide(this._map, 'risk', false);
    this.render();
  }

  setFilter(filter) {
    this._filter = { level: filter.level || null, community: filter.community || null };
    this._selectedId = null;
    this._highlight.clearLayers();
    return this.refresh();
  }

  refresh() {
    const sequence = ++this._sequence;
    this._list = { ...this._list, status: 'loading', error: null };
    this.render();
    return this._track(rankingPage(this._filter).then((page) => {
      if (sequence === this._sequence) this._list = { status: 'ready', ...page, error: null, noRun: false };
    }, (error) => {
      if (sequence !== this._sequence) return;
      if (!noRun(error)) console.warn(`FireMap: ${error.message}`);
      this._list = { status: 'error', rows: null, total: 0, hasNextPage: false, endCursor: null, error, noRun: noRun(error) };
    }).finally(() => this.render()));
  }

  /** The scores may have changed (a blockage reported or cleared): an open list is read again. */
  changed() {
    return this._open ? this.refresh() : Promise.resolve();
  }

  async _more() {
    if (!this._list.hasNextPage || this._loadingMore) return;
    const sequence = this._sequence;
    this._loadingMore = true;
    this.render();
    await this._track(rankingPage({ ...this._filter, after: this._list.endCursor }).then((page) => {
      if (sequence === this._sequence) this._list = { ...this._list, ...page, rows: [...this._list.rows, ...page.rows] };
    }, (error) => {
      if (sequence === this._sequence) this._list = { ...this._list, status: 'error', error };
    }));
    this._loadingMore = false;
    this.render();
  }

  /** Opens a compound's row (again: closes it), outlines it and fits the map to it. */
  _select(row) {
    this._selectedId = this._selectedId === row.id ? null : row.id;
    this._highlight.clearLayers();
    if (this._selectedId && row.geometry) {
      this._highlight.addData({ type: 'Feature', geometry: row.geometry, properties: {} });
      // On a wide screen the legend covers the left edge: keep the compound clear of it.
      const left = this._map.getSize().x > 800 ? 260 : 20;
      this._map.fitBounds(this._highlight.getBounds(), {
        paddingTopLeft: [left, 60], paddingBottomRight: [20, 20], maxZoom: 17, animate: false,
      });
    }
    this.render();
  }

  _track(promise) {
    this._pending = Promise.allSettled([this._pending, promise]);
    return promise;
  }

  render() {
    this._renderToggle(this._open);
    const communities = communitiesOf(this._overlay('communities'));
    this._panel.render({
      open: this._open,
      filter: this._filter,
      communities,
      communityName: communities.find((c) => c.code === this._filter.community)?.name ?? t('risk.allCommunities'),
      levelName: this._filter.level ? riskLevelLabel(this._filter.level) : t('risk.allLevels'),
      list: this._list,
      selectedId: this._selectedId,
      loadingMore: this._loadingMore,
      exportHref: (format) => exportUrl(format, this._filter, language()),
      errorText: (error) => errorText(error)[0],
    });
  }

  /** For the browser test and the console; not an API. */
  testHook() {
    const layerOf = (id) => this._overlay('risk')?.getLayers().find((l) => String(l.feature?.id) === String(id));
    return {
      open: () => this.open(),
      settled: () => this._pending.then(() => detailsSettled()),
      colors: Object.fromEntries(Object.entries(riskColors).map(([level, c]) => [level, c.fillColor])),
      // The compound's shape on the risk layer as drawn now: its level and SVG fill, or null.
      compoundStyle: (id) => {
        const element = layerOf(id)?.getElement();
        return element ? { level: layerOf(id).feature.properties.risk_level ?? null, fill: element.getAttribute('fill') } : null;
      },
      // Opens the compound's popup on the risk layer, as a click on it would.
      openCompound: (id) => {
        layerOf(id)?.openPopup();
      },
      state: () => ({
        open: this._open, filter: this._filter, selectedId: this._selectedId,
        list: { status: this._list.status, total: this._list.total, noRun: this._list.noRun, ids: this._list.rows?.map((r) => r.id) ?? [] },
      }),
    };
  }
}
