// The sub-district office's dashboard on the map (看板): the campaign's phase and days left, open /
// overdue / supervised hazards by community, the week's blockages, inspections and visits when the
// service reports them, the registers' figures (outreach, enforcement, duty, public reports, fires) with
// their map layers, this month's reports, risk level counts and their change. Every number opens
// the list behind it, each row a link that selects it on the map. The office's start page: shown
// first for the subdistrict and admin roles unless they chose to start with the map.
import * as L from '../shared/leaflet.js';
import { control, element } from '../shared/dom.js';
import { formatNumber, t } from '../shared/i18n.js';
import { currentUser, may } from '../shared/session.js';
import { openSide } from '../shared/side.js';
import { codeLabel } from '../shared/vocabulary.js';
import { chartFigure } from '../report/report-charts.js';
import { figureItem, isTotal, rowList, total } from '../report/report-figures.js';
import { riskColors } from '../map/styles.js';
import { fetchDashboard } from './dashboard-api.js';

const startKey = 'firemap.startPage';
const firstRoles = ['admin', 'subdistrict'];
const columns = [['HAZARDS_OPEN', 'open'], ['HAZARDS_OVERDUE', 'overdue'], ['HAZARDS_SUPERVISED', 'supervised'], ['HAZARDS_FOUND', 'found']];
// The registers' figures by community: outreach targets not yet met, enforcement cases open, days of the next holiday
// without a duty post, public reports waiting for moderation, fires in the week.
const registerColumns = [['OUTREACH_TARGETS_UNMET', 'outreachUnmet'], ['ENFORCEMENT_OPEN', 'enforcementOpen'],
  ['DUTY_NEXT_HOLIDAY_DAYS_UNCOVERED', 'dutyUncovered'], ['PUBLIC_REPORTS_PENDING', 'reportsPending'], ['INCIDENTS', 'fires']];
const blockageFigures = [['BLOCKAGES_REPORTED', 'reported'], ['BLOCKAGES_CLEARED', 'cleared'], ['BLOCKAGES_ACTIVE', 'active']];

function startsHere() {
  try {
    return localStorage.getItem(startKey) !== 'map';
  } catch {
    return true;
  }
}

function rememberStart(dashboard) {
  try {
    localStorage.setItem(startKey, dashboard ? 'dashboard' : 'map');
  } catch {
    // Not remembered; the default stays.
  }
}

export class Dashboard {
  constructor(map, user, overlay = () => null) {
    this._map = map;
    this._overlay = overlay;
    this._open = false;
    this._state = { status: 'idle', data: null, error: null, detail: null };
    this._charts = [];
    this._buildToggle();
    this._buildPanel();
    map.on('fm-side', (event) => {
      if (event.owner !== 'dashboard') this.close();
    });
    // A link into the map (#select=…) asks for the map, not the start page.
    if (firstRoles.includes(user?.role) && startsHere() && !window.location.hash) this.open();
    this.render();
  }

  _buildToggle() {
    const toggle = L.control({ position: 'topleft' });
    const box = L.DomUtil.create('div', 'leaflet-control fm-panel fm-radius-toggle-box');
    this._toggle = control('button', 'dashboard-toggle', { type: 'button' });
    box.append(this._toggle);
    this._toggle.addEventListener('click', () => (this._open ? this.close() : this.open()));
    L.DomEvent.disableClickPropagation(box);
    toggle.onAdd = () => box;
    toggle.addTo(this._map);
  }

  _buildPanel() {
    this.element = element('aside', 'fm-side fm-radius fm-dashboard');
    this.element.dataset.testid = 'dashboard-panel';
    this.element.hidden = true;
    const header = element('header', 'fm-radius-header');
    this._title = element('h2');
    this._close = control('button', 'dashboard-close', { type: 'button', className: 'fm-radius-close', textContent: '×' });
    this._close.addEventListener('click', () => this.close());
    header.append(this._title, this._close);
    this._body = element('div', 'fm-dashboard-body');
    this.element.append(header, this._body);
    L.DomEvent.disableClickPropagation(this.element);
    L.DomEvent.disableScrollPropagation(this.element);
    document.body.append(this.element);
  }

