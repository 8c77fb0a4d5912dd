// The three report views: a community's monthly report, its final summary of a campaign, and the
// month's roll-up of every community for the sub-district office. Text goes in as text.
import { element } from '../shared/dom.js';
import { formatTime, language, t } from '../shared/i18n.js';
import { codeLabel } from '../shared/vocabulary.js';
import { narrativeBlock } from './narrative-form.js';
import { reportCharts } from './report-charts.js';
import { sectionBlocks } from './report-figures.js';
import { xlsxLink } from './report-api.js';

function link(text, href, testid, download = false) {
  const a = element('a', 'fm-report-link', text);
  a.href = href;
  a.dataset.testid = testid;
  if (download) a.download = '';
  return a;
}

function chartsBlock(figures) {
  const block = element('section', 'fm-report-section fm-report-charts');
  block.append(element('h2', null, t('monthly.charts')), ...reportCharts(figures));
  return block;
}

function facts(lines) {
  const list = element('ul', 'fm-report-facts');
  for (const [text, testid, className] of lines.filter(Boolean)) {
    const item = element('li', className ?? null, text);
    if (testid) item.dataset.testid = testid;
    list.append(item);
  }
  return list;
}

/** A community's monthly report; `changed` receives the report after a save, submission or reopening. */
export function monthlyView(report, campaignCode, changed) {
  const month = report.month;
  const header = element('header', 'fm-report-header');
  header.append(element('h1', null, t('monthly.heading', { community: report.communityName, month })));
  header.dataset.testid = 'report-header';
  const submitted = report.status === 'SUBMITTED';
  header.append(facts([
    [t('monthly.period', { from: report.from, to: report.to })],
    [t('monthly.due', { due: report.dueOn })],
    [`${t('monthly.status', { status: codeLabel('reportStatus', report.status.toLowerCase()) })}${report.late ? ` · ${t('monthly.late')}` : ''}`,
      'report-status', report.late ? 'fm-report-late' : null],
    submitted ? [t('monthly.submitted', { by: report.submittedBy, at: formatTime(report.submittedAt) }), 'report-submitted'] : null,
    !submitted && report.reopenedBy ? [t('monthly.reopened', { by: report.reopenedBy, at: formatTime(report.reopenedAt) })] : null,
  ]));
  const links = element('p', 'fm-report-links fm-no-print');
  links.append(link(t('monthly.xlsx'), xlsxLink({ community: report.communityCode, month, lang: language() }), 'report-xlsx', true));
  links.append(link(t('monthly.rollUpLink'), `report.html?month=${encodeURIComponent(month)}`, 'report-rollup'));
  if (campaignCode) {
    links.append(link(t('monthly.summaryLink'), `report.html?community=${encodeURIComponent(report.communityCode)}&campaign=${encodeURIComponent(campaignCode)}`,
      'report-summary'));
  }
  header.append(links);
  return [header, chartsBlock(report.figures), ...sectionBlocks(report.figures), narrativeBlock(report, changed)];
}

/** A community's final summary of a campaign. */
export function summaryView(summary) {
  const header = element('header', 'fm-report-header');
  header.dataset.testid = 'report-header';
  header.append(element('h1', null, t('monthly.summaryHeading', { community: summary.communityName, campaign: summary.campaign.name })));
  header.append(facts([
    [t('monthly.period', { from: summary.from, to: summary.to })],
    [summary.complete ? t('monthly.complete') : t('monthly.running', { to: summary.to }), 'summary-state'],
  ]));
  const links = element('p', 'fm-report-links fm-no-print');
  links.append(link(t('monthly.xlsx'), xlsxLink({ community: summary.communityCode, campaign: summary.campaign.code, lang: language() }), 'report-xlsx', true));
  links.append(link(t('monthly.rollUpXlsx'), xlsxLink({ campaign: summary.campaign.code, lang: language() }), 'report-rollup-xlsx', true));
  header.append(links);
  return [header, chartsBlock(summary.figures), ...sectionBlocks(summary.figures)];
}

/** The month's reports of every community in scope: status, late or missing, a link to each. */
export function rollUpView(month, reports, campaignCode, go) {
  const header = element('header', 'fm-report-header');
  header.dataset.testid = 'report-header';
  header.append(element('h1', null, t('monthly.rollUpHeading', { month })));
  const picker = element('form', 'fm-report-month fm-no-print');
  const label = element('label', null, t('monthly.month'));
  const input = element('input');
  input.type = 'month';
  input.value = month;
  input.dataset.testid = 'rollup-month';
  label.append(input);
  const show = element('button', null, t('monthly.show'));
  show.type = 'submit';
  picker.append(label, show);
  picker.addEventListener('submit', (event) => {
    event.preventDefault();
    if (/^\d{4}-\d{2}$/.test(input.value)) go(input.value);
  });
  const links = element('p', 'fm-report-links fm-no-print');
  links.append(link(t('monthly.rollUpXlsx'), xlsxLink({ month, lang: language() }), 'rollup-xlsx', true));
  if (campaignCode) links.append(link(t('monthly.rollUpXlsx') + ` · ${t('monthly.summaryTitle')}`, xlsxLink({ campaign: campaignCode, lang: language() }), 'summary-rollup-xlsx', true));
  header.append(picker, links);

  const table = element('table', 'fm-report-table');
  table.dataset.testid = 'rollup-table';
  const head = element('tr');
  for (const key of ['community', 'status', 'late', 'submittedBy', 'submittedAt', 'open']) head.append(element('th', null, t(`monthly.${key}`)));
  table.append(element('thead'), element('tbody'));
  table.tHead.append(head);
  for (const report of reports) {
    const row = element('tr');
    row.dataset.testid = `rollup-${report.communityCode}`;
    const submitted = report.status === 'SUBMITTED';
    const state = report.late ? (submitted ? t('monthly.late') : t('monthly.missing')) : (submitted ? t('monthly.onTime') : '');
    const open = element('td');
    open.append(link(t('monthly.open'), `report.html?community=${encodeURIComponent(report.communityCode)}&month=${encodeURIComponent(month)}`,
      `rollup-open-${report.communityCode}`));
    row.append(element('td', null, report.communityName), element('td', null, codeLabel('reportStatus', report.status.toLowerCase())),
      element('td', report.late ? 'fm-report-late' : null, state), element('td', null, report.submittedBy ?? ''),
      element('td', null, report.submittedAt ? formatTime(report.submittedAt) : ''), open);
    table.tBodies[0].append(row);
  }
  return [header, table];
}
