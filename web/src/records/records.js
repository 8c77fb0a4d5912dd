// A compound's plan (一小区一对策) and the record edits of buildings, compounds and places, in one
// side panel: compound popups offer 小区对策 to every role (the plan rule may edit it, others read
// it), and building, compound and place popups offer 编辑 to the roles with the operate rule. Every
// save sends the version shown; a stale one is said as such and the record read again.
import { language, t } from '../shared/i18n.js';
import { control, element } from '../shared/dom.js';
import { Notice } from '../shared/notice.js';
import { may } from '../shared/session.js';
import { openSide } from '../shared/side.js';
import { addPopupAction, addPopupSection } from '../map/popups.js';
import { hazardErrorText } from '../hazards/hazard-forms.js';
import { getBuilding, getCompound, getPlace, getPlan, savePlan, updateRecord } from './records-api.js';
import { planNode } from './plan-form.js';
import { editNode } from './record-form.js';

const layerOf = { building: 'buildings', compound: 'compounds', place: 'places' };

/** What to say about a failed save or read: CONFLICT and FORBIDDEN in the area's own words. */
function errorText(area, error) {
  if (error?.reason === 'graphql' && error.code === 'CONFLICT') return t(`${area}.conflict`);
  if (error?.reason === 'graphql' && error.code === 'FORBIDDEN') return t(`${area}.forbidden`);
  return hazardErrorText(error);
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
    this._body.replaceChildren(view.mode === 'plan' ? planNode(this, view) : editNode(this, view));
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