  open() {
    if (this._open) return;
    this._open = true;
    openSide(this._map, 'dashboard', true);
    this._load();
    this.render();
  }

  close() {
    if (!this._open) return;
    this._open = false;
    openSide(this._map, 'dashboard', false);
    this.render();
  }

  async _load() {
    this._state.status = 'loading';
    this.render();
    try {
      this._state.data = await fetchDashboard();
      this._state.status = 'ready';
    } catch (error) {
      this._state.status = 'error';
      this._state.error = error;
    }
    this.render();
  }

  render() {
    this._toggle.textContent = t('dashboard.tool');
    this._toggle.title = t('dashboard.toolTitle');
    this._toggle.setAttribute('aria-pressed', String(this._open));
    this.element.hidden = !this._open;
    this.element.dataset.state = this._state.status;
    this._title.textContent = t('dashboard.title');
    this._close.setAttribute('aria-label', t('dashboard.close'));
    if (!this._open) return;
    for (const chart of this._charts) chart.destroy();
    this._charts = [];
    const { status, data, error } = this._state;
    const nodes = [];
    if (status === 'loading' && !data) nodes.push(element('p', 'fm-radius-status', t('dashboard.loading')));
    if (status === 'error') nodes.push(element('p', 'fm-radius-status', t('dashboard.error', { reason: error?.detail ?? error?.reason ?? '' })));
    if (data) nodes.push(...this._sections(data));
    this._body.replaceChildren(...nodes);
  }

  _show(title, rows) {
    this._state.detail = { title, rows };
    this.render();
    this._body.querySelector('[data-testid="dashboard-detail"]')?.scrollIntoView({ block: 'nearest' });
  }

  _number(figure, title, testid) {
    const button = control('button', testid, { type: 'button', className: 'fm-dashboard-number', textContent: figure ? formatNumber(figure.value, 0) : '–' });
    button.disabled = !figure;
    button.title = title;
    if (figure) button.addEventListener('click', () => this._show(title, figure.rows));
    return button;
  }

  _chart(...args) {
    const figure = chartFigure(...args);
    if (figure.chart) this._charts.push(figure.chart);
    return figure;
  }

  _sections(data) {
    const head = element('p', 'fm-dashboard-asof', t('dashboard.asOf', { today: data.today, from: data.weekFrom }));
    const sections = [head, this._campaign(data), this._hazards(data), this._blockages(data), this._fieldWork(data), this._registers(data), this._reports(data), this._risk(data)]
      .filter(Boolean);
    if (this._state.detail) {
      const detail = section('dashboard-detail', this._state.detail.title);
      detail.append(rowList(this._state.detail.rows));
      sections.push(detail);
    }
    const start = element('label', 'fm-dashboard-start');
    const box = control('input', 'dashboard-start-here', { type: 'checkbox', checked: startsHere() });
    box.addEventListener('change', () => rememberStart(box.checked));
    start.append(box, document.createTextNode(` ${t('dashboard.startHere')}`));
    const links = element('p', 'fm-dashboard-links');
    links.dataset.testid = 'dashboard-links';
    // The other pages of the office's work, by what the role may see there (the service refuses the rest).
    const pages = [['calendar.html', 'calendar', true], ['moderation.html', 'moderation', may('operate')], ['duty.html', 'duty', true],
      ['webhooks.html', 'webhooks', currentUser()?.role === 'admin']];
    for (const [href, key, shown] of pages.filter(([, , shown]) => shown)) {
      const link = element('a', null, t(`dashboard.${key}`));
      link.href = href;
      link.dataset.testid = `dashboard-link-${key}`;
      links.append(link, document.createTextNode(' '));
    }
    sections.push(links, start);
    return sections;
  }

