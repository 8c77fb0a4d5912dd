// Keyboard and screen-reader use of the map: a skip link to the map, popups closed by Escape
// (wherever the focus is) with a close button labelled in the page's language, and the focus
// taken back to where the popup was opened from.
import { t } from '../shared/i18n.js';

export function followKeyboard(map) {
  const skip = document.querySelector('.fm-skip-link');
  const container = map.getContainer();
  // Controls first in the Tab order, then the point symbols: Leaflet puts its panes first in the
  // DOM, which would make a keyboard user pass every marker to reach zoom or search. The controls
  // are positioned absolutely, so the order changes nothing on screen.
  const controls = container.querySelector(':scope > .leaflet-control-container');
  if (controls) container.prepend(controls);
  skip?.addEventListener('click', (event) => {
    // The URL hash holds the map's state; the link only moves the focus.
    event.preventDefault();
    container.focus();
  });

  let opener = null;
  map.on('popupopen', (event) => {
    opener = document.activeElement instanceof HTMLElement || document.activeElement instanceof SVGElement ? document.activeElement : null;
    event.popup.getElement()?.querySelector('.leaflet-popup-close-button')?.setAttribute('aria-label', t('a11y.popupClose'));
  });
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || !map._popup || !map.hasLayer(map._popup)) return;
    map.closePopup();
    (opener?.isConnected ? opener : container).focus?.();
    opener = null;
  });

  return {
    relabel() {
      if (skip) skip.textContent = t('a11y.skip');
    },
  };
}
