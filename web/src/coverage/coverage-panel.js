// The coverage side panel: station kind and minutes, how many buildings, people and places are
// outside, the lists with their routed times, and the candidate-station what-if. It holds no state
// beyond its DOM: the view hands it what to draw. Text only, never HTML from data.
import { control, element } from '../shared/dom.js';
import { formatNumber, language, t } from '../shared/i18n.js';
import { codeLabel } from '../shared/vocabulary.js';
import { minuteChoices } from './coverage-api.js';

function field(label, input) {
  const node = element('label', 'fm-coverage-filter');
  const text = element('span', 'fm-form-label');
  node.append(text, input);
  return { node, setLabel: () => { text.textContent = t(label); } };
}

function fillSelect(select, options, value) {
  const key = JSON.stringify(options);
  if (select.dataset.options !== key) {
    select.dataset.options = key;
    select.replaceChildren(...options.map(([v, text]) => Object.assign(element('option', null, text), { value: v })));
  }
  select.value = value ?? '';
}

const minutesText = (seconds) => formatNumber(seconds / 60, 1);

function timeText(row, horizon) {
  return row.seconds == null ? t('coverage.unreached', { horizon })
    : t('coverage.time', { min: minutesText(row.seconds), station: row.stationName ?? '' });
}

function targetList(testid, rows, horizon, onRow) {
  const list = element('ol', 'fm-coverage-rows');
  list.dataset.testid = testid;
  for (const row of rows) {
    const item = element('li', 'fm-coverage-row');
    item.dataset.id = String(row.id);
    const link = control('button', `${testid}-row`, { type: 'button', className: 'fm-radius-link', textContent: row.name, title: t('coverage.show') });
    link.addEventListener('click', () => onRow(row));
    item.append(link, element('span', 'fm-coverage-time', timeText(row, horizon)), element('span', 'fm-coverage-people', t('coverage.people', { n: formatNumber(row.people, 0) })));
    list.append(item);
  }
  return list;
}

export class CoveragePanel {
  /** handlers: { onClose, onKind(kind), onMinutes(minutes), onWhatIf(), onRow(row) } */
  constructor(handlers) {
    this._handlers = handlers;
    this.element = element('aside', 'fm-side fm-radius fm-coverage');
    this.element.dataset.testid = 'coverage-panel';
    this.element.hidden = true;
    const header = element('header', 'fm-radius-header');
    this._title = element('h2');
    this._close = control('button', 'coverage-close', { type: 'button', className: 'fm-radius-close', textContent: '×' });
    this._close.addEventListener('click', () => handlers.onClose());
    header.append(this._title, this._close);
    this._hint = element('p', 'fm-radius-hint');

    this._kind = control('select', 'coverage-kind');
    this._minutes = control('select', 'coverage-minutes');
    this._kind.addEventListener('change', () => handlers.onKind(this._kind.value || null));
    this._minutes.addEventListener('change', () => handlers.onMinutes(Number(this._minutes.value)));
    this._labels = [field('coverage.kind', this._kind), field('coverage.minutes', this._minutes)];
    const filters = element('div', 'fm-coverage-filters');
    filters.append(...this._labels.map((l) => l.node));

    this._summary = element('p', 'fm-coverage-summary');
    this._summary.dataset.testid = 'coverage-summary';
    this._placesLine = element('p', 'fm-radius-hint');
    this._area = element('p', 'fm-radius-hint');
    this._area.dataset.testid = 'coverage-area';

    this._whatIfButton = control('button', 'coverage-whatif', { type: 'button', className: 'fm-coverage-whatif' });
    this._whatIfButton.addEventListener('click', () => handlers.onWhatIf());
    this._whatIf = element('p', 'fm-coverage-whatif-result');
    this._whatIf.dataset.testid = 'coverage-whatif-result';
    this._whatIf.setAttribute('role', 'status');

    this._status = element('p', 'fm-radius-status');
    this._status.dataset.testid = 'coverage-status';
    this._status.setAttribute('role', 'status');
    this._body = element('div', 'fm-radius-body');
    this.element.append(header, this._hint, filters, this._summary, this._placesLine, this._area, this._whatIfButton, this._whatIf, this._status, this._body);
    document.body.append(this.element);
  }

