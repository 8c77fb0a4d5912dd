// The hazard desk's two map controls: the 隐患整改 toggle (top left) and the 预警 alert badge (top right).
import * as L from '../shared/leaflet.js';
import { t } from '../shared/i18n.js';
import { control, element } from '../shared/dom.js';
export function addToggle(map, onToggle) {
  const leafletControl = L.control({ position: 'topleft' });
  const container = L.DomUtil.create('div', 'leaflet-control fm-panel fm-radius-toggle-box');
  const button = control('button', 'hazard-toggle', { type: 'button', className: 'fm-hazard-toggle' });
  container.append(button);
  button.addEventListener('click', onToggle);
  L.DomEvent.disableClickPropagation(container);
  leafletControl.onAdd = () => container;
  leafletControl.addTo(map);
  return (active) => {
    button.textContent = t('hazard.tool');
    button.title = t('hazard.toolTitle');
    button.setAttribute('aria-pressed', String(active));
  };
}

export function addAlertBadge(map, onClick) {
  const leafletControl = L.control({ position: 'topright' });
  const container = element('div', 'leaflet-control fm-panel fm-hazard-alerts-box');
  const button = control('button', 'hazard-alerts', { type: 'button', className: 'fm-hazard-alerts', hidden: true });
  container.append(button);
  button.addEventListener('click', onClick);
  L.DomEvent.disableClickPropagation(container);
  leafletControl.onAdd = () => container;
  leafletControl.addTo(map);
  return (count) => {
    button.hidden = count == null;
    button.dataset.count = String(count ?? 0);
    button.textContent = t('hazard.alerts', { n: count ?? 0 });
    button.title = t('hazard.alertsTitle');
    button.classList.toggle('fm-hazard-alerts-none', count === 0);
  };
}
