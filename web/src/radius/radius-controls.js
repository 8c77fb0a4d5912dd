// The two ways into the radius tool besides a map click (the "半径查询" toggle under the zoom
// buttons, and "以此站为中心查询" in every station's popup), and the room its panel takes.
import * as L from '../shared/leaflet.js';
import { t } from '../shared/i18n.js';
import { addPopupAction } from '../map/popups.js';
import { openSide as setSide, setPicking } from '../shared/side.js';

/** The toggle button; onToggle() is called on click. Returns render(active). */
export function addToggle(map, onToggle) {
  const control = L.control({ position: 'topleft' });
  const container = L.DomUtil.create('div', 'leaflet-control fm-panel fm-radius-toggle-box');
  const button = L.DomUtil.create('button', 'fm-radius-toggle', container);
  button.type = 'button';
  button.dataset.testid = 'radius-toggle';
  button.addEventListener('click', onToggle);
  L.DomEvent.disableClickPropagation(container);
  control.onAdd = () => container;
  control.addTo(map);
  return (active) => {
    button.textContent = t('radius.tool');
    button.title = t('radius.toolTitle');
    button.setAttribute('aria-pressed', String(active));
  };
}

/** Adds the station popups' search button; onSearch(id, point or null) runs the search. */
export function addStationAction(map, onSearch) {
  addPopupAction('stations', (feature) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'fm-popup-action';
    button.dataset.testid = 'radius-station-search';
    button.textContent = t('radius.stationSearch');
    button.addEventListener('click', () => {
      map.closePopup();
      const [lon, lat] = feature.geometry?.coordinates ?? [];
      onSearch(String(feature.id), Number.isFinite(lon) && Number.isFinite(lat) ? { lon, lat } : null);
    });
    return [button];
  });
}

/** Opens or closes the side panel's room beside the map; while open, map clicks pick a centre. */
export function openSide(map, open) {
  setSide(map, 'radius', open);
  setPicking(map, open);
}