  /**
   * view: { open, kind, kinds: [code], minutes, horizon, status, error, result, picking, whatIf: { status, answer, error }, errorText(error) }
   */
  render(view) {
    this.element.hidden = !view.open;
    this._title.textContent = t('coverage.title');
    this._close.title = t('coverage.close');
    this._close.setAttribute('aria-label', t('coverage.close'));
    this._hint.textContent = t('coverage.hint');
    for (const label of this._labels) label.setLabel();
    fillSelect(this._kind, [['', t('coverage.allKinds')], ...view.kinds.map((k) => [k, codeLabel('stationKind', k)])], view.kind);
    fillSelect(this._minutes, minuteChoices.map((m) => [String(m), t('coverage.minutesOption', { n: m })]), String(view.minutes));

    const result = view.result;
    this._summary.hidden = !result;
    this._placesLine.hidden = !result;
    this._area.hidden = !result;
    if (result) {
      this._summary.textContent = t('coverage.summary', {
        outside: formatNumber(result.buildingsOutside, 0), total: formatNumber(result.buildings, 0),
        minutes: view.minutes, people: formatNumber(result.occupantsOutside, 0),
      });
      this._summary.dataset.outside = String(result.buildingsOutside);
      this._placesLine.textContent = t('coverage.places', {
        outside: formatNumber(result.placesOutside, 0), total: formatNumber(result.places, 0), people: formatNumber(result.capacityOutside, 0),
      });
      const area = result.isochrones.reduce((sum, i) => sum + i.areaSquareMeters, 0);
      this._area.textContent = t('coverage.area', { n: result.isochrones.length, km2: formatNumber(area / 1e6, 2) });
      this._area.dataset.area = String(area);
    }

    this._whatIfButton.textContent = view.picking ? t('coverage.whatIfCancel') : t('coverage.whatIf');
    this._whatIfButton.setAttribute('aria-pressed', String(view.picking));
    const { whatIf } = view;
    this._whatIf.textContent = view.picking ? t('coverage.whatIfPicking')
      : whatIf.status === 'loading' ? t('coverage.whatIfLoading')
        : whatIf.status === 'error' ? t('coverage.error', { reason: view.errorText(whatIf.error) })
          : whatIf.answer ? t('coverage.whatIfResult', {
            kind: codeLabel('stationKind', whatIf.answer.kind), n: formatNumber(whatIf.answer.buildingsNewlyCovered, 0),
            people: formatNumber(whatIf.answer.occupantsNewlyCovered, 0),
            before: formatNumber(whatIf.answer.buildingsOutsideBefore, 0), after: formatNumber(whatIf.answer.buildingsOutsideAfter, 0),
          }) : '';
    this._whatIf.dataset.newlyCovered = whatIf.answer ? String(whatIf.answer.buildingsNewlyCovered) : '';
    this._whatIf.hidden = this._whatIf.textContent === '';

    this._status.textContent = view.status === 'loading' ? t('coverage.loading')
      : view.status === 'error' ? t('coverage.error', { reason: view.errorText(view.error) }) : '';
    this._status.classList.toggle('fm-radius-error', view.status === 'error');
    this._status.hidden = this._status.textContent === '';
    this.element.setAttribute('aria-busy', String(view.status === 'loading'));

    // Rebuild the lists only when the answer or the language changes.
    if (this._drawn === result && this._drawnLanguage === language()) return;
    this._drawn = result;
    this._drawnLanguage = language();
    this._body.replaceChildren(...(result ? this._lists(result, view.horizon) : []));
  }

  _lists(result, horizon) {
    if (result.buildingsOutside === 0 && result.placesOutside === 0) return [element('p', 'fm-radius-hint', t('coverage.none'))];
    const nodes = [];
    const section = (title, count, list) => {
      if (count === 0) return;
      nodes.push(element('h3', 'fm-coverage-heading', title), list);
      if (count > list.childElementCount) nodes.push(element('p', 'fm-radius-hint', t('coverage.shown', { shown: list.childElementCount })));
    };
    section(t('coverage.buildings'), result.buildingsOutside, targetList('coverage-buildings', result.outsideBuildings, horizon, this._handlers.onRow));
    const compounds = element('ul', 'fm-coverage-rows');
    compounds.dataset.testid = 'coverage-compounds';
    for (const c of result.outsideCompounds) {
      const item = element('li', 'fm-coverage-row');
      item.append(element('span', 'fm-coverage-name', c.name), element('span', 'fm-coverage-time',
        t('coverage.compoundLine', { n: formatNumber(c.buildingsOutside, 0), people: formatNumber(c.occupantsOutside, 0) })));
      compounds.append(item);
    }
    section(t('coverage.compounds'), result.outsideCompounds.length, compounds);
    section(t('coverage.placesList'), result.placesOutside, targetList('coverage-places', result.outsidePlaces, horizon, this._handlers.onRow));
    return nodes;
  }
}
