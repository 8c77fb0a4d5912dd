// The duty and readiness page (duty.html, 值守与战备): the coverage of the next period of raised risk, the duty posts
// (night patrols, on-site watch, stationing) and event venues from a month back, the readiness checks of micro fire
// stations and the sub-district brigade, and a form to record a check. Scoped users see their community's.
import { control, element } from '../shared/dom.js';
import { t } from '../shared/i18n.js';
import { may } from '../shared/session.js';
import { codeLabel } from '../shared/vocabulary.js';
import { fetchLayer } from '../shared/api.js';
import { graphql } from '../shared/graphql.js';
import { button, checkbox, labelled, page, section, startPage, table } from './page.js';

const checkedKinds = ['micro_station', 'subdistrict_brigade'];

// China's date, as the service counts days.
const today = () => new Date(Date.now() + 8 * 3600 * 1000).toISOString().slice(0, 10);
const daysBefore = (n) => new Date(Date.now() + 8 * 3600 * 1000 - n * 86400 * 1000).toISOString().slice(0, 10);

async function load() {
  const [data, stations] = await Promise.all([graphql(`query($from: DateOnly!, $checks: DateOnly!) {
    dutyCoverage { periodName periodKind startsOn endsOn days postDays uncoveredDays }
    dutyRosters(from: $from) { id kind title communityCode startsOn endsOn posts leader note }
    eventVenues(from: $from) { id eventName venueName communityCode startsOn endsOn inspectedOn riskLevel }
    readinessChecks(from: $checks) { id stationName stationKind checkedOn equipmentOk staffOnDuty drillDone jointTraining note checkedBy }
  }`, { from: daysBefore(30), checks: daysBefore(90) }), fetchLayer('stations')]);
  const checked = stations.features.filter((f) => checkedKinds.includes(f.properties?.kind))
    .map((f) => ({ id: String(f.id), name: f.properties.name, kind: f.properties.kind }));
  return { ...data, stations: checked };
}

const yesNo = (v) => t(v ? 'duty.yes' : 'duty.no');

function coverageBlock(coverage) {
  const block = section('duty-coverage', t('duty.coverage'));
  if (!coverage.periodName) {
    block.append(element('p', 'fm-registers-note', t('duty.noPeriod')));
    return block;
  }
  const line = element('p', null, t('duty.coverageLine', {
    name: coverage.periodName, from: coverage.startsOn, to: coverage.endsOn, days: coverage.days, posts: coverage.postDays,
  }));
  line.dataset.testid = 'duty-coverage-line';
  block.append(line, element('p', coverage.uncoveredDays.length ? 'fm-registers-warning' : 'fm-registers-note',
    coverage.uncoveredDays.length ? t('duty.uncovered', { days: coverage.uncoveredDays.join('、') }) : t('duty.allCovered')));
  return block;
}

function checkForm(stations, change) {
  const form = element('form', 'fm-registers-form');
  form.dataset.testid = 'check-new';
  const station = control('select', 'check-station', { required: true });
  for (const s of stations) {
    const option = element('option', null, `${s.name}（${codeLabel('stationKind', s.kind)}）`);
    option.value = s.id;
    station.append(option);
  }
  const day = control('input', 'check-day', { type: 'date', required: true, value: today(), max: today() });
  const staff = control('input', 'check-staff', { type: 'number', required: true, min: 0, max: 500, value: 0 });
  const equipment = checkbox(t('duty.equipmentOk'), 'check-equipment', true);
  const drill = checkbox(t('duty.drillDone'), 'check-drill');
  const joint = checkbox(t('duty.jointTraining'), 'check-joint');
  const note = control('input', 'check-note', { type: 'text', maxLength: 1000 });
  form.append(labelled(t('duty.station'), station), labelled(t('duty.checkedOn'), day), labelled(t('duty.staffOnDuty'), staff),
    equipment.label, drill.label, joint.label, labelled(t('duty.note'), note), button(t('duty.record'), 'check-save', null, 'submit'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const input = {
      stationId: station.value, checkedOn: day.value, staffOnDuty: Number(staff.value), equipmentOk: equipment.box.checked,
      drillDone: drill.box.checked, jointTraining: joint.box.checked,
    };
    if (note.value.trim()) input.note = note.value.trim();
    change(() => graphql('mutation($input: ReadinessCheckInput!) { recordReadinessCheck(input: $input) { id } }', { input }), t('duty.recorded'));
  });
  return form;
}

function draw(data, change) {
  const rosters = section('duty-rosters', t('duty.rosters'));
  if (data.dutyRosters.length === 0) rosters.append(element('p', 'fm-registers-note', t('duty.noRosters')));
  else {
    rosters.append(table('duty-roster-table', [t('duty.kind'), t('duty.titleColumn'), t('duty.community'), t('duty.days'), t('duty.posts'), t('duty.leader'), t('duty.note')],
      data.dutyRosters, (r) => [codeLabel('dutyKind', r.kind.toLowerCase()), r.title, r.communityCode, `${r.startsOn} – ${r.endsOn}`, r.posts, r.leader ?? '', r.note ?? ''],
      (r) => `roster-${r.id}`));
  }
  const venues = section('duty-venues', t('duty.venues'));
  if (data.eventVenues.length === 0) venues.append(element('p', 'fm-registers-note', t('duty.noVenues')));
  else {
    venues.append(table('duty-venue-table', [t('duty.event'), t('duty.venue'), t('duty.community'), t('duty.days'), t('duty.inspectedOn'), t('duty.riskLevel')],
      data.eventVenues, (v) => [v.eventName, v.venueName, v.communityCode, `${v.startsOn} – ${v.endsOn}`, v.inspectedOn ?? t('duty.notInspected'),
        v.riskLevel ? codeLabel('riskLevel', v.riskLevel.toLowerCase()) : t('duty.notAssessed')], (v) => `venue-${v.id}`));
  }
  const checks = section('duty-checks', t('duty.checks'));
  checks.append(table('duty-check-table', [t('duty.checkedOn'), t('duty.station'), t('duty.equipmentOk'), t('duty.staffOnDuty'), t('duty.drillDone'),
    t('duty.jointTraining'), t('duty.note'), t('duty.checkedBy')],
  data.readinessChecks, (k) => [k.checkedOn, `${k.stationName}（${codeLabel('stationKind', k.stationKind.toLowerCase())}）`, yesNo(k.equipmentOk), k.staffOnDuty,
    yesNo(k.drillDone), yesNo(k.jointTraining), k.note ?? '', k.checkedBy], (k) => `check-${k.id}`));
  const nodes = [coverageBlock(data.dutyCoverage), rosters, venues, checks];
  if (may('operate') && data.stations.length > 0) {
    const record = section('duty-record', t('duty.recordTitle'));
    record.append(checkForm(data.stations, change));
    nodes.push(record);
  }
  return nodes;
}

await startPage();
await page('duty.title', load, draw);
