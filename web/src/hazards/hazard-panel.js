// The hazard panel (隐患排查整治): "report hazard" for the roles that may, the filter (status,
// severity, overdue, supervised), the counts of the whole list, the list, and one hazard's detail
// with its history and the steps the role may take. It holds no state beyond its DOM: the desk
// hands it a view to draw.
import { formatNumber, formatTime, language, t } from '../shared/i18n.js';
import { control, element } from '../shared/dom.js';
import { codeLabel } from '../shared/vocabulary.js';
import { actionBox } from './hazard-forms.js';

const statuses = ['found', 'rectifying', 'awaiting_review', 'closed'];
const severities = ['general', 'major'];

function labelled(className, input) {
  const node = element('label', className);
  const text = element('span', 'fm-form-label');
  node.append(text, input);
  return { node, setLabel: (key) => { text.textContent = t(key); } };
}

function badge(className, text) {
  return element('span', `fm-badge ${className}`, text);
}

function hazardBadges(h) {
  const nodes = [badge(`fm-hazard-sev-${h.severity}`, codeLabel('hazardSeverity', h.severity)),
    badge('fm-hazard-status', codeLabel('hazardStatus', h.status))];
  if (h.overdue) nodes.push(badge('fm-hazard-overdue', t('hazard.daysOverdue', { n: h.daysOverdue })));
  if (h.supervised) nodes.push(badge('fm-hazard-flag', t('hazard.supervised')));
  return nodes;
}

function row(h, selected, onSelect) {
  const item = element('li', `fm-hazard-item${selected ? ' fm-planner-selected' : ''}`);
  const button = control('button', 'hazard-row', { type: 'button', className: 'fm-planner-row' });
  button.dataset.id = h.id;
  button.setAttribute('aria-expanded', String(selected));
  const head = element('span', 'fm-planner-row-head');
  head.append(element('span', 'fm-radius-name', h.code), ...hazardBadges(h));
  const what = [codeLabel('hazardCategory', h.category), h.subject?.name].filter(Boolean).join(' · ');
  button.append(head, element('span', 'fm-planner-line', what),
    element('span', 'fm-planner-line', `${t('hazard.deadlineOn', { date: h.deadline })} · ${h.responsibleUnit}`));
  button.addEventListener('click', () => onSelect(h));
  item.append(button);
  return item;
}

function fields(h) {
  const list = element('dl', 'fm-popup-fields');
  const rows = [
    ['hazard.field.category', codeLabel('hazardCategory', h.category)],
    ['field.status', codeLabel('hazardStatus', h.status)],
    ['hazard.field.severity', codeLabel('hazardSeverity', h.severity)],
    ['hazard.field.subject', h.subject ? [codeLabel('hazardSubjectType', h.subject.type), h.subject.name].join(' · ') : null],
    ['field.address', h.subject?.address],
    ['hazard.field.description', h.description],
    ['hazard.field.foundOn', h.foundOn],
    ['hazard.field.foundBy', h.foundBy],
    ['hazard.field.deadline', h.deadline],
    ['hazard.field.daysOverdue', h.overdue ? t('hazard.days', { n: h.daysOverdue }) : null],
    ['hazard.field.responsibleUnit', h.responsibleUnit],
    ['hazard.field.responsiblePerson', h.responsiblePerson],
    ['hazard.field.supervised', t(h.supervised ? 'value.yes' : 'value.no')],
    ['hazard.field.supervisingUnit', h.supervised ? h.supervisingUnit : null],
    ['hazard.field.reviewNote', h.reviewNote],
    ['hazard.field.closedAt', h.closedAt ? formatTime(h.closedAt) : null],
  ];
  for (const [label, value] of rows) {
    if (value == null || value === '') continue;
    list.append(element('dt', null, t(label)), element('dd', null, String(value)));
  }
  return list;
}

