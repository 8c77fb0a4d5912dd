// The sub-district office's calendar page (calendar.html): each campaign with its phases, entered
// deadlines and report day, edited and saved whole; every deadline that follows from it; the periods
// of raised risk the model reads (list, add, edit, delete), and the model configuration version they
// make. Other roles see the same read-only. Names go in as text.
import { signedInUser } from '../account/account.js';
import { control, element } from '../shared/dom.js';
import { applyDocumentLanguage, onLanguageChange, t } from '../shared/i18n.js';
import { may } from '../shared/session.js';
import { codeLabel, codesOf, loadVocabulary } from '../shared/vocabulary.js';
import { deleteRiskPeriod, fetchCalendar, saveCampaign, saveRiskPeriod } from './calendar-api.js';

applyDocumentLanguage();
await signedInUser();
await loadVocabulary();
const main = document.getElementById('calendar');
let data = null;
let notice = null;

function reasonOf(error) {
  return error?.code === 'CONFLICT' ? t('calendar.conflict') : t('calendar.failed', { reason: error?.detail || error?.reason || '' });
}

function input(testid, value, type = 'text', attributes = {}) {
  return control('input', testid, { type, value: value ?? '', disabled: !may('campaign'), ...attributes });
}

function labelled(text, node) {
  const label = element('label', 'fm-calendar-field', text);
  label.append(node);
  return label;
}

function kindSelect(list, value, testid, allowed = null) {
  const select = control('select', testid, { disabled: !may('campaign') });
  for (const code of codesOf(list).filter((c) => !allowed || allowed.includes(c))) {
    const option = element('option', null, codeLabel(list, code));
    option.value = code.toUpperCase();
    option.selected = code.toUpperCase() === value;
    select.append(option);
  }
  return select;
}

function rowEditor(container, items, make) {
  container.replaceChildren(...items.map((item, i) => make(item, i)));
}

