// The layer switcher. Leaflet's control cannot rename its entries, so a language switch (or a
// layer failing to load) rebuilds it around the same layer objects; their on/off state lives
// on the map, so nothing the user chose is lost.
import * as L from '../shared/leaflet.js';
import { t } from '../shared/i18n.js';

export class LayerSwitcher {
  constructor(map, baseLayers, overlays) {
    this._map = map;
    this._baseLayers = baseLayers;
    this._overlays = overlays;
    this._control = null;
  }

  render() {
    this._control?.remove();
    const bases = {
      [t('base.plain')]: this._baseLayers.plain,
      [t('base.osm')]: this._baseLayers.osm,
    };
    const overlays = {};
    for (const overlay of this._overlays.filter((o) => o.definition.switcher !== false)) {
      const name = t(`layer.${overlay.definition.name}`);
      // The control inserts names as HTML; these come from our own dictionary, never from data.
      const label = overlay.state === 'failed'
        ? `<span class="fm-switcher-failed">${name}（${t('legend.failed')}）</span>`
        : name;
      overlays[`<span data-layer="${overlay.definition.name}">${label}</span>`] = overlay.layer;
    }
    this._control = L.control.layers(bases, overlays, {
      position: 'topright',
      collapsed: window.innerWidth < 600,
    }).addTo(this._map);
    this._control.getContainer().dataset.testid = 'layer-switcher';
  }
}
