// The narrative of a monthly report: printed as text; for users with the report rule a form to save
// it and submit the report while it is a draft, and for the sub-district office a button to reopen a
// submitted one. Every change sends the version the page saw; a refusal is put into words.
import { control, element } from '../shared/dom.js';
import { t } from '../shared/i18n.js';
import { may } from '../shared/session.js';
import { reopenReport, saveNarrative, submitReport } from './report-api.js';

const fields = ['workDone', 'problems', 'nextSteps'];

function reasonOf(error) {
  if (error?.code === 'CONFLICT') return t('monthly.conflict');
  if (error?.code === 'BAD_USER_INPUT' && error.argument === 'workDone') return t('monthly.needWork');
  return t('monthly.failed', { reason: error?.detail || error?.reason || '' });
}

/** The narrative block; `changed(report, notice)` is called with the report as the service returned it. */
export function narrativeBlock(report, changed) {
  const block = element('section', 'fm-report-section fm-report-narrative');
  block.dataset.testid = 'report-narrative';
  block.append(element('h2', null, t('monthly.narrative')));
  // The text as printed: what was saved, not what is being typed.
  for (const field of fields) {
    const item = element('div', 'fm-report-text');
    item.dataset.testid = `narrative-${field}`;
    item.append(element('h3', null, t(`monthly.${field}`)), element('p', null, report[field] || t('monthly.empty')));
    block.append(item);
  }
  const submitted = report.status === 'SUBMITTED';
  if (submitted && may('campaign')) block.append(reopenForm(report, changed));
  if (submitted) {
    block.append(element('p', 'fm-report-note fm-no-print', t('monthly.frozen')));
  } else if (may('report')) {
    block.append(editForm(report, changed));
  }
  return block;
}

function editForm(report, changed) {
  const form = element('form', 'fm-report-form fm-no-print');
  form.dataset.testid = 'narrative-form';
  const inputs = {};
  for (const field of fields) {
    const label = element('label', null, t(`monthly.${field}`));
    const input = control('textarea', `narrative-input-${field}`, { value: report[field] ?? '', rows: 4, maxLength: 4000 });
    label.append(input);
    inputs[field] = input;
    form.append(label);
  }
  const status = element('p', 'fm-report-status');
  status.setAttribute('role', 'status');
  const save = control('button', 'narrative-save', { type: 'submit', textContent: t('monthly.save') });
  const submit = control('button', 'narrative-submit', { type: 'button', textContent: t('monthly.submit') });
  const buttons = element('div', 'fm-report-buttons');
  buttons.append(save, submit);
  form.append(buttons, status);
  const narrative = () => Object.fromEntries(fields.map((f) => [f, inputs[f].value]));
  const busy = (on) => { save.disabled = on; submit.disabled = on; };
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    busy(true);
    try {
      changed(await saveNarrative(report, narrative()), t('monthly.saved'));
    } catch (error) {
      status.textContent = reasonOf(error);
      busy(false);
    }
  });
  submit.addEventListener('click', async () => {
    busy(true);
    try {
      // What is in the form is what is submitted: save it first when it differs from the saved text.
      let current = report;
      if (fields.some((f) => inputs[f].value.trim() !== (report[f] ?? ''))) current = await saveNarrative(report, narrative());
      changed(await submitReport(current), t('monthly.submittedNotice'));
    } catch (error) {
      status.textContent = reasonOf(error);
      busy(false);
    }
  });
  return form;
}

function reopenForm(report, changed) {
  const box = element('div', 'fm-report-buttons fm-no-print');
  const reopen = control('button', 'report-reopen', { type: 'button', textContent: t('monthly.reopen') });
  const status = element('p', 'fm-report-status');
  status.setAttribute('role', 'status');
  reopen.addEventListener('click', async () => {
    reopen.disabled = true;
    try {
      changed(await reopenReport(report), t('monthly.reopenedNotice'));
    } catch (error) {
      status.textContent = reasonOf(error);
      reopen.disabled = false;
    }
  });
  box.append(reopen, status);
  return box;
}
