// The search box over the top of the map: the input, the match level of what is shown (楼栋, 小区 …)
// with its score, and under it the candidates or a message. It holds no state beyond its DOM and
// the keyboard's place in the list: the search hands it a view to draw.
import * as L from '../shared/leaflet.js';
import { enumLabel, formatNumber, t } from '../shared/i18n.js';
import { element } from '../shared/dom.js';

const percent = (score) => formatNumber(score * 100, 0);

function levelBadge(level) {
  const badge = element('span', `fm-search-level fm-search-level-${level}`, enumLabel('matchLevel', level));
  badge.dataset.level = level;
  return badge;
}

function candidateNode(candidate, index, onPick) {
  const item = element('li');
  item.setAttribute('role', 'none');
  const button = element('button', 'fm-search-candidate');
  button.type = 'button';
  button.id = `fm-search-option-${index}`;
  button.tabIndex = -1;
  button.setAttribute('role', 'option');
  button.dataset.testid = 'search-candidate';
  Object.assign(button.dataset, { level: candidate.level, id: candidate.id ?? '', score: String(candidate.score) });
  const head = element('span', 'fm-search-candidate-head');
  const score = element('span', candidate.confident ? 'fm-search-score' : 'fm-search-score fm-search-unsure',
    t('search.score', { v: percent(candidate.score) }));
  score.title = t('search.scoreTitle', { v: percent(candidate.score) });
  head.append(levelBadge(candidate.level), element('span', 'fm-search-name', candidate.name), score);
  button.append(head);
  if (candidate.address && candidate.address !== candidate.name) button.append(element('span', 'fm-search-address', candidate.address));
  // mousedown would take the focus from the input first and close the list under the pointer.
  button.addEventListener('mousedown', (event) => event.preventDefault());
  button.addEventListener('click', () => onPick(candidate));
  item.append(button);
  return item;
}

export class SearchBox {
  /** handlers: { onInput(text), onSubmit(text), onPick(candidate), onClear(), onDismiss() } */
  constructor(map, handlers) {
    this._handlers = handlers;
    this._candidates = [];
    this._active = -1;
    this.element = element('div', 'fm-search');
    this.element.dataset.testid = 'search';
    this.element.setAttribute('role', 'search');
    const form = element('form', 'fm-search-bar');
    this._input = element('input', 'fm-search-input');
    Object.assign(this._input, { type: 'search', autocomplete: 'off', spellcheck: false, enterKeyHint: 'search' });
    this._input.dataset.testid = 'search-input';
    this._input.setAttribute('role', 'combobox');
    this._input.setAttribute('aria-autocomplete', 'list');
    this._input.setAttribute('aria-controls', 'fm-search-list');
    this._input.addEventListener('input', () => handlers.onInput(this._input.value));
    this._input.addEventListener('keydown', (event) => this._onKey(event));
    this._badge = element('span', 'fm-search-badge');
    this._badge.dataset.testid = 'search-badge';
    this._clear = element('button', 'fm-search-clear', '×');
    this._clear.type = 'button';
    this._clear.dataset.testid = 'search-clear';
    this._clear.addEventListener('click', () => handlers.onClear());
    this._submit = element('button', 'fm-search-submit');
    this._submit.type = 'submit';
    this._submit.dataset.testid = 'search-submit';
    form.append(this._input, this._badge, this._clear, this._submit);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const picked = this._candidates[this._active];
      if (picked) handlers.onPick(picked);
      else handlers.onSubmit(this._input.value);
    });
    this._drop = element('div', 'fm-search-drop');
    this._message = element('p', 'fm-search-message');
    this._message.dataset.testid = 'search-message';
    this._message.setAttribute('role', 'status');
    this._list = element('ol', 'fm-search-candidates');
    this._list.id = 'fm-search-list';
    this._list.dataset.testid = 'search-candidates';
    this._list.setAttribute('role', 'listbox');
    this._drop.append(this._message, this._list);
    this.element.append(form, this._drop);
    L.DomEvent.disableClickPropagation(this.element);
    L.DomEvent.disableScrollPropagation(this.element);
    map.getContainer().append(this.element);
  }

  get text() {
    return this._input.value;
  }

  set text(value) {
    this._input.value = value;
  }

  focus() {
    this._input.focus();
  }

  /**
   * view: { busy, badge: { level, score, confident } | null, message: { kind, text } | null,
   * candidates: [candidate] | null }; kind: 'info' | 'note' | 'warn' | 'error'.
   */
  render(view) {
    this._input.placeholder = t('search.placeholder');
    this._input.setAttribute('aria-label', t('search.label'));
    this._clear.title = t('search.clear');
    this._clear.setAttribute('aria-label', t('search.clear'));
    this._clear.hidden = this._input.value === '' && !view.badge;
    this._submit.textContent = t('search.submit');
    this.element.setAttribute('aria-busy', String(view.busy));

    this._badge.replaceChildren();
    this._badge.hidden = !view.badge;
    if (view.badge) {
      const { level, score, confident } = view.badge;
      const badge = levelBadge(level);
      badge.dataset.testid = 'search-level';
      badge.title = t('search.levelTitle', { level: enumLabel('matchLevel', level) });
      this._badge.append(badge);
      if (score != null) {
        const shown = element('span', confident ? 'fm-search-score' : 'fm-search-score fm-search-unsure', t('search.score', { v: percent(score) }));
        shown.dataset.testid = 'search-score';
        shown.title = t('search.scoreTitle', { v: percent(score) });
        this._badge.append(shown);
      }
    }

    const message = view.message;
    this._message.hidden = !message;
    this._message.textContent = message?.text ?? '';
    this._message.dataset.kind = message?.kind ?? '';
    this._message.setAttribute('role', message?.kind === 'error' ? 'alert' : 'status');
    const candidates = view.candidates ?? [];
    if (candidates !== this._candidates) {
      this._candidates = candidates;
      this._active = -1;
      this._list.replaceChildren(...candidates.map((c, i) => candidateNode(c, i, this._handlers.onPick)));
    }
    this._list.hidden = candidates.length === 0;
    this._drop.hidden = !message && candidates.length === 0;
    this._input.setAttribute('aria-expanded', String(candidates.length > 0));
    this._markActive();
  }

  _onKey(event) {
    const n = this._candidates.length;
    if (event.key === 'Escape') {
      this._handlers.onDismiss();
    } else if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && n > 0) {
      event.preventDefault();
      // Down from the input goes to the first row, past the last row back to the input; up the other way.
      const next = this._active + (event.key === 'ArrowDown' ? 1 : -1);
      this._active = next >= n ? -1 : next < -1 ? n - 1 : next;
      this._markActive();
    }
  }

  _markActive() {
    [...this._list.querySelectorAll('.fm-search-candidate')].forEach((button, i) => {
      button.setAttribute('aria-selected', String(i === this._active));
    });
    if (this._active >= 0) this._input.setAttribute('aria-activedescendant', `fm-search-option-${this._active}`);
    else this._input.removeAttribute('aria-activedescendant');
  }
}
