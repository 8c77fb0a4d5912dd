// A compound's plan (一小区一对策) and the record edits of buildings, compounds and places, in one
// side panel: compound popups offer 小区对策 to every role (the plan rule may edit it, others read
// it), and building, compound and place popups offer 编辑 to the roles with the operate rule. Every
// save sends the version shown; a stale one is said as such and the record read again.
import { formatTime, language, t } from '../shared/i18n.js';
import { control, element } from '../shared/dom.js';
import { Notice } from '../shared/notice.js';
import { may } from '../shared/session.js';
import { openSide } from '../shared/side.js';
import { codeLabel, codesOf } from '../shared/vocabulary.js';
import { addPopupAction, addPopupSection } from '../map/popups.js';
import { hazardErrorText } from '../hazards/hazard-forms.js';
import { getBuilding, getCompound, getPlace, getPlan, savePlan, systems, updateRecord } from './records-api.js';

const layerOf = { building: 'buildings', compound: 'compounds', place: 'places' };

/** What to say about a failed save or read: CONFLICT and FORBIDDEN in the area's own words. */
function errorText(area, error) {
  if (error?.reason === 'graphql' && error.code === 'CONFLICT') return t(`${area}.conflict`);
  if (error?.reason === 'graphql' && error.code === 'FORBIDDEN') return t(`${area}.forbidden`);
  return hazardErrorText(error);
}

function field(text, input, className = 'fm-form-field') {
  const label = element('label', className);
  label.append(element('span', 'fm-form-label', text), input);
  return label;
}

function options(select, list, fallback, value, blank = false) {
  const codes = codesOf(list).length ? codesOf(list) : fallback;
  const pairs = [...(blank ? [['', '—']] : []), ...codes.map((code) => [code, codeLabel(list, code)])];
  select.replaceChildren(...pairs.map(([code, text]) => {
    const option = element('option', null, text);
    option.value = code;
    return option;
  }));
  select.value = value ?? '';
  return select;
}

function errorLine(testid) {
  const line = control('p', testid, { className: 'fm-form-error', hidden: true });
  line.setAttribute('role', 'alert');
  return {
    element: line,
    show: (text) => {
      line.hidden = !text;
      line.textContent = text ?? '';
    },
  };
}

const featureName = (feature) => {
  const p = feature.properties ?? {};
  return p.name ?? p.code ?? String(feature.id);
};

export class RecordDesk {
  /** reload(names): re-fetches those map layers. */
  constructor(map, { reload }) {
    this._map = map;
    this._reload = reload;
    this._open = false;
    this._view = null; // { mode: 'plan' | 'edit', kind, id, name, at, status, data, error }
    this._pending = Promise.resolve();
    this._notice = new Notice(map, 'record-notice');
    this.element = element('aside', 'fm-side fm-radius fm-planner fm-records');
    this.element.dataset.testid = 'record-panel';
    this.element.hidden = true;
    const header = element('header', 'fm-radius-header');
    this._title = element('h2');
    this._close = control('button', 'record-close', { type: 'button', className: 'fm-radius-close', textContent: '×' });
    this._close.addEventListener('click', () => this.close());
    header.append(this._title, this._close);
    this._body = element('div', 'fm-radius-body fm-records-body');
    this.element.append(header, this._body);
    document.body.append(this.element);

    map.on('fm-side', (event) => {
      if (event.owner !== 'records') this.close();
    });
    addPopupAction('compounds', (feature) => [this._popupButton('plan-open', t('plan.open'),
      () => this.openPlan(feature.id, featureName(feature)))]);
    for (const kind of ['building', 'compound', 'place']) {
      addPopupAction(layerOf[kind], (feature) => (may('operate') ? [this._popupButton('record-edit', t('record.edit'),
        () => this.openEdit(kind, feature))] : []));
    }
    addPopupSection('buildings', (feature) => this._unitsSection(feature, 'building'));
    addPopupSection('compounds', (feature) => this._unitsSection(feature, 'compound'));
  }

  _popupButton(testid, text, onClick) {
    const button = control('button', testid, { type: 'button', className: 'fm-popup-action', textContent: text });
    button.addEventListener('click', (event) => {
      event.stopPropagation();
      this._map.closePopup();
      onClick();
    });
    return button;
  }

  // The units of a building or compound, read when its popup opens (the map layers do not carry them).
  _unitsSection(feature, kind) {
    const list = control('dl', 'record-units', { className: 'fm-popup-fields fm-record-units' });
    const read = kind === 'building' ? getBuilding(feature.id) : getCompound(feature.id);
    read.then((record) => {
      if (!record) return;
      const rows = kind === 'building'
        ? [['record.managementUnit', record.managementUnit], ['record.maintenanceUnit', record.maintenanceUnit]]
        : [['record.propertyManagementUnit', record.propertyManagementUnit], ['record.maintenanceUnit', record.maintenanceUnit]];
      for (const [label, value] of rows) {
        if (value == null || value === '') continue;
        list.append(element('dt', null, t(label)), element('dd', null, value));
      }
      list.dataset.loaded = 'true';
    }, (error) => console.warn(`FireMap: record not loaded (${error.message})`));
    this._track(read);
    return list;
  }

