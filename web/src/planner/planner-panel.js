// The planners' side panel (生命通道): "report blockage" (for the roles that may), the date filter
// of the blockages on the map, the community, the list exports, and the compounds with the worst access.
// It holds no state beyond its DOM: the planner hands it a view to draw.
import { formatNumber, language, t } from '../shared/i18n.js';
import { compoundList } from './planner-list.js';
import { element, control } from '../shared/dom.js';

function field(className, label, input) {
  const node = element('label', className);
  const text = element('span', 'fm-form-label');
  node.append(text, input);
  return { node, setLabel: () => { text.textContent = t(label); } };
}

/** The communities of the communities layer ({ code, name }), by code, for the community filter. */
export function communitiesOf(layer) {
  return (layer?.getLayers() ?? []).map((l) => l.feature?.properties ?? {})
    .filter((p) => p.code).map((p) => ({ code: String(p.code), name: p.name ?? p.code }))
    .sort((a, b) => a.code.localeCompare(b.code));
}

export class PlannerPanel {
  /**
   * handlers: { onClose, onReport, onFilter({ since, includeCleared }), onCommunity(code),
   * onCompound(row), onBlockage(blockage), onClear(blockage, note) }
   */
  constructor(handlers) {
    this._handlers = handlers;
    this.element = element('aside', 'fm-side fm-radius fm-planner');
    this.element.dataset.testid = 'planner-panel';
    this.element.hidden = true;
    const header = element('header', 'fm-radius-header');
    this._title = element('h2');
    this._close = control('button', 'planner-close', { type: 'button', className: 'fm-radius-close', textContent: '×' });
    this._close.addEventListener('click', () => handlers.onClose());
    header.append(this._title, this._close);

    this._report = control('button', 'planner-report', { type: 'button', className: 'fm-planner-report' });
    this._report.addEventListener('click', () => handlers.onReport());
    this._tools = element('div', 'fm-planner-tools');
    this._tools.append(this._report);
    this._hint = element('p', 'fm-radius-hint fm-planner-hint');
    this._hint.dataset.testid = 'planner-report-hint';

    const filter = element('fieldset', 'fm-planner-filter');
    this._filterLegend = element('legend');
    this._since = control('input', 'planner-since', { type: 'date' });
    this._cleared = control('input', 'planner-cleared', { type: 'checkbox' });
    const changed = () => handlers.onFilter({ since: this._since.value || null, includeCleared: this._cleared.checked });
    this._since.addEventListener('change', changed);
    this._cleared.addEventListener('change', changed);
    this._reset = control('button', 'planner-filter-reset', { type: 'button', className: 'fm-radius-clear' });
    this._reset.addEventListener('click', () => handlers.onFilter({ since: null, includeCleared: false }));
    this._shown = element('p', 'fm-planner-shown');
    this._shown.dataset.testid = 'planner-shown';
    const sinceField = field('fm-planner-since', 'planner.since', this._since);
    const clearedField = field('fm-planner-check', 'planner.includeCleared', this._cleared);
    const filterRow = element('div', 'fm-planner-filter-row');
    filterRow.append(sinceField.node, clearedField.node, this._reset);
    filter.append(this._filterLegend, filterRow, this._shown);

    this._community = control('select', 'planner-community');
    this._community.addEventListener('change', () => handlers.onCommunity(this._community.value || null));
    const communityField = field('fm-planner-community', 'planner.community', this._community);
    this._exports = element('p', 'fm-planner-exports');
    this._csv = control('a', 'planner-export-csv', { className: 'fm-radius-export', download: '' });
    this._xlsx = control('a', 'planner-export-xlsx', { className: 'fm-radius-export', download: '' });
    this._exportLabel = element('span');
    this._exports.append(this._exportLabel, this._csv, ' · ', this._xlsx);

    this._listTitle = element('h3', 'fm-planner-list-title');
    this._status = element('p', 'fm-radius-status');
    this._status.dataset.testid = 'planner-status';
    this._status.setAttribute('role', 'status');
    this._body = element('div', 'fm-radius-body');
    this._labels = [sinceField, clearedField, communityField];
    this.element.append(header, this._tools, this._hint, filter, communityField.node, this._exports, this._listTitle,
      this._status, this._body);
    document.body.append(this.element);
  }

  /**
   * view: { open, mayReport, reporting, filter: { since, includeCleared }, shown, communities: [{ code, name }],
   * community, communityName, list: { status, rows, error }, selectedId, exportHref(format), errorText(error) }
   */
  render(view) {
    this.element.hidden = !view.open;
    this._title.textContent = t('planner.title');
    this._close.title = t('planner.close');
    this._close.setAttribute('aria-label', t('planner.close'));
    for (const label of this._labels) label.setLabel();
    // A role that may not report sees no report button (the service would refuse the report).
    this._tools.hidden = !view.mayReport;
    this._report.textContent = view.reporting ? t('planner.reportCancel') : t('planner.report');
    this._report.title = t('planner.reportTitle');
    this._report.setAttribute('aria-pressed', String(view.reporting));
    this._hint.textContent = t('planner.reportHint');
    this._hint.hidden = !view.reporting || !view.mayReport;

    this._filterLegend.textContent = t('planner.filter');
    this._since.value = view.filter.since ?? '';
    this._cleared.checked = view.filter.includeCleared;
    this._reset.textContent = t('planner.reset');
    this._reset.disabled = !view.filter.since && !view.filter.includeCleared;
    this._shown.hidden = view.shown == null;
    this._shown.textContent = view.shown == null ? '' : view.filter.since
      ? t('planner.shownSince', { n: formatNumber(view.shown, 0), date: view.filter.since })
      : t('planner.shown', { n: formatNumber(view.shown, 0) });

    this._renderCommunities(view);
    this._exportLabel.textContent = t('planner.export');
    for (const [link, format, label] of [[this._csv, 'csv', 'planner.csv'], [this._xlsx, 'xlsx', 'planner.xlsx']]) {
      link.textContent = t(label);
      link.href = view.exportHref(format);
      link.title = t('planner.exportTitle', { community: view.communityName, format: t(label) });
    }

    this._listTitle.textContent = t('planner.listTitle');
    const { status, rows, error } = view.list;
    this._status.textContent = status === 'loading' ? t('planner.loading')
      : status === 'error' ? t('planner.error', { reason: view.errorText(error) }) : '';
    this._status.classList.toggle('fm-radius-error', status === 'error');
    this._status.hidden = this._status.textContent === '';
    this.element.setAttribute('aria-busy', String(status === 'loading'));
    // Rebuild the rows only when they change, so a clear form being filled in is not lost.
    const drawn = { rows, selectedId: view.selectedId, lang: language() };
    if (this._drawn && Object.keys(drawn).every((key) => drawn[key] === this._drawn[key])) return;
    this._drawn = drawn;
    this._body.replaceChildren(...(rows ? [compoundList(rows, view.selectedId, this._handlers)] : []));
  }

  _renderCommunities(view) {
    const options = [['', t('planner.allCommunities')], ...view.communities.map((c) => [c.code, c.name])];
    const key = JSON.stringify(options);
    if (this._communityKey !== key) {
      this._communityKey = key;
      this._community.replaceChildren(...options.map(([value, text]) => {
        const option = element('option', null, text);
        option.value = value;
        return option;
      }));
    }
    this._community.value = view.community ?? '';
  }
}
