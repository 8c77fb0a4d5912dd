// The hazard forms: the report form (in a popup on the map) and the action box of one hazard in the
// panel (note, new deadline, supervising unit and one button per step the role may take). DOM nodes
// only, never HTML from data; every label from the vocabulary or the dictionary.
import { t } from '../shared/i18n.js';
import { control, element } from '../shared/dom.js';
import { codeLabel, codesOf } from '../shared/vocabulary.js';

/** What to say about a failed hazard request: CONFLICT and FORBIDDEN get their own sentences. */
export function hazardErrorText(error) {
  if (error?.reason !== 'graphql') return t(`status.${error?.reason ?? 'network'}`, { status: error?.status ?? '' });
  if (error.code === 'CONFLICT') return t('hazard.conflict');
  if (error.code === 'FORBIDDEN') return t('hazard.forbidden');
  if (error.code === 'NOT_FOUND') return t('error.notFound');
  const detail = error.detail ? ` ${t('error.detail', { message: error.detail })}` : '';
  if (error.code === 'BAD_USER_INPUT') return t('error.badInput', { argument: error.argument ?? '?' }) + detail;
  return t('error.failed', { code: error.code ?? '?' }) + detail;
}

function labelled(text, input) {
  const label = element('label', 'fm-form-field');
  label.append(element('span', 'fm-form-label', text), input);
  return label;
}

function select(testid, list, codes) {
  const node = control('select', testid);
  for (const code of codes) {
    const option = element('option', null, codeLabel(list, code));
    option.value = code;
    node.append(option);
  }
  return node;
}

function errorLine(parent, testid) {
  const line = control('p', testid, { className: 'fm-form-error', hidden: true });
  line.setAttribute('role', 'alert');
  parent.append(line);
  return (text) => {
    line.hidden = !text;
    line.textContent = text ?? '';
  };
}

/** Today in China time as YYYY-MM-DD. */
export function chinaToday() {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
}

/**
 * The report form. subjectText: what the hazard will be put on. onSubmit(values) returns a promise
 * that rejects with the error to show; onResize() re-lays the popup out.
 */
export function hazardReportForm(subjectText, { onSubmit, onCancel, onResize = () => {} }) {
  const form = control('form', 'hazard-report-form', { className: 'fm-form fm-hazard-form', noValidate: true });
  form.addEventListener('click', (event) => event.stopPropagation());
  form.append(element('h3', 'fm-popup-title', t('hazard.form.title')), element('p', 'fm-form-lane', subjectText));
  const categories = codesOf('hazardCategory');
  const category = select('hazard-report-category', 'hazardCategory', categories.length ? categories : ['other']);
  const severity = select('hazard-report-severity', 'hazardSeverity', ['general', 'major']);
  const description = control('textarea', 'hazard-report-description', { rows: 2, maxLength: 500 });
  const unit = control('input', 'hazard-report-unit', { type: 'text', maxLength: 200 });
  const person = control('input', 'hazard-report-person', { type: 'text', maxLength: 200 });
  const today = chinaToday();
  const foundOn = control('input', 'hazard-report-found', { type: 'date', value: today, max: today });
  const deadline = control('input', 'hazard-report-deadline', { type: 'date' });
  const dates = element('div', 'fm-hazard-dates');
  dates.append(labelled(t('hazard.form.foundOn'), foundOn), labelled(t('hazard.form.deadline'), deadline));
  form.append(labelled(t('hazard.form.category'), category), labelled(t('hazard.form.severity'), severity),
    labelled(t('hazard.form.description'), description), labelled(t('hazard.form.responsibleUnit'), unit),
    labelled(t('hazard.form.responsiblePerson'), person), dates);
  const bar = element('div', 'fm-form-buttons');
  const submit = control('button', 'hazard-report-submit', { type: 'submit', className: 'fm-popup-action', textContent: t('hazard.form.submit') });
  const cancel = control('button', 'hazard-report-cancel', { type: 'button', className: 'fm-form-cancel', textContent: t('hazard.form.cancel') });
  cancel.addEventListener('click', () => onCancel());
  bar.append(submit, cancel);
  form.append(bar);
  const showError = errorLine(form, 'hazard-report-error');
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const values = {
      category: category.value, severity: severity.value, description: description.value.trim(),
      responsibleUnit: unit.value.trim(), responsiblePerson: person.value.trim(),
      foundOn: foundOn.value || null, deadline: deadline.value || null,
    };
    if (!values.description || !values.responsibleUnit) {
      showError(t('hazard.form.missing'));
      onResize();
      return;
    }
    submit.disabled = true;
    submit.textContent = t('hazard.busy');
    showError(null);
    try {
      await onSubmit(values);
    } catch (error) {
      showError(hazardErrorText(error));
      submit.disabled = false;
      submit.textContent = t('hazard.form.submit');
      onResize();
    }
  });
  return { element: form, focus: () => description.focus() };
}

