// The analysts' side panel (火灾风险排名): which run, the level and community filters, the
// exports, and the compounds by rank. It holds no state beyond its DOM: the view hands it what to draw.
import { formatNumber, language, t } from '../shared/i18n.js';
import { riskLevels } from './risk-api.js';
import { riskLevelLabel } from './risk-level.js';
import { rankingList } from './risk-list.js';
import { element, control } from '../shared/dom.js';

function field(label, input) {
  const node = element('label', 'fm-risk-filter');
  const text = element('span', 'fm-form-label');
  node.append(text, input);
  return { node, setLabel: () => { text.textContent = t(label); } };
}

/** Replaces a select's options when they change; keeps the chosen value. */
function fillSelect(select, options, value) {
  const key = JSON.stringify(options);
  if (select.dataset.options !== key) {
    select.dataset.options = key;
    select.replaceChildren(...options.map(([v, text]) => Object.assign(element('option', null, text), { value: v })));
  }
  select.value = value ?? '';
}

export class RiskPanel {
  /** handlers: { onClose, onFilter({ level, community }), onRow(row), onMore() } */
  constructor(handlers) {
    this._handlers = handlers;
    this.element = element('aside', 'fm-side fm-radius fm-risk');
    this.element.dataset.testid = 'risk-panel';
    this.element.hidden = true;
    const header = element('header', 'fm-radius-header');
    this._title = element('h2');
    this._close = control('button', 'risk-close', { type: 'button', className: 'fm-radius-close', textContent: '×' });
    this._close.addEventListener('click', () => handlers.onClose());
    header.append(this._title, this._close);
    this._run = element('p', 'fm-radius-hint fm-risk-run');
    this._run.dataset.testid = 'risk-run';

    this._level = control('select', 'risk-level-filter');
    this._community = control('select', 'risk-community-filter');
    const changed = () => handlers.onFilter({ level: this._level.value || null, community: this._community.value || null });
    this._level.addEventListener('change', changed);
    this._community.addEventListener('change', changed);
    this._labels = [field('risk.level', this._level), field('risk.community', this._community)];
    const filters = element('div', 'fm-risk-filters');
    filters.append(...this._labels.map((l) => l.node));

    this._exports = element('p', 'fm-planner-exports');
    this._csv = control('a', 'risk-export-csv', { className: 'fm-radius-export', download: '' });
    this._xlsx = control('a', 'risk-export-xlsx', { className: 'fm-radius-export', download: '' });
    this._exportLabel = element('span');
    this._exports.append(this._exportLabel, this._csv, ' · ', this._xlsx);

    this._status = element('p', 'fm-radius-status');
    this._status.dataset.testid = 'risk-status';
    this._status.setAttribute('role', 'status');
    this._body = element('div', 'fm-radius-body');
    this.element.append(header, this._run, filters, this._exports, this._status, this._body);
    document.body.append(this.element);
  }

  /**
   * view: { open, filter: { level, community }, communities: [{ code, name }], communityName, levelName,
   * list: { status, rows, total, hasNextPage, error, noRun }, selectedId, loadingMore, exportHref(format), errorText(error) }
   */
  render(view) {
    this.element.hidden = !view.open;
    this._title.textContent = t('risk.title');
    this._close.title = t('risk.close');
    this._close.setAttribute('aria-label', t('risk.close'));
    for (const label of this._labels) label.setLabel();
    fillSelect(this._level, [['', t('risk.allLevels')], ...riskLevels.map((l) => [l, riskLevelLabel(l)])], view.filter.level);
    fillSelect(this._community, [['', t('risk.allCommunities')], ...view.communities.map((c) => [c.code, c.name])], view.filter.community);

    const { status, rows, total, error, noRun } = view.list;
    const first = rows?.[0];
    const filtered = view.filter.level || view.filter.community;
    this._run.hidden = !first;
    this._run.textContent = first ? t(filtered ? 'risk.runFiltered' : 'risk.run', {
      version: first.modelVersion, date: first.asOf, n: formatNumber(total, 0) }) : '';

    this._exports.hidden = noRun === true;
    this._exportLabel.textContent = t('risk.export');
    for (const [link, format, label] of [[this._csv, 'csv', 'risk.csv'], [this._xlsx, 'xlsx', 'risk.xlsx']]) {
      link.textContent = t(label);
      link.href = view.exportHref(format);
      link.title = t('risk.exportTitle', { community: view.communityName, level: view.levelName, format: t(label) });
    }

    this._status.textContent = status === 'loading' && !rows ? t('risk.loading')
      : noRun ? t('risk.notRun') : status === 'error' ? t('risk.error', { reason: view.errorText(error) }) : '';
    this._status.classList.toggle('fm-radius-error', status === 'error' && !noRun);
    this._status.hidden = this._status.textContent === '';
    this.element.setAttribute('aria-busy', String(status === 'loading'));
    // Rebuild the rows only when they change, so the chart of the open row is not drawn again.
    const drawn = { rows, selectedId: view.selectedId, loadingMore: view.loadingMore, lang: language() };
    if (this._drawn && Object.keys(drawn).every((key) => drawn[key] === this._drawn[key])) return;
    this._drawn = drawn;
    this._body.replaceChildren(...(rows ? rankingList(view.list, view.selectedId, this._handlers, view.loadingMore) : []));
  }
}
