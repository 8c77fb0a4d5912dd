// The radius tool's side panel: centre, radius slider, status, and the three lists in tabs.
// It holds no state of its own beyond its DOM: the tool hands it a view to draw.
import { formatNumber, language, t } from '../shared/i18n.js';
import { codeLabel } from '../shared/vocabulary.js';
import { layers, maxRadius, minRadius } from './radius-api.js';
import { distanceText, listSection } from './radius-list.js';
import { element } from '../shared/dom.js';

const radiusStep = 50;

function button(className, testid, onClick) {
  const node = element('button', className);
  node.type = 'button';
  node.dataset.testid = testid;
  node.addEventListener('click', onClick);
  return node;
}

/** The reason of a failed request, in words. */
function reasonText(error) {
  if (error?.reason === 'graphql') {
    if (error.code === 'BAD_USER_INPUT') return t('radius.badInput', { argument: error.argument ?? '?' });
    if (error.code === 'NOT_FOUND') return t('radius.notFound');
    return t('radius.failed', { code: error.code ?? '?' });
  }
  return t(`status.${error?.reason ?? 'network'}`, { status: error?.status ?? '' });
}

export class RadiusPanel {
  /** handlers: { onClose, onClear, onRadius(meters), onTab(layer), onRow(layer, row), onMore(layer), onStation(id) } */
  constructor(handlers) {
    this._handlers = handlers;
    this.element = element('aside', 'fm-side fm-radius');
    this.element.dataset.testid = 'radius-panel';
    this.element.hidden = true;
    const header = element('header', 'fm-radius-header');
    this._title = element('h2', null);
    this._clear = button('fm-radius-clear', 'radius-clear', () => handlers.onClear());
    this._close = button('fm-radius-close', 'radius-close', () => handlers.onClose());
    this._close.textContent = '×';
    header.append(this._title, this._clear, this._close);

    this._hint = element('p', 'fm-radius-hint');
    this._centre = element('p', 'fm-radius-centre-line');
    this._centre.dataset.testid = 'radius-centre-line';
    this._nearest = element('p', 'fm-radius-nearest');
    this._nearest.dataset.testid = 'radius-nearest';
    this._routes = element('p', 'fm-radius-nearest');
    this._routes.dataset.testid = 'radius-routes';

    const control = element('div', 'fm-radius-control');
    this._sliderLabel = element('label', null);
    this._sliderLabel.htmlFor = 'fm-radius-slider';
    this._slider = element('input', 'fm-radius-slider');
    Object.assign(this._slider, { type: 'range', id: 'fm-radius-slider', min: String(minRadius), max: String(maxRadius), step: String(radiusStep) });
    this._slider.dataset.testid = 'radius-slider';
    this._slider.addEventListener('input', () => handlers.onRadius(Number(this._slider.value)));
    this._value = element('output', 'fm-radius-value');
    this._value.dataset.testid = 'radius-value';
    this._value.htmlFor = 'fm-radius-slider';
    control.append(this._sliderLabel, this._slider, this._value);

    this._status = element('p', 'fm-radius-status');
    this._status.dataset.testid = 'radius-status';
    this._status.setAttribute('role', 'status');
    this._tabs = element('div', 'fm-radius-tabs');
    this._tabs.setAttribute('role', 'tablist');
    this._tabButtons = Object.fromEntries(layers.map((layer) => {
      const tab = button('fm-radius-tab', `radius-tab-${layer}`, () => handlers.onTab(layer));
      tab.setAttribute('role', 'tab');
      this._tabs.append(tab);
      return [layer, tab];
    }));
    this._body = element('div', 'fm-radius-body');
    this._body.setAttribute('role', 'tabpanel');
    this.element.append(header, this._hint, this._centre, this._nearest, this._routes, control, this._status, this._tabs, this._body);
    document.body.append(this.element);
  }

  /**
   * view: { open, radius, center, station, nearest, status, error, result, tab, exportHref(layer), loadingMore }
   */
  render(view) {
    this.element.hidden = !view.open;
    this._title.textContent = t('radius.title');
    this._clear.textContent = t('radius.clear');
    this._clear.disabled = view.center == null && view.station == null;
    this._close.title = t('radius.close');
    this._close.setAttribute('aria-label', t('radius.close'));
    this._hint.textContent = t('radius.hint');
    this._sliderLabel.textContent = t('radius.radius');
    if (Number(this._slider.value) !== view.radius) this._slider.value = String(view.radius);
    this._value.textContent = t('radius.value', { v: formatNumber(view.radius, 0) });

    this._renderCentre(view);
    this._status.textContent = view.status === 'loading' ? t('radius.loading')
      : view.status === 'error' ? t('radius.error', { reason: reasonText(view.error) }) : '';
    this._status.classList.toggle('fm-radius-error', view.status === 'error');
    this._status.hidden = this._status.textContent === '';

    const result = view.result;
    this._tabs.hidden = result == null;
    this._body.hidden = result == null;
    this.element.setAttribute('aria-busy', String(view.status === 'loading'));
    if (!result) {
      this._body.replaceChildren();
      this._drawn = null;
      return;
    }
    for (const layer of layers) {
      const tab = this._tabButtons[layer];
      tab.textContent = `${t(`radius.tabs.${layer}`)} ${formatNumber(result.lists[layer].total, 0)}`;
      tab.setAttribute('aria-selected', String(layer === view.tab));
    }
    // Dragging the slider renders on every step: rebuild the rows only when they change.
    const drawn = { result, tab: view.tab, loadingMore: view.loadingMore, lang: language() };
    const same = this._drawn && Object.keys(drawn).every((key) => drawn[key] === this._drawn[key]);
    if (same) return;
    this._drawn = drawn;
    this._body.replaceChildren(listSection(view.tab, result.lists[view.tab], view.exportHref(view.tab),
      this._handlers, view.loadingMore === view.tab));
  }

  _renderRoutes(routes) {
    this._routes.hidden = !routes?.length;
    this._routes.replaceChildren();
    if (!routes?.length) return;
    this._routes.append(t('radius.routes'));
    routes.forEach((route, i) => {
      if (i > 0) this._routes.append(' · ');
      const link = button('fm-radius-link', 'radius-route', () => this._handlers.onRoute(route));
      link.textContent = t('radius.route', { name: route.name, minutes: formatNumber(route.seconds / 60, 1) });
      link.title = t('radius.routeTitle');
      this._routes.append(link);
    });
  }

  _renderCentre(view) {
    this._renderRoutes(view.routes);
    const { center, station, nearest } = view;
    this._centre.hidden = center == null;
    this._centre.textContent = station
      ? t('radius.centreStation', { name: station.name, kind: codeLabel('stationKind', station.kind) })
      : center ? t('radius.centrePoint', { lon: center.lon.toFixed(5), lat: center.lat.toFixed(5) }) : '';
    this._nearest.hidden = nearest == null;
    this._nearest.replaceChildren();
    if (!nearest) return;
    // The nearest force is one click away from being the centre itself.
    const link = button('fm-radius-link', 'radius-nearest-station', () => this._handlers.onStation(nearest.id));
    link.textContent = nearest.name;
    this._nearest.append(t('radius.nearest'), link, t('radius.nearestDistance', {
      kind: codeLabel('stationKind', nearest.kind), distance: distanceText(nearest.distance),
    }));
  }
}