/** The steps the role may take on `hazard` now, in the order they are offered. */
export function allowedSteps(hazard, { mayOperate, maySupervise }) {
  const steps = [];
  const open = hazard.status !== 'closed';
  if (mayOperate) {
    if (hazard.status === 'found') steps.push('start_rectification');
    if (hazard.status === 'rectifying') steps.push('submit_rectification');
    if (hazard.status === 'awaiting_review') steps.push('review_accepted', 'review_refused');
    if (open) steps.push('extend_deadline');
  }
  if (maySupervise) {
    if (open && !hazard.supervised) steps.push('supervise');
    if (hazard.supervised) steps.push('end_supervision');
  }
  return steps;
}

/**
 * The action box of one hazard: returns { element, showError(text|null) }. onStep(action, values)
 * returns a promise that rejects with the error to show.
 */
export function actionBox(hazard, steps, onStep) {
  const box = control('form', 'hazard-actions', { className: 'fm-form fm-hazard-actions', noValidate: true });
  box.addEventListener('submit', (event) => event.preventDefault());
  box.append(element('h4', null, t('hazard.actions')));
  const note = control('textarea', 'hazard-note', { rows: 2, maxLength: 500, placeholder: t('hazard.notePlaceholder') });
  box.append(labelled(t('hazard.note'), note));
  let deadline = null;
  if (steps.includes('extend_deadline')) {
    deadline = control('input', 'hazard-new-deadline', { type: 'date', min: hazard.deadline });
    box.append(labelled(t('hazard.newDeadline'), deadline));
  }
  let unit = null;
  if (steps.includes('supervise')) {
    unit = control('input', 'hazard-supervising-unit', { type: 'text', maxLength: 200 });
    box.append(labelled(t('hazard.supervisingUnit'), unit));
  }
  const bar = element('div', 'fm-form-buttons fm-hazard-buttons');
  const showError = errorLine(box, 'hazard-error');
  const buttons = steps.map((step) => {
    const button = control('button', `hazard-action-${step}`, {
      type: 'button', className: `fm-popup-action fm-hazard-step fm-hazard-step-${step}`, textContent: codeLabel('hazardAction', step),
    });
    button.addEventListener('click', async () => {
      const values = { note: note.value.trim() };
      if (step === 'extend_deadline') {
        if (!deadline.value || !values.note) {
          showError(t('hazard.needReason'));
          return;
        }
        Object.assign(values, { deadline: deadline.value, reason: values.note });
      }
      if (step === 'supervise') {
        if (!unit.value.trim()) {
          showError(t('hazard.needUnit'));
          return;
        }
        values.supervisingUnit = unit.value.trim();
      }
      for (const other of buttons) other.disabled = true;
      button.textContent = t('hazard.busy');
      showError(null);
      try {
        await onStep(step, values);
      } catch (error) {
        showError(hazardErrorText(error));
      } finally {
        for (const other of buttons) other.disabled = false;
        button.textContent = codeLabel('hazardAction', step);
      }
    });
    return button;
  });
  bar.append(...buttons);
  box.insertBefore(bar, box.lastChild);
  return { element: box, showError };
}
