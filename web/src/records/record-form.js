// The edit form of a building, compound or place in the record panel: the editable fields of its
// kind (the building chief only for roles with the personal rule); saving goes through the panel.
import { t } from '../shared/i18n.js';
import { control, element } from '../shared/dom.js';
import { may } from '../shared/session.js';
import { systems } from './records-api.js';
import { errorLine, field, options } from './record-fields.js';

export function editNode(desk, view) {
  const record = view.data;
  const form = control('form', 'record-form', { className: 'fm-form fm-record-form', noValidate: true });
  form.dataset.kind = view.kind;
  form.dataset.id = view.id;
  form.dataset.version = String(record.version);
  form.append(element('p', 'fm-form-lane', `${t(`record.${view.kind}`)} ${record.name ?? view.name}`));
  const inputs = {};
  const text = (name, value) => {
    inputs[name] = control('input', `record-${name}`, { type: 'text', maxLength: 200, value: value ?? '' });
    form.append(field(t(`record.${name}`), inputs[name]));
  };
  if (view.kind === 'building') {
    text('managementUnit', record.managementUnit);
    text('maintenanceUnit', record.maintenanceUnit);
    if (may('personal')) {
      text('chiefName', record.chief?.name);
      text('chiefPhone', record.chief?.phone);
    }
    for (const name of systems) {
      inputs[name] = options(control('select', `record-${name}`), 'systemStatus', ['ok', 'fault', 'absent'], record[name]);
      form.append(field(t(`record.${name}`), inputs[name]));
    }
    for (const name of ['changedUse', 'mixedUse']) {
      inputs[name] = control('input', `record-${name}`, { type: 'checkbox', checked: Boolean(record[name]) });
      form.append(field(t(`record.${name}`), inputs[name], 'fm-form-field fm-planner-check'));
    }
    inputs.occupants = control('input', 'record-occupants', { type: 'number', min: 0, step: 1, value: String(record.occupants ?? 0) });
    form.append(field(t('record.occupants'), inputs.occupants));
  } else if (view.kind === 'compound') {
    text('propertyManagementUnit', record.propertyManagementUnit);
    text('maintenanceUnit', record.maintenanceUnit);
  } else {
    text('responsibleUnit', record.responsibleUnit);
    inputs.selfInspectionDate = control('input', 'record-selfInspectionDate', { type: 'date', value: record.selfInspectionDate ?? '' });
    form.append(field(t('record.selfInspectionDate'), inputs.selfInspectionDate));
  }
  const initial = {
    ...record, chiefName: record.chief?.name ?? '', chiefPhone: record.chief?.phone ?? '',
    selfInspectionDate: record.selfInspectionDate ?? null,
  };
  for (const name of ['managementUnit', 'maintenanceUnit', 'propertyManagementUnit', 'responsibleUnit']) initial[name] = record[name] ?? '';
  const error = errorLine('record-error');
  const save = control('button', 'record-save', { type: 'submit', className: 'fm-popup-action', textContent: t('record.save') });
  const bar = element('div', 'fm-form-buttons');
  bar.append(save);
  form.append(error.element, bar);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const values = {};
    for (const [name, input] of Object.entries(inputs)) {
      if (input.type === 'checkbox') values[name] = input.checked;
      else if (name === 'occupants') values[name] = input.value === '' ? null : Number(input.value);
      else if (name === 'selfInspectionDate') values[name] = input.value || null;
      else values[name] = input.tagName === 'SELECT' ? input.value : input.value.trim();
    }
    if (values.occupants != null && !(Number.isInteger(values.occupants) && values.occupants >= 0)) {
      error.show(t('record.badOccupants'));
      return;
    }
    if (values.occupants == null) delete values.occupants;
    // Only what changed is sent: the rest stays as stored (and the chief is not written unasked).
    for (const name of Object.keys(values)) {
      if (values[name] === initial[name]) delete values[name];
    }
    save.disabled = true;
    save.textContent = t('record.busy');
    error.show(null);
    desk._track(desk._saveRecord(view, values, error)).finally(() => {
      save.disabled = false;
      save.textContent = t('record.save');
    });
  });
  return form;
}
