// Keeps the map's view, visible layers, selected feature and open side panel in the URL hash, so
// a reload or a shared link shows the same thing, and restores them on load and on hashchange.
// Each compound, building and hazard popup gets a link to itself.
import { t } from '../shared/i18n.js';
import { element } from '../shared/dom.js';
import { formatHash, formatView, parseSelection, parseView, readHash } from '../shared/url-hash.js';
import { addPopupAction } from './popups.js';

// The kind named in a link and the layer holding its features.
const selectable = {
  compound: 'compounds', building: 'buildings', hazard: 'hazards', place: 'places',
  station: 'stations', hydrant: 'hydrants', blockage: 'blockages', 'fire-lane': 'fire-lanes',
};
const kindOfLayer = Object.fromEntries(Object.entries(selectable).map(([kind, layer]) => [layer, kind]));
const linkedKinds = ['compound', 'building', 'hazard'];

export class MapLink {
  /**
   * @param overlays the map's overlays ({ definition, layer })
   * @param panels name → { open(), close() } for each side panel a link may open
   */
  constructor(map, overlays, panels) {
    this._map = map;
    this._overlays = overlays;
    this._panels = panels;
    this._selection = null;
    this._panel = null;
    this._writing = false;
    this._started = false;
    for (const kind of linkedKinds) {
      addPopupAction(selectable[kind], (feature) => [this._linkButton(kind, feature)]);
    }
  }

  /** Applies the hash of the address the page opened with, then follows every change. */
  start() {
    const write = () => this.write();
    // Followed before the first apply, so the selection and panel it opens are known.
    this._map.on('moveend overlayadd overlayremove', write);
    this._map.on('popupopen', (event) => {
      const feature = event.popup._source?.feature;
      const layerName = this._layerNameOf(event.popup._source);
      this._selection = feature && kindOfLayer[layerName] ? { kind: kindOfLayer[layerName], id: String(feature.id) } : null;
      write();
    });
    this._map.on('popupclose', () => {
      this._selection = null;
      write();
    });
    this._map.on('fm-panel', (event) => {
      if (event.open) this._panel = event.owner;
      else if (this._panel === event.owner) this._panel = null;
      write();
    });
    window.addEventListener('hashchange', () => {
      if (!this._writing) this.apply(readHash());
    });
    this.apply(readHash());
    this._started = true;
    this.write();
  }

  /** The hash for the current state, with `select` replaced when given. */
  hash(select = undefined) {
    const center = this._map.getCenter();
    const current = readHash();
    const selection = select === undefined ? this._selection : select;
    return formatHash({
      ...current,
      map: formatView({ zoom: this._map.getZoom(), lat: center.lat, lon: center.lng }),
      layers: this._overlays.filter((o) => this._map.hasLayer(o.layer)).map((o) => o.definition.name).join(',') || '-',
      select: selection ? `${selection.kind}:${selection.id}` : null,
      panel: this._panel,
    });
  }

  write() {
    if (!this._started) return;
    // A popup's link carries the view it would open with: keep it current.
    for (const link of document.querySelectorAll('a.fm-popup-link')) {
      link.href = this._url({ kind: link.dataset.kind, id: link.dataset.id });
    }
    const hash = this.hash();
    if (hash === window.location.hash) return;
    // replaceState: moving the map should not fill the back button's history.
    this._writing = true;
    window.history.replaceState(window.history.state, '', `${window.location.pathname}${window.location.search}${hash}`);
    this._writing = false;
  }

  apply(values) {
    if (values.layers != null) {
      const wanted = new Set(values.layers.split(','));
      for (const overlay of this._overlays) {
        const on = wanted.has(overlay.definition.name);
        if (on && !this._map.hasLayer(overlay.layer)) overlay.layer.addTo(this._map);
        if (!on && this._map.hasLayer(overlay.layer)) this._map.removeLayer(overlay.layer);
      }
    }
    if (values.panel && this._panels[values.panel]) this._panels[values.panel].open();
    else if (!values.panel && this._panel) this._panels[this._panel]?.close();
    const view = parseView(values.map);
    const selection = parseSelection(values.select);
    if (selection) this._select(selection, !view);
    else this._map.closePopup();
    // Last: opening a panel or a popup pans the map, and the link's view must win.
    if (view) this._map.setView([view.lat, view.lon], view.zoom, { animate: false });
  }

  _select({ kind, id }, move) {
    const overlay = this._overlays.find((o) => o.definition.name === selectable[kind]);
    if (!overlay) return;
    if (!this._map.hasLayer(overlay.layer)) overlay.layer.addTo(this._map);
    const layer = overlay.layer.getLayers().find((l) => String(l.feature?.id) === String(id));
    if (!layer) return;
    const at = layer.getLatLng?.() ?? layer.getBounds().getCenter();
    // A link with a view keeps it; one without centres the feature.
    if (move) this._map.setView(at, Math.max(this._map.getZoom(), 17), { animate: false });
    layer.openPopup(at);
  }

  _url(selection) {
    return `${window.location.origin}${window.location.pathname}${this.hash(selection)}`;
  }

  _layerNameOf(source) {
    return this._overlays.find((o) => source && o.layer.hasLayer(source))?.definition.name ?? null;
  }

  _linkButton(kind, feature) {
    const link = element('a', 'fm-popup-link', t('link.copy'));
    link.dataset.testid = 'copy-link';
    link.dataset.kind = kind;
    link.dataset.id = String(feature.id);
    const url = () => this._url({ kind, id: String(feature.id) });
    link.href = url();
    link.addEventListener('click', async (event) => {
      event.preventDefault();
      link.href = url();
      try {
        await navigator.clipboard.writeText(link.href);
        link.textContent = t('link.copied');
      } catch {
        // No clipboard (insecure origin, permission refused): the link is still there to copy by hand.
        window.prompt(t('link.copyByHand'), link.href);
      }
    });
    return link;
  }
}