function history(h) {
  const section = element('section', 'fm-hazard-history');
  section.dataset.testid = 'hazard-history';
  section.append(element('h4', null, t('hazard.history')));
  if (!h.history?.length) {
    section.append(element('p', 'fm-radius-note', t('hazard.noHistory')));
    return section;
  }
  const list = element('ol', 'fm-hazard-steps');
  for (const step of h.history) {
    const item = element('li');
    item.dataset.action = step.action;
    const to = step.from && step.from !== step.to ? ` → ${codeLabel('hazardStatus', step.to)}` : '';
    item.append(element('span', 'fm-hazard-step-name', codeLabel('hazardAction', step.action) + to),
      element('span', 'fm-planner-line', `${formatTime(step.at)} · ${step.actor}`));
    if (step.note) item.append(element('span', 'fm-planner-line fm-planner-note', step.note));
    list.append(item);
  }
  section.append(list);
  return section;
}

// Thumbnails of the photos taken when it was found and rectified; each opens the display-size picture.
function photos(h) {
  const section = element('section', 'fm-hazard-photos');
  section.dataset.testid = 'hazard-photos';
  section.append(element('h4', null, t('hazard.photos')));
  for (const photo of h.photos) {
    const link = element('a');
    Object.assign(link, { href: photo.url.replace(/^\//, ''), target: '_blank', rel: 'noopener' });
    const image = element('img');
    Object.assign(image, { src: photo.thumbnailUrl.replace(/^\//, ''), alt: t('hazard.photo'), loading: 'lazy' });
    link.append(image);
    section.append(link);
  }
  return section;
}

export class HazardPanel {
  /** handlers: { onClose, onReport, onFilter(filter), onSelect(hazard), onBack, onMore, onStep(action, values), onShow(hazard) } */
  constructor(handlers) {
    this._handlers = handlers;
    this.element = element('aside', 'fm-side fm-radius fm-planner fm-hazards');
    this.element.dataset.testid = 'hazard-panel';
    this.element.hidden = true;
    const header = element('header', 'fm-radius-header');
    this._title = element('h2');
    this._close = control('button', 'hazard-close', { type: 'button', className: 'fm-radius-close', textContent: '×' });
    this._close.addEventListener('click', () => handlers.onClose());
    header.append(this._title, this._close);

    this._report = control('button', 'hazard-report', { type: 'button', className: 'fm-planner-report' });
    this._report.addEventListener('click', () => handlers.onReport());
    this._tools = element('div', 'fm-planner-tools');
    this._tools.append(this._report);
    this._hint = control('p', 'hazard-report-hint', { className: 'fm-radius-hint fm-planner-hint' });

    const filter = element('fieldset', 'fm-planner-filter');
    this._filterLegend = element('legend');
    this._status = control('select', 'hazard-filter-status');
    this._severity = control('select', 'hazard-filter-severity');
    this._overdue = control('input', 'hazard-filter-overdue', { type: 'checkbox' });
    this._supervised = control('input', 'hazard-filter-supervised', { type: 'checkbox' });
    const changed = () => handlers.onFilter({
      status: this._status.value || null, severity: this._severity.value || null,
      overdue: this._overdue.checked, supervised: this._supervised.checked,
    });
    for (const input of [this._status, this._severity, this._overdue, this._supervised]) input.addEventListener('change', changed);
    this._labels = [
      [labelled('fm-planner-since', this._status), 'hazard.status'],
      [labelled('fm-planner-since', this._severity), 'hazard.severity'],
      [labelled('fm-planner-check', this._overdue), 'hazard.onlyOverdue'],
      [labelled('fm-planner-check', this._supervised), 'hazard.onlySupervised'],
    ];
    const filterRow = element('div', 'fm-planner-filter-row');
    filterRow.append(...this._labels.map(([field]) => field.node));
    filter.append(this._filterLegend, filterRow);

    this._summary = control('div', 'hazard-summary', { className: 'fm-hazard-summary' });
    this._downloads = control('section', 'hazard-downloads', { className: 'fm-hazard-downloads' });
    this._state = control('p', 'hazard-status', { className: 'fm-radius-status' });
    this._state.setAttribute('role', 'status');
    this._body = element('div', 'fm-radius-body');
    this.element.append(header, this._tools, this._hint, filter, this._summary, this._downloads, this._state, this._body);
    document.body.append(this.element);
  }

  /**
   * view: { open, mayReport, reporting, mayOperate, maySupervise, filter, list: { status, rows, totalCount,
   * summary, error }, detail: { status, hazard, error }, selectedId, steps(hazard), stepError, errorText(error) }
   */
  render(view) {
    this.element.hidden = !view.open;
    this._title.textContent = t('hazard.title');
    this._close.title = t('hazard.close');
    this._close.setAttribute('aria-label', t('hazard.close'));
    this._tools.hidden = !view.mayReport;
    this._report.textContent = view.reporting ? t('hazard.reportCancel') : t('hazard.report');
    this._report.title = t('hazard.reportTitle');
    this._report.setAttribute('aria-pressed', String(view.reporting));
    this._hint.textContent = t('hazard.reportHint');
    this._hint.hidden = !view.reporting || !view.mayReport;
    this._filterLegend.textContent = t('hazard.filter');
    for (const [field, key] of this._labels) field.setLabel(key);
    this._options(this._status, 'hazardStatus', statuses, view.filter.status);
    this._options(this._severity, 'hazardSeverity', severities, view.filter.severity);
    this._overdue.checked = Boolean(view.filter.overdue);
    this._supervised.checked = Boolean(view.filter.supervised);

    const { status, rows, summary, totalCount, error, next, loadingMore } = view.list;
    this._renderSummary(summary);
    this._renderDownloads();
    this._state.textContent = status === 'loading' ? t('hazard.loading')
      : status === 'error' ? t('hazard.error', { reason: view.errorText(error) }) : '';
    this._state.classList.toggle('fm-radius-error', status === 'error');
    this._state.hidden = this._state.textContent === '';
    this.element.setAttribute('aria-busy', String(status === 'loading'));

    const drawn = { rows, next, loadingMore, detail: view.detail.hazard, detailStatus: view.detail.status, lang: language(), selectedId: view.selectedId };
    if (this._drawn && Object.keys(drawn).every((key) => drawn[key] === this._drawn[key])) {
      this._actions?.showError(view.stepError);
      return;
    }
    this._drawn = drawn;
    this._actions = null;
    if (view.selectedId != null) {
      this._body.replaceChildren(this._detail(view));
      return;
    }
    const nodes = [];
    if (rows) {
      if (rows.length === 0) nodes.push(element('p', 'fm-radius-note', t('hazard.empty')));
      if (totalCount > rows.length) nodes.push(element('p', 'fm-radius-note', t('hazard.shownOf', { n: rows.length, total: totalCount })));
      const list = element('ul', 'fm-planner-rows');
      list.dataset.testid = 'hazard-list';
      list.append(...rows.map((h) => row(h, false, this._handlers.onSelect)));
      nodes.push(list);
      if (next) {
        const more = control('button', 'hazard-more', {
          type: 'button', className: 'fm-radius-link fm-hazard-more', disabled: Boolean(loadingMore),
          textContent: loadingMore ? t('hazard.loading') : t('hazard.more'),
        });
        more.addEventListener('click', () => this._handlers.onMore());
        nodes.push(more);
      }
    }
    this._body.replaceChildren(...nodes);
  }

  _detail(view) {
    const node = element('section', 'fm-hazard-detail');
    node.dataset.testid = 'hazard-detail';
    const back = control('button', 'hazard-back', { type: 'button', className: 'fm-radius-clear', textContent: `← ${t('hazard.back')}` });
    back.addEventListener('click', () => this._handlers.onBack());
    node.append(back);
    const { status, hazard, error } = view.detail;
    if (!hazard) {
      node.append(element('p', `fm-radius-status${status === 'error' ? ' fm-radius-error' : ''}`,
        status === 'error' ? t('hazard.error', { reason: view.errorText(error) }) : t('hazard.loading')));
      return node;
    }
    node.dataset.id = hazard.id;
    node.dataset.status = hazard.status;
    node.dataset.version = String(hazard.version);
    const title = element('h3', 'fm-popup-title', t('hazard.popupTitle', { code: hazard.code }));
    const show = control('button', 'hazard-show', { type: 'button', className: 'fm-radius-link', textContent: t('planner.show') });
    show.addEventListener('click', () => this._handlers.onShow(hazard));
    const badges = element('p', 'fm-hazard-badges');
    badges.append(...hazardBadges(hazard));
    node.append(title, badges, show, fields(hazard));
    const steps = view.steps(hazard);
    if (steps.length) {
      this._actions = actionBox(hazard, steps, (action, values) => this._handlers.onStep(action, values));
      this._actions.showError(view.stepError);
      node.append(this._actions.element);
    } else if (!view.mayOperate && !view.maySupervise) {
      node.append(element('p', 'fm-radius-note', t('hazard.readOnly')));
    }
    if (hazard.photos?.length) node.append(photos(hazard));
    node.append(history(hazard));
    return node;
  }

  // The three lists (三张清单) as XLSX and CSV in the current language; the session cookie goes along.
  _renderDownloads() {
    const lang = language();
    if (this._downloads.dataset.lang === lang) return;
    this._downloads.dataset.lang = lang;
    const list = element('ul');
    for (const name of ['inventory', 'hazards', 'responsibility']) {
      const item = element('li');
      item.append(element('span', 'fm-form-label', `${t(`hazard.list.${name}`)}：`));
      for (const format of ['xlsx', 'csv']) {
        const link = control('a', 'hazard-list-download', {
          href: `api/exports/lists/${name}.${format}?lang=${lang}`, download: '', textContent: format.toUpperCase(),
        });
        link.dataset.list = name;
        link.dataset.format = format;
        link.title = t('hazard.downloadTitle', { list: t(`hazard.list.${name}`), format: format.toUpperCase() });
        item.append(link);
      }
      list.append(item);
    }
    this._downloads.replaceChildren(element('h4', null, t('hazard.lists')), list);
  }

  _renderSummary(summary) {
    if (!summary) {
      this._summary.replaceChildren();
      return;
    }
    this._summary.dataset.total = String(summary.total);
    this._summary.dataset.overdue = String(summary.overdue);
    this._summary.dataset.supervised = String(summary.supervised);
    const line = element('p', 'fm-hazard-summary-line', t('hazard.summary', {
      total: formatNumber(summary.total, 0), overdue: formatNumber(summary.overdue, 0), supervised: formatNumber(summary.supervised, 0),
    }));
    const chips = element('ul', 'fm-radius-chips');
    for (const { status, count } of summary.byStatus) {
      const chip = element('li', `fm-hazard-chip-${status}`, `${codeLabel('hazardStatus', status)} ${formatNumber(count, 0)}`);
      chip.dataset.testid = `hazard-count-${status}`;
      chip.dataset.count = String(count);
      chips.append(chip);
    }
    this._summary.replaceChildren(line, chips);
  }

  _options(selectNode, list, codes, value) {
    const key = `${language()}|${codes.map((code) => codeLabel(list, code)).join()}`;
    if (selectNode.dataset.key !== key) {
      selectNode.dataset.key = key;
      selectNode.replaceChildren(...[['', t('hazard.all')], ...codes.map((code) => [code, codeLabel(list, code)])].map(([code, text]) => {
        const option = element('option', null, text);
        option.value = code;
        return option;
      }));
    }
    selectNode.value = value ?? '';
  }
}
