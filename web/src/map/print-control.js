// The print control: a layout for paper (title, date, scale bar, north arrow, legend, attribution)
// on A4 or A3 landscape, shown on screen as a preview until printed, and "save as image".
import * as L from '../shared/leaflet.js';
import { t } from '../shared/i18n.js';
import { control, element } from '../shared/dom.js';
import { saveMapImage } from './map-image.js';

// Printable area of each sheet in landscape, inside 10 mm margins.
const papers = { a4: { width: 277, height: 190 }, a3: { width: 400, height: 277 } };

const today = () => new Date().toLocaleDateString('zh-CN', { year: 'numeric', month: '2-digit', day: '2-digit' });
const fileDate = () => new Date().toISOString().slice(0, 10);

export class PrintControl {
  constructor(map, legendDetails) {
    this._map = map;
    this._legendDetails = legendDetails;
    this._container = element('div', 'leaflet-control fm-panel fm-print');
    this._container.dataset.testid = 'print-control';
    this._toggle = control('button', 'print-open', { type: 'button', className: 'fm-print-toggle' });
    this._toggle.setAttribute('aria-expanded', 'false');
    this._form = element('div', 'fm-print-form');
    this._form.hidden = true;
    this._paperLabel = element('label', 'fm-print-field');
    this._paper = control('select', 'print-paper');
    for (const key of Object.keys(papers)) this._paper.append(element('option', null, key.toUpperCase()));
    [...this._paper.options].forEach((option, i) => { option.value = Object.keys(papers)[i]; });
    this._paperText = element('span');
    this._paperLabel.append(this._paperText, this._paper);
    this._print = control('button', 'print-run', { type: 'button' });
    this._image = control('button', 'print-image', { type: 'button' });
    this._exit = control('button', 'print-exit', { type: 'button' });
    this._form.append(this._paperLabel, this._print, this._image, this._exit);
    this._container.append(this._toggle, this._form);
    L.DomEvent.disableClickPropagation(this._container);

    // The sheet's header and north arrow exist only in the print layout.
    this._header = element('div', 'fm-print-header');
    this._header.setAttribute('aria-hidden', 'true');
    this._headerTitle = element('h2');
    this._headerDate = element('span', 'fm-print-date');
    this._header.append(this._headerTitle, this._headerDate);
    this._north = element('div', 'fm-north-arrow');
    this._north.setAttribute('aria-hidden', 'true');
    this._north.innerHTML = '<svg viewBox="0 0 24 36" width="24" height="36"><path d="M12 2 L20 26 L12 20 L4 26 Z" fill="#212121"/><text x="12" y="35" text-anchor="middle" font-size="10" font-weight="700">N</text></svg>';
    document.body.append(this._header);
    map.getContainer().append(this._north);
    this._pageStyle = document.createElement('style');
    document.head.append(this._pageStyle);

    this._toggle.addEventListener('click', () => this._setOpen(this._form.hidden));
    this._print.addEventListener('click', () => {
      this.prepare(this._paper.value);
      window.print();
    });
    this._image.addEventListener('click', () => this.saveImage());
    this._exit.addEventListener('click', () => this.leave());
    window.addEventListener('afterprint', () => this.leave());

    // Bottom right, under the scale bar: the top right corner already holds the switcher and the alerts.
    const leaflet = L.control({ position: 'bottomright' });
    leaflet.onAdd = () => this._container;
    leaflet.addTo(map);
    this.render();
  }

  _setOpen(open) {
    this._form.hidden = !open;
    this._toggle.setAttribute('aria-expanded', String(open));
  }

  render() {
    this._toggle.textContent = t('print.open');
    this._paperText.textContent = t('print.paper');
    this._print.textContent = t('print.run');
    this._image.textContent = t('print.image');
    this._exit.textContent = t('print.exit');
    this._exit.hidden = !document.body.classList.contains('fm-print-layout');
  }

  /** Lays the page out for `paper` (a4|a3, landscape): the preview on screen is what prints. */
  prepare(paper = 'a4') {
    const size = papers[paper] ?? papers.a4;
    const center = this._map.getCenter();
    const zoom = this._map.getZoom();
    this._headerTitle.textContent = t('app.title');
    this._headerDate.textContent = t('print.date', { date: today() });
    this._pageStyle.textContent = `@page { size: ${paper.toUpperCase()} landscape; margin: 10mm; }\n`
      + `body.fm-print-layout { --fm-sheet-width: ${size.width}mm; --fm-sheet-height: ${size.height}mm; }`;
    document.body.classList.add('fm-print-layout');
    this._legendWasOpen = this._legendDetails.open;
    this._legendDetails.open = true;
    this._map.invalidateSize({ pan: false });
    this._map.setView(center, zoom, { animate: false });
    this.render();
  }

  leave() {
    if (!document.body.classList.contains('fm-print-layout')) return;
    document.body.classList.remove('fm-print-layout');
    this._legendDetails.open = this._legendWasOpen ?? this._legendDetails.open;
    this._map.invalidateSize({ pan: false });
    this.render();
  }

  saveImage() {
    return saveMapImage(this._map, {
      title: t('app.title'), date: today(), fileDate: fileDate(), attribution: t('attribution'),
    });
  }
}