  _campaign(data) {
    const block = section('dashboard-campaign', t('dashboard.campaign'));
    const campaign = data.campaign;
    if (!campaign) {
      block.append(element('p', null, t('dashboard.noCampaign')));
      return block;
    }
    block.append(element('p', 'fm-dashboard-campaign-name', campaign.name));
    block.append(element('p', null, campaign.currentPhase ? t('dashboard.phase', { phase: campaign.currentPhase.name }) : t('dashboard.noPhase')));
    const days = element('p', 'fm-dashboard-big', campaign.daysLeft >= 0 ? t('dashboard.daysLeft', { n: campaign.daysLeft }) : t('dashboard.ended'));
    days.dataset.testid = 'dashboard-days-left';
    block.append(days);
    return block;
  }

  _hazards(data) {
    const block = section('dashboard-hazards', t('dashboard.hazards'));
    const table = element('table', 'fm-dashboard-table');
    const head = element('tr');
    head.append(element('th', null, t('dashboard.community')), ...columns.map(([, key]) => element('th', null, t(`dashboard.${key}`))));
    table.append(element('thead'), element('tbody'));
    table.tHead.append(head);
    for (const community of data.communities) {
      const row = element('tr');
      row.dataset.testid = `dashboard-community-${community.communityCode}`;
      row.append(element('th', null, community.communityName));
      for (const [name, key] of columns) {
        const cell = element('td');
        cell.append(this._number(total(community.figures, name), `${community.communityName} · ${t(`dashboard.${key}`)}`,
          `dashboard-${key}-${community.communityCode}`));
        row.append(cell);
      }
      table.tBodies[0].append(row);
    }
    block.append(table);
    block.append(this._chart('dashboard-chart-hazards', t('dashboard.chartHazards'), 'bar', data.communities.map((c) => c.communityName),
      data.communities.map((c) => total(c.figures, 'HAZARDS_OPEN')?.value ?? 0), '#c62828'));
    return block;
  }

  _blockages(data) {
    const block = section('dashboard-blockages', t('dashboard.blockages'));
    const line = element('div', 'fm-dashboard-row');
    for (const [name, key] of blockageFigures) {
      const merged = merge(data.communities, name);
      const item = element('div', 'fm-dashboard-stat');
      item.append(element('span', null, t(`dashboard.${key}`)), this._number(merged, t(`dashboard.${key}`), `dashboard-blockages-${key}`));
      line.append(item);
    }
    block.append(line);
    return block;
  }

  // Inspections and visits appear once the service compiles their report sections.
  _fieldWork(data) {
    const names = [...new Set(data.communities.flatMap((c) => c.figures)
      .filter((f) => isTotal(f) && (f.section === 'INSPECTIONS' || f.section === 'VISITS')).map((f) => f.figure))];
    if (names.length === 0) return null;
    const block = section('dashboard-fieldwork', t('dashboard.fieldWork'));
    for (const name of names) block.append(figureItem(merge(data.communities, name)));
    return block;
  }

  _registers(data) {
    const block = section('dashboard-registers', t('dashboard.registers'));
    const table = element('table', 'fm-dashboard-table');
    const head = element('tr');
    head.append(element('th', null, t('dashboard.community')), ...registerColumns.map(([, key]) => element('th', null, t(`dashboard.${key}`))));
    table.append(element('thead'), element('tbody'));
    table.tHead.append(head);
    for (const community of data.communities) {
      const row = element('tr');
      row.dataset.testid = `dashboard-registers-${community.communityCode}`;
      row.append(element('th', null, community.communityName));
      for (const [name, key] of registerColumns) {
        const cell = element('td');
        cell.append(this._number(total(community.figures, name), `${community.communityName} · ${t(`dashboard.${key}`)}`,
          `dashboard-${key}-${community.communityCode}`));
        row.append(cell);
      }
      table.tBodies[0].append(row);
    }
    const scroll = element('div', 'fm-dashboard-scroll');
    scroll.append(table);
    block.append(scroll, element('p', 'fm-dashboard-asof', t('dashboard.registersNote')), this._registerLayers());
    return block;
  }