function campaignForm(campaign, index) {
  const form = element('form', 'fm-calendar-campaign');
  form.dataset.testid = `campaign-${campaign.code || 'new'}`;
  const draft = structuredClone(campaign);
  const fields = {
    code: input(`campaign-code-${index}`, draft.code, 'text', { readOnly: campaign.version > 0, required: true }),
    name: input(`campaign-name-${index}`, draft.name, 'text', { required: true }),
    startsOn: input(`campaign-starts-${index}`, draft.startsOn, 'date', { required: true }),
    endsOn: input(`campaign-ends-${index}`, draft.endsOn, 'date', { required: true }),
    reportDay: input(`campaign-report-day-${index}`, draft.reportDay ?? 20, 'number', { min: 1, max: 28 }),
  };
  const description = control('textarea', `campaign-description-${index}`, { value: draft.description ?? '', rows: 2, disabled: !may('campaign') });
  const head = element('div', 'fm-calendar-grid');
  head.append(labelled(t('calendar.code'), fields.code), labelled(t('calendar.name'), fields.name), labelled(t('calendar.startsOn'), fields.startsOn),
    labelled(t('calendar.endsOn'), fields.endsOn), labelled(t('calendar.reportDay'), fields.reportDay));
  form.append(element('h3', null, campaign.name || t('calendar.newCampaign')), head, labelled(t('calendar.description'), description));

  const phases = element('div', 'fm-calendar-rows');
  const phaseRows = draft.phases.map((p) => ({ ...p }));
  const drawPhases = () => rowEditor(phases, phaseRows, (phase, i) => {
    const row = element('div', 'fm-calendar-row');
    const name = input(`phase-name-${index}-${i}`, phase.name);
    const starts = input(`phase-starts-${index}-${i}`, phase.startsOn, 'date');
    const ends = input(`phase-ends-${index}-${i}`, phase.endsOn, 'date');
    const due = input(`phase-due-${index}-${i}`, phase.due);
    name.addEventListener('input', () => { phase.name = name.value; });
    starts.addEventListener('input', () => { phase.startsOn = starts.value; });
    ends.addEventListener('input', () => { phase.endsOn = ends.value; });
    due.addEventListener('input', () => { phase.due = due.value; });
    row.append(labelled(t('calendar.name'), name), labelled(t('calendar.startsOn'), starts), labelled(t('calendar.endsOn'), ends), labelled(t('calendar.due'), due));
    if (may('campaign')) row.append(button(t('calendar.remove'), `phase-remove-${index}-${i}`, () => { phaseRows.splice(i, 1); drawPhases(); }));
    return row;
  });
  drawPhases();
  form.append(element('h4', null, t('calendar.phases')), phases);
  if (may('campaign')) {
    form.append(button(t('calendar.addPhase'), `phase-add-${index}`, () => { phaseRows.push({ name: '', startsOn: '', endsOn: '', due: '' }); drawPhases(); }));
  }

  const entered = element('div', 'fm-calendar-rows');
  const enteredKinds = ['lists', 'final_summary', 'other'];
  const deadlineRows = draft.deadlines.filter((d) => enteredKinds.includes(d.kind.toLowerCase())).map((d) => ({ kind: d.kind, name: d.name, dueOn: d.dueOn }));
  const drawDeadlines = () => rowEditor(entered, deadlineRows, (deadline, i) => {
    const row = element('div', 'fm-calendar-row');
    const kind = kindSelect('campaignDeadlineKind', deadline.kind, `deadline-kind-${index}-${i}`, enteredKinds);
    const name = input(`deadline-name-${index}-${i}`, deadline.name);
    const dueOn = input(`deadline-due-${index}-${i}`, deadline.dueOn, 'date');
    kind.addEventListener('change', () => { deadline.kind = kind.value; });
    name.addEventListener('input', () => { deadline.name = name.value; });
    dueOn.addEventListener('input', () => { deadline.dueOn = dueOn.value; });
    row.append(labelled(t('calendar.kind'), kind), labelled(t('calendar.name'), name), labelled(t('calendar.dueOn'), dueOn));
    if (may('campaign')) row.append(button(t('calendar.remove'), `deadline-remove-${index}-${i}`, () => { deadlineRows.splice(i, 1); drawDeadlines(); }));
    return row;
  });
  drawDeadlines();
  form.append(element('h4', null, t('calendar.deadlines')), entered);
  if (may('campaign')) {
    form.append(button(t('calendar.addDeadline'), `deadline-add-${index}`, () => { deadlineRows.push({ kind: 'OTHER', name: '', dueOn: '' }); drawDeadlines(); }));
  }

  if (campaign.deadlines.length > 0) {
    const all = element('ul', 'fm-calendar-deadlines');
    all.dataset.testid = `campaign-deadlines-${index}`;
    for (const d of campaign.deadlines) {
      all.append(element('li', d.daysLeft < 0 ? 'fm-calendar-past' : null,
        `${d.dueOn} ${codeLabel('campaignDeadlineKind', d.kind.toLowerCase())} · ${d.name} (${d.daysLeft < 0 ? t('calendar.past') : t('calendar.daysLeft', { n: d.daysLeft })})`));
    }
    form.append(element('h4', null, t('calendar.derived')), all);
  }

  if (may('campaign')) {
    const save = control('button', `campaign-save-${index}`, { type: 'submit', textContent: t('calendar.save') });
    form.append(save);
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      save.disabled = true;
      try {
        await saveCampaign({
          code: fields.code.value.trim(), name: fields.name.value, description: description.value,
          startsOn: fields.startsOn.value, endsOn: fields.endsOn.value, reportDay: Number(fields.reportDay.value) || 20,
          phases: phaseRows.map((p) => ({ name: p.name, startsOn: p.startsOn, endsOn: p.endsOn, due: p.due })),
          deadlines: deadlineRows.map((d) => ({ kind: d.kind, name: d.name, dueOn: d.dueOn })),
        }, campaign.version ?? 0);
        notice = t('calendar.saved');
        await load();
      } catch (error) {
        notice = reasonOf(error);
        save.disabled = false;
        render();
      }
    });
  }
  return form;
}

