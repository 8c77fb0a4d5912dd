// Title and load status. A layer that fails must say so: an empty map with no message looks
// like "no risks here", which is the worst thing this page could tell a planner.
import * as L from '../shared/leaflet.js';
import { t } from '../shared/i18n.js';
import { element } from '../shared/dom.js';

export class StatusPanel {
  constructor(map) {
    this._container = element('div', 'leaflet-control fm-panel fm-title');
    this._container.dataset.testid = 'status-panel';
    this._title = element('h1');
    this._summary = element('p', 'fm-summary');
    this._status = element('p', 'fm-status');
    this._status.dataset.testid = 'status';
    this._status.setAttribute('role', 'status');
    this._errors = element('ul', 'fm-errors');
    this._errors.dataset.testid = 'status-errors';
    this._errors.setAttribute('role', 'alert');
    this._container.append(this._title, this._summary, this._status, this._errors);
    L.DomEvent.disableClickPropagation(this._container);
    const control = L.control({ position: 'topleft' });
    control.onAdd = () => this._container;
    control.addTo(map);
  }

  /**
   * overlays: [{ definition, layer, state, error }]; summary: counts for the subtitle, or null;
   * vocabulary: why the code labels could not be read ({ reason, status }), or null.
   */
  render(overlays, summary, vocabulary = null) {
    this._title.textContent = t('app.title');
    const shown = summary && summary.communities + summary.compounds + summary.buildings > 0;
    this._summary.textContent = shown ? t('app.summary', summary) : '';
    this._summary.hidden = !shown;
    const loading = overlays.some((o) => o.state === 'loading');
    const failed = overlays.filter((o) => o.state === 'failed');
    const loaded = overlays.filter((o) => o.state === 'loaded').length;
    // A fresh install with nothing imported must not look like a sub-district with no risks.
    const noData = !loading && loaded > 0 && overlays.every((o) => o.layer.getLayers().length === 0);
    this._status.textContent = loading ? t('status.loading')
      : failed.length ? t('status.failed')
        : vocabulary ? t('status.vocabularyFailed')
          : noData ? t('status.noData') : t('status.loaded', { n: loaded });
    this._status.classList.toggle('fm-status-error', !loading && (failed.length > 0 || noData || vocabulary != null));
    const items = failed.map((o) => errorItem(o.definition.name, t(`layer.${o.definition.name}`), o.error));
    // Without the code labels the map still works, but every category and state reads "unknown".
    if (vocabulary) items.push(errorItem('vocabulary', t('status.vocabulary'), vocabulary));
    this._errors.replaceChildren(...items);
    this._errors.hidden = items.length === 0;
  }
}

function errorItem(name, what, error) {
  const reason = error?.reason ?? 'network';
  const why = t(`status.${reason}`, { status: error?.status ?? '' });
  const item = element('li', null, t('status.item', { layer: what, reason: why }));
  item.dataset.layer = name;
  return item;
}