  // The registers' map layers (fires, event venues) are switched here: the layer switcher's stack has no room left.
  _registerLayers() {
    const line = element('div', 'fm-dashboard-row');
    line.dataset.testid = 'dashboard-layers';
    line.append(element('span', null, t('dashboard.onMap')));
    for (const name of ['incidents', 'event-venues']) {
      const layer = this._overlay(name);
      if (!layer) continue;
      const label = element('label', 'fm-dashboard-stat');
      const box = control('input', `dashboard-layer-${name}`, { type: 'checkbox', checked: this._map.hasLayer(layer) });
      box.addEventListener('change', () => {
        if (box.checked) this._map.addLayer(layer);
        else this._map.removeLayer(layer);
        // As the layer switcher does, so that the legend and the link follow.
        this._map.fire(box.checked ? 'overlayadd' : 'overlayremove', { layer, name });
      });
      label.append(box, document.createTextNode(t(`layer.${name}`)));
      line.append(label);
    }
    return line;
  }

  _reports(data) {
    const block = section('dashboard-reports', t('dashboard.reports', { month: data.month }));
    const submitted = data.reports.filter((r) => r.status === 'SUBMITTED').length;
    const late = data.reports.filter((r) => r.late);
    const line = element('p', 'fm-dashboard-big', t('dashboard.reportsLine', { submitted, total: data.reports.length, late: late.length }));
    line.dataset.testid = 'dashboard-reports-line';
    const link = element('a', null, t('dashboard.rollUp'));
    link.href = `report.html?month=${encodeURIComponent(data.month)}`;
    link.dataset.testid = 'dashboard-rollup';
    block.append(line, link);
    return block;
  }

  _risk(data) {
    const block = section('dashboard-risk', t('dashboard.risk'));
    const list = element('ul', 'fm-dashboard-levels');
    for (const level of data.riskLevels) {
      const key = level.level.toLowerCase();
      const item = element('li');
      item.dataset.testid = `dashboard-risk-${key}`;
      const swatch = element('span', 'fm-dashboard-swatch');
      swatch.style.background = riskColors[key]?.fillColor ?? '#ccc';
      const rows = merge(data.communities, `RISK_${level.level}`);
      const change = level.previous == null ? t('dashboard.riskNoBefore')
        : t('dashboard.riskChange', { change: signed(level.count - level.previous) });
      item.append(swatch, element('span', null, codeLabel('riskLevel', key)), this._number(rows, codeLabel('riskLevel', key), `dashboard-risk-count-${key}`),
        element('span', 'fm-dashboard-change', change));
      list.append(item);
    }
    block.append(list);
    block.append(this._chart('dashboard-chart-risk', t('dashboard.chartRisk'), 'doughnut', data.riskLevels.map((l) => codeLabel('riskLevel', l.level.toLowerCase())),
      data.riskLevels.map((l) => l.count), data.riskLevels.map((l) => riskColors[l.level.toLowerCase()]?.fillColor ?? '#ccc')));
    return block;
  }

  testHook() {
    return { open: () => this.open(), close: () => this.close(), state: () => this._state.status, isOpen: () => this._open };
  }
}

/** One figure summed over every community: its value and all its rows. */
function merge(communities, name) {
  const figures = communities.map((c) => total(c.figures, name)).filter(Boolean);
  if (figures.length === 0) return null;
  return { ...figures[0], value: figures.reduce((sum, f) => sum + f.value, 0), rows: figures.flatMap((f) => f.rows) };
}

function signed(n) {
  return n > 0 ? `+${n}` : String(n);
}

function section(testid, title) {
  const node = element('section', 'fm-dashboard-section');
  node.dataset.testid = testid;
  node.append(element('h3', null, title));
  return node;
}
