// The ways into the planners' fire-lane view besides its panel: the "生命通道" toggle under the
// radius search's, "report a blockage on this lane" in every lane's popup, and "clear" in the
// popup of every active blockage; the two actions only for the roles that may take them.
import * as L from '../shared/leaflet.js';
import { clearAction } from './blockage-forms.js';
import { t } from '../shared/i18n.js';
import { addPopupAction } from '../map/popups.js';
import { may } from '../shared/session.js';

/** The toggle button; onToggle() is called on click. Returns render(active). */
export function addPlannerToggle(map, onToggle) {
  const control = L.control({ position: 'topleft' });
  const container = L.DomUtil.create('div', 'leaflet-control fm-panel fm-radius-toggle-box');
  const button = L.DomUtil.create('button', 'fm-planner-toggle', container);
  button.type = 'button';
  button.dataset.testid = 'planner-toggle';
  button.addEventListener('click', onToggle);
  L.DomEvent.disableClickPropagation(container);
  control.onAdd = () => container;
  control.addTo(map);
  return (active) => {
    button.textContent = t('planner.tool');
    button.title = t('planner.toolTitle');
    button.setAttribute('aria-pressed', String(active));
  };
}

/** Adds the lanes' report button; onReport(feature, latlng) opens the form where the popup was. */
export function addLaneActions(map, onReport) {
  // A line's popup opens where it was clicked: the report goes there, on that lane.
  let openedAt = null;
  map.on('popupopen', (event) => { openedAt = event.popup.getLatLng(); });
  addPopupAction('fire-lanes', (feature) => {
    if (!may('reportBlockage')) return [];
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'fm-popup-action';
    button.dataset.testid = 'lane-report';
    button.textContent = t('planner.reportHere');
    button.addEventListener('click', (event) => {
      event.stopPropagation(); // the map would take it for a click on the map once the popup is gone
      const at = openedAt;
      map.closePopup();
      onReport(feature, at);
    });
    return [button];
  });
}

/** Adds "clear" to the popups of active blockages; onClear(feature, note) returns a promise. */
export function addBlockageActions(onClear) {
  addPopupAction('blockages', (feature) => (feature.properties?.active === false || !may('clearBlockage')
    ? []
    : [clearAction((note) => onClear(feature, note), 'blockage')]));
}