  openPlan(compoundId, name) {
    this._show({ mode: 'plan', kind: 'compound', id: String(compoundId), name });
    return this._track(this._load());
  }

  openEdit(kind, feature) {
    const [lon, lat] = feature.geometry?.type === 'Point' ? feature.geometry.coordinates : [null, null];
    this._show({ mode: 'edit', kind, id: String(feature.id), name: featureName(feature), at: { lon, lat } });
    return this._track(this._load());
  }

  _show(view) {
    this._view = { ...view, status: 'loading', data: null, error: null };
    if (!this._open) {
      this._open = true;
      openSide(this._map, 'records', true);
    }
    this.render(true);
  }

  close() {
    if (!this._open) return;
    this._open = false;
    this._view = null;
    openSide(this._map, 'records', false);
    this.render(true);
  }

  async _load() {
    const view = this._view;
    if (!view) return;
    try {
      let data;
      if (view.mode === 'plan') data = await getPlan(view.id);
      else if (view.kind === 'building') data = await getBuilding(view.id, may('personal'));
      else if (view.kind === 'compound') data = await getCompound(view.id);
      else data = await getPlace(view.id, view.at);
      if (this._view !== view) return;
      if (view.mode === 'edit' && !data) throw Object.assign(new Error('not found'), { reason: 'graphql', code: 'NOT_FOUND' });
      this._view = { ...view, status: 'ready', data, error: null };
    } catch (error) {
      if (this._view !== view) return;
      this._view = { ...view, status: 'error', data: null, error };
    }
    this.render(true);
  }

  render(rebuild = false) {
    this.element.hidden = !this._open;
    this._close.title = t('plan.close');
    this._close.setAttribute('aria-label', t('plan.close'));
    const view = this._view;
    if (!view) return;
    this._title.textContent = view.mode === 'plan' ? t('plan.title', { name: view.name }) : t('record.title', { name: view.name });
    if (!rebuild && this._drawnLanguage === language()) return;
    this._drawnLanguage = language();
    this.element.dataset.mode = view.mode;
    this.element.dataset.status = view.status;
    const area = view.mode === 'plan' ? 'plan' : 'record';
    if (view.status !== 'ready') {
      const text = view.status === 'error' ? t(`${area}.error`, { reason: errorText(area, view.error) }) : t(`${area}.loading`);
      this._body.replaceChildren(element('p', `fm-radius-status${view.status === 'error' ? ' fm-radius-error' : ''}`, text));
      return;
    }
    this._body.replaceChildren(view.mode === 'plan' ? this._planNode(view) : this._editNode(view));
  }

  _planNode(view) {
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
      this._track(this._savePlan(view, values, error)).finally(() => {
        save.disabled = false;
        save.textContent = t('plan.save');
      });
    });
    node.append(form);
    return node;
  }

  async _savePlan(view, values, error) {
    try {
      const saved = await savePlan(view.id, view.data?.version ?? 0, values);
      this._notice.show('ok', t('plan.saved'));
      if (this._view?.id === view.id && this._view.mode === 'plan') {
        this._view = { ...this._view, data: saved };
        this.render(true);
      }
    } catch (failure) {
      const text = errorText('plan', failure);
      this._notice.show('error', text);
      if (failure?.code === 'CONFLICT') {
        await this._load();
        this._showError('plan-error', text);
      } else {
        error.show(text);
      }
    }
  }

  _showError(testid, text) {
    const line = this._body.querySelector(`[data-testid="${testid}"]`);
    if (!line) return;
    line.hidden = false;
    line.textContent = text;
  }

  _editNode(view) {
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
      this._track(this._saveRecord(view, values, error)).finally(() => {
        save.disabled = false;
        save.textContent = t('record.save');
      });
    });
    return form;
  }

  async _saveRecord(view, values, error) {
    try {
      const saved = await updateRecord(view.kind, view.id, view.data.version, values);
      this._notice.show('ok', t('record.saved', { name: saved.name ?? view.name }));
      if (this._view === view || this._view?.id === view.id) {
        this._view = { ...this._view, data: { ...view.data, ...saved } };
        this.render(true);
      }
      await this._reload([layerOf[view.kind]]);
    } catch (failure) {
      const text = errorText('record', failure);
      this._notice.show('error', text);
      if (failure?.code === 'CONFLICT') {
        await this._load();
        this._showError('record-error', text);
      } else {
        error.show(text);
      }
    }
  }

  _track(promise) {
    this._pending = Promise.allSettled([this._pending, promise]);
    return promise;
  }

  /** For the browser test and the console; not an API. */
  testHook() {
    return {
      settled: () => this._pending.then(() => undefined),
      openPlan: (id, name = '') => this.openPlan(id, name),
      state: () => ({ open: this._open, mode: this._view?.mode ?? null, kind: this._view?.kind ?? null, id: this._view?.id ?? null,
        status: this._view?.status ?? null, version: this._view?.data?.version ?? null, notice: this._notice.state() }),
    };
  }
}
