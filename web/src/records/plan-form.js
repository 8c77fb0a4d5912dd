// The compound plan (一小区一对策) as the record panel shows it: read-only for most roles, a form
// for the roles with the plan rule; saving goes through the panel (its version check and reload).
import { formatTime, t } from '../shared/i18n.js';
import { control, element } from '../shared/dom.js';
import { may } from '../shared/session.js';
import { codeLabel } from '../shared/vocabulary.js';
import { errorLine, field, options } from './record-fields.js';

export function planNode(desk, view) {
  const planned = view.data;
  const mayEdit = may('plan');
  const node = control('section', 'plan-view', { className: 'fm-plan' });
  node.dataset.version = String(planned?.version ?? 0);
  node.dataset.editable = String(mayEdit);
  const updated = planned ? element('p', 'fm-radius-note', t('plan.updated', { by: planned.updatedBy ?? '—', at: formatTime(planned.updatedAt) })) : null;
  if (updated) updated.dataset.testid = 'plan-updated';
  if (!mayEdit) {
    if (!planned) {
      node.append(control('p', 'plan-none', { className: 'fm-radius-note', textContent: t('plan.none') }));
    } else {
      const list = element('dl', 'fm-popup-fields');
      list.append(element('dt', null, t('plan.problems')), element('dd', null, planned.problems || '—'),
        element('dt', null, t('plan.progressNotes')), element('dd', null, planned.progressNotes || '—'));
      const measures = control('ol', 'plan-measures', { className: 'fm-plan-measures' });
      for (const m of planned.measures) {
        const item = control('li', 'plan-measure');
        item.append(element('span', 'fm-hazard-step-name', m.measure),
          element('span', 'fm-planner-line', [m.owner, m.dueOn, codeLabel('planMeasureStatus', m.status)].filter(Boolean).join(' · ')));
        measures.append(item);
      }
      if (!planned.measures.length) measures.append(element('li', 'fm-radius-note', t('plan.noMeasures')));
      node.append(list, element('h4', null, t('plan.measures')), measures, updated);
    }
    node.append(control('p', 'plan-readonly', { className: 'fm-radius-note', textContent: t('plan.readOnly') }));
    return node;
  }

  const form = control('form', 'plan-form', { className: 'fm-form fm-plan-form', noValidate: true });
  const problems = control('textarea', 'plan-problems', { rows: 3, maxLength: 2000, value: planned?.problems ?? '' });
  const notes = control('textarea', 'plan-notes', { rows: 3, maxLength: 2000, value: planned?.progressNotes ?? '' });
  const measures = control('ol', 'plan-measures', { className: 'fm-plan-measures' });
  const addRow = (m = { measure: '', owner: '', dueOn: null, status: 'planned' }) => {
    const item = control('li', 'plan-measure', { className: 'fm-plan-measure' });
    const text = control('input', 'plan-measure-text', { type: 'text', maxLength: 200, value: m.measure });
    const owner = control('input', 'plan-measure-owner', { type: 'text', maxLength: 200, value: m.owner });
    const due = control('input', 'plan-measure-due', { type: 'date', value: m.dueOn ?? '' });
    const status = options(control('select', 'plan-measure-status'), 'planMeasureStatus', ['planned', 'in_progress', 'done'], m.status);
    const remove = control('button', 'plan-measure-remove', { type: 'button', className: 'fm-form-cancel', textContent: t('plan.remove') });
    remove.addEventListener('click', () => item.remove());
    const line = element('div', 'fm-plan-measure-line');
    line.append(field(t('plan.dueOn'), due), field(t('plan.status'), status), remove);
    item.append(field(t('plan.measure'), text), field(t('plan.owner'), owner), line);
    item.read = () => ({ measure: text.value.trim(), owner: owner.value.trim(), dueOn: due.value || null, status: status.value });
    measures.append(item);
  };
  for (const m of planned?.measures ?? []) addRow(m);
  const add = control('button', 'plan-add', { type: 'button', className: 'fm-radius-link', textContent: `+ ${t('plan.add')}` });
  add.addEventListener('click', () => addRow());
  const save = control('button', 'plan-save', { type: 'submit', className: 'fm-popup-action', textContent: t('plan.save') });
  const error = errorLine('plan-error');
  form.append(field(t('plan.problems'), problems), element('h4', null, t('plan.measures')), measures, add,
    field(t('plan.progressNotes'), notes), error.element);
  const bar = element('div', 'fm-form-buttons');
  bar.append(save);
  form.append(bar);
  if (updated) form.append(updated);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const values = { problems: problems.value.trim(), progressNotes: notes.value.trim(), measures: [...measures.children].map((item) => item.read()) };
    if (values.measures.some((m) => !m.measure || !m.owner)) {
      error.show(t('plan.missing'));
      return;
    }
    save.disabled = true;
    save.textContent = t('plan.busy');
    error.show(null);
    desk._track(desk._savePlan(view, values, error)).finally(() => {
      save.disabled = false;
      save.textContent = t('plan.save');
    });
  });
  node.append(form);
  return node;
}
