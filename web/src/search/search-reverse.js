// "此处地址": a right-click (a long press on a touch screen) on the map asks the geocoder for the
// nearest addressed building or compound and says what it is and how far away.
import * as L from '../shared/leaflet.js';
import { enumLabel, formatNumber, t } from '../shared/i18n.js';
import { popupOptions } from '../map/overlays.js';
import { reasonText } from './search-words.js';
import { element } from '../shared/dom.js';

function content(latlng, body) {
  const root = element('div', 'fm-popup fm-search-here');
  root.dataset.testid = 'search-here';
  root.append(element('div', 'fm-popup-layer', `${latlng.lng.toFixed(5)}, ${latlng.lat.toFixed(5)}`),
    element('h3', 'fm-popup-title', t('search.here')), ...body);
  return root;
}

function answer(latlng, nearest, onShow) {
  if (!nearest) return content(latlng, [element('p', 'fm-search-here-line', t('search.hereNone'))]);
  const head = element('p', 'fm-search-here-line');
  const badge = element('span', `fm-search-level fm-search-level-${nearest.level}`, enumLabel('matchLevel', nearest.level));
  const name = element('span', 'fm-search-here-name', nearest.address || nearest.name);
  name.dataset.testid = 'search-here-address';
  head.append(badge, name);
  const distance = element('p', 'fm-search-here-distance',
    t('search.hereDistance', { d: formatNumber(Math.round(nearest.distance), 0) }));
  distance.dataset.testid = 'search-here-distance';
  const show = element('button', 'fm-popup-action', t('search.hereShow'));
  show.type = 'button';
  show.dataset.testid = 'search-here-show';
  show.addEventListener('click', (event) => {
    event.stopPropagation();
    onShow(nearest);
  });
  const actions = element('div', 'fm-popup-actions');
  actions.append(show);
  return content(latlng, [head, distance, actions]);
}

/**
 * Opens the popup at `latlng` and fills it when the service answers. lookup(point) resolves to
 * the nearest entry or null; onShow(entry) takes the map to it. Resolves to the entry.
 */
export async function openHere(map, latlng, lookup, onShow) {
  const popup = L.popup(popupOptions()).setLatLng(latlng)
    .setContent(content(latlng, [element('p', 'fm-radius-note', t('search.hereLoading'))])).openOn(map);
  try {
    const nearest = await lookup({ lon: latlng.lng, lat: latlng.lat });
    if (map.hasLayer(popup)) popup.setContent(answer(latlng, nearest, onShow));
    return nearest;
  } catch (error) {
    console.warn(`FireMap: ${error.message}`);
    const line = element('p', 'fm-search-here-line fm-radius-error', t('search.hereError', { reason: reasonText(error) }));
    if (map.hasLayer(popup)) popup.setContent(content(latlng, [line]));
    return null;
  }
}
