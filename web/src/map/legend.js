// The legend panel: one section per visible layer, one row per class present in the data,
// with counts, so "how many narrow lanes / faulty hydrants" is answered without clicking.
import * as L from '../shared/leaflet.js';
import { t } from '../shared/i18n.js';
import { element } from '../shared/dom.js';

const svgNs = 'http://www.w3.org/2000/svg';

function svgNode(tag, attributes) {
  const node = document.createElementNS(svgNs, tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value != null) node.setAttribute(name, String(value));
  }
  return node;
}

/** A small picture drawn with the same style the map uses for that class. */
function swatch(geometry, featureClass) {
  if (featureClass.symbol) {
    const holder = document.createElement('span');
    holder.className = 'fm-swatch';
    holder.innerHTML = featureClass.symbol.svg; // our own constant SVG, never data
    return holder;
  }
  const style = featureClass.style;
  const root = svgNode('svg', {
    width: 22, height: 16, viewBox: '0 0 22 16', class: 'fm-swatch', 'aria-hidden': 'true',
  });
  const stroke = {
    stroke: style.color, 'stroke-width': Math.min(style.weight ?? 1, 4),
    'stroke-dasharray': style.dashArray, 'stroke-opacity': style.opacity,
  };
  if (geometry === 'line') {
    root.append(svgNode('line', { x1: 2, y1: 8, x2: 20, y2: 8, 'stroke-linecap': 'round', ...stroke }));
  } else if (geometry === 'circle') {
    root.append(svgNode('circle', {
      cx: 11, cy: 8, r: Math.min(style.radius ?? 5, 6), fill: style.fillColor,
      'fill-opacity': style.fillOpacity, stroke: style.color, 'stroke-width': style.weight,
    }));
  } else {
    const fill = style.fill === false ? 'none' : style.fillColor;
    root.append(svgNode('rect', {
      x: 2, y: 2, width: 18, height: 12, rx: 1.5, fill, 'fill-opacity': style.fillOpacity, ...stroke,
    }));
  }
  return root;
}

function sectionNode(section) {
  const node = element('section', 'fm-legend-section');
  node.dataset.testid = `legend-section-${section.name}`;
  node.append(element('h4', null, t(`layer.${section.name}`)));
  if (section.state !== 'loaded' || section.items.length === 0) {
    const notes = { failed: 'legend.failed', loading: 'status.loading' };
    const note = notes[section.state] ?? 'legend.empty';
    node.append(element('p', `fm-legend-note fm-legend-${section.state}`, t(note)));
    return node;
  }
  const list = element('ul');
  for (const item of section.items) {
    const row = element('li');
    row.dataset.testid = `legend-item-${section.name}-${item.key}`;
    row.append(
      swatch(section.geometry, item.featureClass),
      element('span', 'fm-legend-label', item.label),
    );
    // A layer drawn from tiles never holds all its features, so it has no count to show.
    if (item.count != null) row.append(element('span', 'fm-legend-count', String(item.count)));
    list.append(row);
  }
  node.append(list);
  return node;
}

export class Legend {
  constructor(map) {
    const control = L.control({ position: 'bottomleft' });
    control.onAdd = () => this._container;
    this._container = element('div', 'leaflet-control fm-panel fm-legend');
    this._container.dataset.testid = 'legend';
    // <details> gives a keyboard-accessible collapse for small screens with no script of ours.
    this._details = element('details');
    this._details.open = window.innerWidth >= 600;
    this._summary = element('summary', 'fm-legend-title');
    this._summary.dataset.testid = 'legend-title';
    this._body = element('div', 'fm-legend-body');
    this._details.append(this._summary, this._body);
    this._container.append(this._details);
    L.DomEvent.disableClickPropagation(this._container);
    L.DomEvent.disableScrollPropagation(this._container);
    control.addTo(map);
    this._map = map;
    map.on('resize', () => this._fitHeight());
  }

  // The panel grows with the data; stop it where the top-left controls end (title, status and
  // its error list, zoom), which vary in height, so it never covers them.
  _fitHeight() {
    const corner = this._map.getContainer().querySelector('.leaflet-top.leaflet-left');
    const mapBox = this._map.getContainer().getBoundingClientRect();
    const free = mapBox.bottom - (corner?.getBoundingClientRect().bottom ?? mapBox.top) - 30;
    this._container.style.maxHeight = `${Math.max(free, 120)}px`;
  }

  /** The collapsible part, which the print layout opens. */
  get details() {
    return this._details;
  }

  /** sections: [{ name, geometry, state: 'loading'|'loaded'|'failed', items }] for visible layers. */
  render(sections) {
    this._summary.textContent = t('legend.title');
    this._body.replaceChildren(...sections.map(sectionNode));
    if (sections.length === 0) this._body.append(element('p', 'fm-legend-note', t('legend.nothing')));
    this._fitHeight();
  }
}
