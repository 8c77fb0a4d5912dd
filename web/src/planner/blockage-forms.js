// The two small forms of the blockage workflow: report one (cause, width left, note) and clear
// one (an optional note). DOM nodes only, never HTML from data; labels in the current language.
import { t } from '../shared/i18n.js';
import { codeLabel } from '../shared/vocabulary.js';
import { blockageSymbols } from '../map/styles.js';
import { element } from '../shared/dom.js';

export const causes = Object.keys(blockageSymbols);

function button(className, testid, text) {
  const node = element('button', className, text);
  node.type = 'button';
  node.dataset.testid = testid;
  return node;
}

function labelled(labelText, control, hint = null) {
  const label = element('label', 'fm-form-field');
  label.append(element('span', 'fm-form-label', labelText), control);
  if (hint) label.append(element('span', 'fm-form-hint', hint));
  return label;
}

/** [what went wrong, the server's own words or null], for a failed report or clear. */
export function errorText(error) {
  if (error?.reason !== 'graphql') {
    return [t(`status.${error?.reason ?? 'network'}`, { status: error?.status ?? '' }), null];
  }
  const detail = error.detail ? t('error.detail', { message: error.detail }) : null;
  if (error.code === 'CONFLICT') return [t('clear.conflict'), detail];
  if (error.code === 'NOT_FOUND') return [t('error.notFound'), detail];
  if (error.code === 'FORBIDDEN') return [t('error.forbidden'), detail];
  if (error.code === 'BAD_USER_INPUT') {
    const known = ['point', 'remainingWidthMeters', 'note'].includes(error.argument);
    return [known ? t(`error.${error.argument}`) : t('error.badInput', { argument: error.argument ?? '?' }), detail];
  }
  return [t('error.failed', { code: error.code ?? '?' }), detail];
}

/** The error line under a form's buttons: returns show(error | null). */
function errorLine(form, testid) {
  const line = element('p', 'fm-form-error');
  line.dataset.testid = testid;
  line.setAttribute('role', 'alert');
  line.hidden = true;
  form.append(line);
  return (error) => {
    line.hidden = error == null;
    line.replaceChildren();
    if (error == null) return;
    const [main, detail] = typeof error === 'string' ? [error, null] : errorText(error);
    line.append(element('span', null, main));
    if (detail) line.append(element('span', 'fm-form-detail', detail));
  };
}

/**
 * The report form. laneText: which lane the report will go to, as far as the map can tell.
 * onSubmit({ cause, width, note }) returns a promise; it rejects with the error to show;
 * onResize() is called when the form grows (an error shown), so its popup can stay in view.
 */
export function reportForm(laneText, { onSubmit, onCancel, onResize = () => {} }) {
  const form = element('form', 'fm-form fm-report-form');
  form.dataset.testid = 'report-form';
  form.noValidate = true; // our own message, in the user's language, rather than the browser's
  form.addEventListener('click', (event) => event.stopPropagation());
  form.append(element('h3', 'fm-popup-title', t('report.title')));
  if (laneText) form.append(element('p', 'fm-form-lane', laneText));
  const cause = element('select');
  cause.dataset.testid = 'report-cause';
  for (const code of causes) {
    const option = element('option', null, codeLabel('blockageCause', code));
    option.value = code;
    cause.append(option);
  }
  const width = element('input');
  Object.assign(width, { type: 'number', min: '0', max: '30', step: '0.1', inputMode: 'decimal', required: true });
  width.dataset.testid = 'report-width';
  const note = element('textarea');
  Object.assign(note, { rows: 2, maxLength: 500, placeholder: t('report.notePlaceholder') });
  note.dataset.testid = 'report-note';
  form.append(labelled(t('report.cause'), cause), labelled(t('report.width'), width, t('report.widthHint')),
    labelled(t('report.note'), note));
  const bar = element('div', 'fm-form-buttons');
  const submit = button('fm-popup-action', 'report-submit', t('report.submit'));
  submit.type = 'submit';
  const cancel = button('fm-form-cancel', 'report-cancel', t('report.cancel'));
  cancel.addEventListener('click', () => onCancel());
  bar.append(submit, cancel);
  form.append(bar);
  const showError = errorLine(form, 'report-error');

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const value = width.value.trim() === '' ? NaN : Number(width.value);
    if (!Number.isFinite(value) || value < 0) {
      showError(t('report.widthInvalid'));
      onResize();
      width.focus();
      return;
    }
    submit.disabled = true;
    submit.textContent = t('report.busy');
    showError(null);
    try {
      await onSubmit({ cause: cause.value, width: value, note: note.value.trim() });
    } catch (error) {
      showError(error);
      submit.disabled = false;
      submit.textContent = t('report.submit');
      onResize();
    }
  });
  return { element: form, focus: () => width.focus() };
}

/**
 * "清除" that opens into a note and a confirm button. onConfirm(note) returns a promise that
 * rejects with the error to show; testidPrefix tells the popup's and the list's apart.
 */
export function clearAction(onConfirm, testidPrefix = 'blockage') {
  const box = element('div', 'fm-clear');
  // Its buttons swap each other out: a click whose button has left the page must not reach the
  // map, which would take it for a click on the map and close the popup around the form.
  box.addEventListener('click', (event) => event.stopPropagation());
  const start = button('fm-popup-action fm-clear-start', `${testidPrefix}-clear`, t('clear.action'));
  start.title = t('clear.title');
  box.append(start);
  start.addEventListener('click', () => {
    const form = element('form', 'fm-form fm-clear-form');
    const note = element('input');
    Object.assign(note, { type: 'text', maxLength: 500, placeholder: t('clear.note') });
    note.setAttribute('aria-label', t('clear.note'));
    note.dataset.testid = `${testidPrefix}-clear-note`;
    const confirm = button('fm-popup-action', `${testidPrefix}-clear-confirm`, t('clear.confirm'));
    confirm.type = 'submit';
    const cancel = button('fm-form-cancel', `${testidPrefix}-clear-cancel`, t('clear.cancel'));
    cancel.addEventListener('click', () => box.replaceChildren(start));
    const bar = element('div', 'fm-form-buttons');
    bar.append(confirm, cancel);
    form.append(note, bar);
    const showError = errorLine(form, `${testidPrefix}-clear-error`);
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      confirm.disabled = true;
      confirm.textContent = t('clear.busy');
      try {
        await onConfirm(note.value.trim());
      } catch (error) {
        showError(error);
        confirm.disabled = false;
        confirm.textContent = t('clear.confirm');
      }
    });
    box.replaceChildren(form);
    note.focus();
  });
  return box;
}