function periodsBlock() {
  const block = element('section', 'fm-calendar-section');
  block.dataset.testid = 'risk-periods';
  block.append(element('h2', null, t('calendar.periods')), element('p', 'fm-calendar-note', t('calendar.modelVersion', { version: data.riskModelVersion })));
  const rows = [...data.riskPeriods];
  if (may('campaign')) rows.push({ id: null, name: '', kind: 'HOLIDAY', startsOn: '', endsOn: '', factor: 1.2, version: 0 });
  for (const [i, period] of rows.entries()) {
    const form = element('form', 'fm-calendar-row');
    form.dataset.testid = period.id ? `period-${period.id}` : 'period-new';
    if (period.id) form.dataset.name = period.name;
    const name = input(`period-name-${i}`, period.name);
    const kind = kindSelect('riskPeriodKind', period.kind, `period-kind-${i}`);
    const starts = input(`period-starts-${i}`, period.startsOn, 'date');
    const ends = input(`period-ends-${i}`, period.endsOn, 'date');
    const factor = input(`period-factor-${i}`, period.factor, 'number', { min: 1, max: 3, step: 0.01 });
    form.append(labelled(t('calendar.name'), name), labelled(t('calendar.kind'), kind), labelled(t('calendar.startsOn'), starts),
      labelled(t('calendar.endsOn'), ends), labelled(t('calendar.factor'), factor));
    if (may('campaign')) {
      form.append(control('button', `period-save-${i}`, { type: 'submit', textContent: period.id ? t('calendar.save') : t('calendar.addPeriod') }));
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        change(() => saveRiskPeriod(period.id, { name: name.value, kind: kind.value, startsOn: starts.value, endsOn: ends.value, factor: Number(factor.value) },
          period.version), t('calendar.saved'));
      });
      if (period.id) form.append(button(t('calendar.remove'), `period-delete-${i}`, () => change(() => deleteRiskPeriod(period.id, period.version), t('calendar.deleted'))));
    }
    block.append(form);
  }
  return block;
}

async function change(action, done) {
  try {
    await action();
    notice = done;
    await load();
  } catch (error) {
    notice = reasonOf(error);
    render();
  }
}

function button(text, testid, onClick) {
  const node = control('button', testid, { type: 'button', textContent: text });
  node.addEventListener('click', onClick);
  return node;
}

function render() {
  document.title = t('calendar.title');
  const back = element('a', 'fm-report-link fm-no-print', t('calendar.back'));
  back.href = './';
  const nodes = [back, element('h1', null, t('calendar.title'))];
  if (notice) {
    const status = element('p', 'fm-report-notice', notice);
    status.setAttribute('role', 'status');
    status.dataset.testid = 'calendar-notice';
    nodes.push(status);
  }
  if (!data) {
    nodes.push(element('p', null, t('calendar.loading')));
  } else {
    if (!may('campaign')) nodes.push(element('p', 'fm-calendar-note', t('calendar.readOnly')));
    const campaigns = element('section', 'fm-calendar-section');
    campaigns.append(element('h2', null, t('calendar.campaigns')));
    const list = [...data.campaigns];
    if (may('campaign')) list.push({ code: '', name: '', description: '', startsOn: '', endsOn: '', reportDay: 20, phases: [], deadlines: [], version: 0 });
    campaigns.append(...list.map((c, i) => campaignForm(c, i)));
    nodes.push(campaigns, periodsBlock());
  }
  main.replaceChildren(...nodes);
  main.dataset.state = data ? 'ready' : 'loading';
}

async function load() {
  data = await fetchCalendar();
  render();
}

onLanguageChange(render);
render();
await load();
