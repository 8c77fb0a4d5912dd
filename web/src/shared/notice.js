// A short message over the top of the map ("已上报占用 ZY073", "该占用已被清除"), for the outcome
// of an action whose popup or list row may already be gone when the answer arrives.
import * as L from './leaflet.js';
import { t } from './i18n.js';

const showMs = 8000;

export class Notice {
  /** testid: the element's data-testid (each tool has its own notice). */
  constructor(map, testid = 'planner-notice') {
    this._element = document.createElement('div');
    this._element.className = 'fm-notice';
    this._element.dataset.testid = testid;
    this._element.hidden = true;
    this._text = document.createElement('span');
    this._close = document.createElement('button');
    this._close.type = 'button';
    this._close.className = 'fm-notice-close';
    this._close.textContent = '×';
    this._close.addEventListener('click', () => this.hide());
    this._element.append(this._text, this._close);
    L.DomEvent.disableClickPropagation(this._element);
    map.getContainer().append(this._element);
    this._timer = null;
  }

  /** kind: 'ok' | 'error'. An error is announced at once (role alert), a success politely. */
  show(kind, text) {
    clearTimeout(this._timer);
    this._element.hidden = false;
    this._element.dataset.kind = kind;
    this._element.setAttribute('role', kind === 'error' ? 'alert' : 'status');
    this._text.textContent = text;
    this._close.title = t('notice.close');
    this._close.setAttribute('aria-label', t('notice.close'));
    this._timer = setTimeout(() => this.hide(), showMs);
  }

  hide() {
    clearTimeout(this._timer);
    this._element.hidden = true;
  }

  /** For the test hook: what is shown, or null. */
  state() {
    return this._element.hidden ? null : { kind: this._element.dataset.kind, text: this._text.textContent };
  }
}
