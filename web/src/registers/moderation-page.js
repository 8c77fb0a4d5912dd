// The moderation of public reports (moderation.html, 有奖举报审核): the new reports in the user's scope, each with
// its text, place and photo; accepted into a hazard (category, severity, responsible unit) or rejected with a reason
// the reporter will read. The reports already handled are listed below. The reporter's text goes in as text.
import { control, element } from '../shared/dom.js';
import { t } from '../shared/i18n.js';
import { may } from '../shared/session.js';
import { codeLabel, codesOf } from '../shared/vocabulary.js';
import { graphql } from '../shared/graphql.js';
import { button, labelled, page, section, startPage, table, when } from './page.js';

const fields = 'id trackingCode description communityCode hasPhoto status hazardCode dismissReason handledBy handledAt receivedAt version geometry';

async function load() {
  const data = await graphql(`{
    waiting: publicReports(first: 100, status: [RECEIVED]) { totalCount edges { node { ${fields} } } }
    handled: publicReports(first: 30, status: [CONVERTED, DISMISSED]) { edges { node { ${fields} } } }
  }`);
  const nodes = (connection) => connection.edges.map((e) => e.node);
  return { waiting: nodes(data.waiting), total: data.waiting.totalCount, handled: nodes(data.handled) };
}

function select(list, testid, chosen) {
  const node = control('select', testid, { required: true });
  for (const code of codesOf(list)) {
    const option = element('option', null, codeLabel(list, code));
    option.value = code.toUpperCase();
    option.selected = code === chosen;
    node.append(option);
  }
  return node;
}

function reportItem(report, change) {
  const item = element('article', 'fm-registers-item');
  item.dataset.testid = `report-${report.trackingCode}`;
  const [lon, lat] = report.geometry?.coordinates ?? [];
  item.append(
    element('h3', null, t('moderation.received', { code: report.trackingCode, at: when(report.receivedAt) })),
    element('p', null, report.description),
    element('p', 'fm-registers-note', t('moderation.where', {
      community: report.communityCode ?? t('moderation.noCommunity'), lon: lon?.toFixed(6) ?? '', lat: lat?.toFixed(6) ?? '',
    })),
  );
  const links = element('p');
  const onMap = element('a', null, t('moderation.onMap'));
  onMap.href = `./#map=18/${lat}/${lon}`;
  links.append(onMap);
  if (report.hasPhoto) {
    const photo = element('a', null, t('moderation.photo'));
    photo.href = `api/public-reports/${encodeURIComponent(report.id)}/photo`;
    photo.target = '_blank';
    photo.rel = 'noopener';
    links.append(document.createTextNode(' · '), photo);
  }
  item.append(links);
  if (!may('operate')) return item;

  const accept = element('form', 'fm-registers-form');
  accept.dataset.testid = `accept-${report.trackingCode}`;
  const category = select('hazardCategory', `accept-category-${report.trackingCode}`, 'other');
  const severity = select('hazardSeverity', `accept-severity-${report.trackingCode}`, 'general');
  const unit = control('input', `accept-unit-${report.trackingCode}`, { type: 'text', required: true, maxLength: 200 });
  const deadline = control('input', `accept-deadline-${report.trackingCode}`, { type: 'date' });
  accept.append(labelled(t('moderation.category'), category), labelled(t('moderation.severity'), severity),
    labelled(t('moderation.unit'), unit), labelled(t('moderation.deadline'), deadline),
    button(t('moderation.accept'), `accept-save-${report.trackingCode}`, null, 'submit'));
  accept.addEventListener('submit', (event) => {
    event.preventDefault();
    const input = { category: category.value, severity: severity.value, responsibleUnit: unit.value.trim() };
    if (deadline.value) input.deadline = deadline.value;
    change(() => graphql(`mutation($id: ID!, $v: Int!, $input: ConvertPublicReportInput!) {
      convertPublicReport(id: $id, expectedVersion: $v, input: $input) { hazardCode } }`, { id: report.id, v: report.version, input }),
    t('moderation.accepted', { code: report.trackingCode }));
  });

  const reject = element('form', 'fm-registers-form');
  reject.dataset.testid = `reject-${report.trackingCode}`;
  const reason = control('input', `reject-reason-${report.trackingCode}`, { type: 'text', required: true, maxLength: 500 });
  reject.append(labelled(t('moderation.reason'), reason), button(t('moderation.reject'), `reject-save-${report.trackingCode}`, null, 'submit'));
  reject.addEventListener('submit', (event) => {
    event.preventDefault();
    change(() => graphql(`mutation($id: ID!, $v: Int!, $reason: String!) {
      dismissPublicReport(id: $id, expectedVersion: $v, reason: $reason) { status } }`, { id: report.id, v: report.version, reason: reason.value.trim() }),
    t('moderation.rejected', { code: report.trackingCode }));
  });
  item.append(accept, reject);
  return item;
}

function draw(data, change) {
  const waiting = section('moderation-waiting', t('moderation.waiting', { n: data.total }));
  if (data.waiting.length === 0) waiting.append(element('p', 'fm-registers-note', t('moderation.none')));
  waiting.append(...data.waiting.map((report) => reportItem(report, change)));
  const handled = section('moderation-handled', t('moderation.handled'));
  handled.append(table('moderation-handled-table',
    [t('moderation.code'), t('moderation.status'), t('moderation.outcome'), t('moderation.handledBy'), t('moderation.handledAt')],
    data.handled, (r) => [r.trackingCode, codeLabel('publicReportStatus', r.status.toLowerCase()), r.hazardCode ?? r.dismissReason ?? '',
      r.handledBy ?? '', when(r.handledAt)], (r) => `handled-${r.trackingCode}`));
  return [waiting, handled];
}

await startPage();
await page('moderation.title', load, draw);
