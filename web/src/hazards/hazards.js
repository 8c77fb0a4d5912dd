// The hazard desk (隐患排查整治): keeps the hazard panel's state (filter, list, chosen hazard), the
// alert badge in the top bar, reporting by a click on the map or from a building, place or compound
// popup, and the workflow steps; after every change the list, the detail, the alerts and the
// hazards layer are fetched again, so what is shown is what the service now says.
import * as L from '../shared/leaflet.js';
import { t } from '../shared/i18n.js';
import { control } from '../shared/dom.js';
import { Notice } from '../shared/notice.js';
import { may } from '../shared/session.js';
import { openSide, setPicking } from '../shared/side.js';
import { codeLabel } from '../shared/vocabulary.js';
import { addPopupAction } from '../map/popups.js';
import { popupOptions } from '../map/overlays.js';
import { hazardClass } from '../map/layers.js';
import { getHazard, listAlerts, listHazards, reportHazard, takeStep } from './hazards-api.js';
import { allowedSteps, hazardErrorText, hazardReportForm } from './hazard-forms.js';
import { HazardPanel } from './hazard-panel.js';
import { addAlertBadge, addToggle } from './hazard-controls.js';

const subjectName = (p) => [p.code, p.name].filter(Boolean).join(' ');

export class HazardDesk {
  /** overlay(name): the map's GeoJSON layer of that name; reload(names): re-fetches those layers. */
  constructor(map, { overlay, reload }) {
    this._map = map;
    this._overlay = overlay;
    this._reload = reload;
    this._open = false;
    this._reporting = false;
    this._popup = null;
    this._filter = { status: null, severity: null, overdue: false, supervised: false };
    this._list = { status: 'idle', rows: null, totalCount: null, summary: null, error: null };
    this._selectedId = null;
    this._detail = { status: 'idle', hazard: null, error: null };
    this._stepError = null;
    this._alerts = null;
    this._lastReport = null;
    this._sequence = 0;
    this._pending = Promise.resolve();
    this._notice = new Notice(map, 'hazard-notice');
    this._panel = new HazardPanel({
      onClose: () => this.close(),
      onReport: () => (this._reporting ? this.stopReport() : this.startReport()),
      onFilter: (filter) => this.setFilter(filter),
      onSelect: (hazard) => this.select(hazard.id),
      onBack: () => this.select(null),
      onMore: () => this.more(),
      onStep: (action, values) => this._track(this.step(action, values)),
      onShow: (hazard) => this._show(hazard),
    });
    this._renderToggle = addToggle(map, () => (this._open ? this.close() : this.open()));
    this._renderAlerts = addAlertBadge(map, () => this.open());
    map.on('fm-side', (event) => {
      if (event.owner !== 'hazards') this.close();
    });
    // An area's popup opens where it was clicked: a report from it is put there.
    map.on('popupopen', (event) => { this._popupAt = event.popup.getLatLng(); });
    map.on('click', (event) => {
      if (this._reporting) this.openReportForm(event.latlng.wrap(), null);
    });
    document.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && this._reporting) this.stopReport();
    });
    for (const [layer, type] of [['buildings', 'building'], ['places', 'place'], ['compounds', 'compound']]) {
      addPopupAction(layer, (feature) => (may('operateHazard') ? [this._popupButton('hazard-report-here', t('hazard.reportHere'), (at) => {
        this.open();
        this.openReportForm(at, { type, id: feature.id, name: subjectName(feature.properties ?? {}) });
      })] : []));
    }
    addPopupAction('hazards', (feature) => [this._popupButton('hazard-open', t('hazard.show'), () => {
      this.open();
      this.select(String(feature.id));
    })]);
    this.render();
    this._track(this.refreshAlerts());
  }

  // A popup button; onClick(latlng) gets where the popup was.
  _popupButton(testid, text, onClick) {
    const button = control('button', testid, { type: 'button', className: 'fm-popup-action', textContent: text });
    button.addEventListener('click', (event) => {
      event.stopPropagation();
      const at = this._popupAt ?? this._map.getCenter();
      this._map.closePopup();
      onClick(at);
    });
    return button;
  }

  open() {
    if (this._open) return;
    this._open = true;
    openSide(this._map, 'hazards', true);
    const layer = this._overlay('hazards');
    if (layer && !this._map.hasLayer(layer)) layer.addTo(this._map);
    this.refreshList();
  }

  close() {
    if (!this._open) return;
    this.stopReport();
    this._open = false;
    openSide(this._map, 'hazards', false);
    this.render();
  }

  startReport() {
    this._reporting = true;
    setPicking(this._map, true);
    this.render();
  }

  stopReport() {
    if (this._popup) this._map.closePopup(this._popup);
    this._popup = null;
    if (!this._reporting) return;
    this._reporting = false;
    setPicking(this._map, false);
    this.render();
  }

  /** Opens the report form at `latlng`, on `subject` ({ type, id, name }) or, without one, at the point. */
  openReportForm(latlng, subject) {
    const where = subject ? { subjectType: subject.type, subjectId: subject.id, point: null }
      : { point: { lon: latlng.lng, lat: latlng.lat } };
    const text = subject ? t('hazard.form.on', { name: `${codeLabel('hazardSubjectType', subject.type)} ${subject.name}` }) : t('hazard.form.point');
    const form = hazardReportForm(text, {
      onSubmit: (values) => this._track(this._submitReport(where, values)),
      onCancel: () => this.stopReport(),
      onResize: () => popup.update(),
    });
    if (this._popup) this._map.closePopup(this._popup);
    const popup = L.popup({ ...popupOptions(), className: 'fm-report-popup' }).setLatLng(latlng).setContent(form.element);
    popup.on('remove', () => {
      if (this._popup === popup) this._popup = null;
    });
    this._popup = popup.openOn(this._map);
    form.focus();
  }

  async _submitReport(where, values) {
    const hazard = await reportHazard(where, values);
    this._lastReport = { id: hazard.id, code: hazard.code, status: hazard.status };
    this.stopReport();
    this._notice.show('ok', t('hazard.reported', { code: hazard.code }));
    this._selectedId = hazard.id;
    this._detail = { status: 'ready', hazard, error: null };
    await this._afterChange();
  }

  setFilter(filter) {
    this._filter = { ...this._filter, ...filter };
    this._selectedId = null;
    return this.refreshList();
  }

  select(id) {
    this._selectedId = id == null ? null : String(id);
    this._stepError = null;
    this._detail = { status: id == null ? 'idle' : 'loading', hazard: null, error: null };
    this.render();
    return id == null ? Promise.resolve() : this._track(this.refreshDetail());
  }

  refreshList() {
    const sequence = ++this._sequence;
    this._list = { ...this._list, status: 'loading', error: null };
    this.render();
    return this._track(listHazards(this._filter).then((result) => {
      if (sequence === this._sequence) this._list = { status: 'ready', ...result, error: null };
    }, (error) => {
      if (sequence !== this._sequence) return;
      console.warn(`FireMap: ${error.message}`);
      this._list = { ...this._list, status: 'error', error };
    }).finally(() => this.render()));
  }

  /** Fetches the next page of the list (after the last row shown) and adds it under the rows. */
  more() {
    const { status, next, rows } = this._list;
    if (status !== 'ready' || !next) return Promise.resolve();
    const sequence = this._sequence;
    this._list = { ...this._list, loadingMore: true };
    this.render();
    return this._track(listHazards(this._filter, next).then((result) => {
      if (sequence === this._sequence) this._list = { status: 'ready', ...result, rows: [...rows, ...result.rows], error: null };
    }, (error) => {
      if (sequence !== this._sequence) return;
      console.warn(`FireMap: ${error.message}`);
      this._list = { ...this._list, loadingMore: false, status: 'error', error };
    }).finally(() => this.render()));
  }

  refreshDetail() {
    const id = this._selectedId;
    if (id == null) return Promise.resolve();
    return getHazard(id).then((hazard) => {
      if (this._selectedId !== id) return;
      this._detail = hazard ? { status: 'ready', hazard, error: null }
        : { status: 'error', hazard: null, error: { reason: 'graphql', code: 'NOT_FOUND' } };
    }, (error) => {
      if (this._selectedId === id) this._detail = { status: 'error', hazard: null, error };
    }).finally(() => this.render());
  }

  refreshAlerts() {
    return listAlerts().then((alerts) => {
      this._alerts = alerts.length;
    }, (error) => {
      console.warn(`FireMap: alerts not loaded (${error.message})`);
    }).finally(() => this.render());
  }

  /** Takes a step on the chosen hazard with the version shown; a refusal is said and the hazard fetched again. */
  async step(action, values) {
    const hazard = this._detail.hazard;
    if (!hazard) return;
    this._stepError = null;
    try {
      const changed = await takeStep(action, hazard.id, hazard.version, values);
      this._notice.show('ok', t('hazard.done', { code: changed.code, action: codeLabel('hazardAction', action) }));
      await this._afterChange();
    } catch (error) {
      const text = hazardErrorText(error);
      this._notice.show('error', text);
      if (error?.code === 'CONFLICT') await this.refreshDetail();
      this._stepError = text;
      this.render();
    }
  }

  _afterChange() {
    return Promise.all([this._reload(['hazards']), this.refreshList(), this.refreshDetail(), this.refreshAlerts()])
      .then(() => this.render());
  }

  _show(hazard) {
    const [lon, lat] = hazard.geometry?.coordinates ?? [];
    if (lon == null) return;
    this._map.setView([lat, lon], Math.max(this._map.getZoom(), 17));
    const marker = this._marker(hazard.id);
    marker?.openPopup();
  }

  _marker(id) {
    return this._overlay('hazards')?.getLayers().find((layer) => String(layer.feature?.id) === String(id)) ?? null;
  }

  _track(promise) {
    this._pending = Promise.allSettled([this._pending, promise]);
    return promise;
  }

  render() {
    this._renderToggle(this._open);
    this._renderAlerts(this._alerts);
    const roles = { mayOperate: may('operateHazard'), maySupervise: may('superviseHazard') };
    this._panel.render({
      open: this._open,
      mayReport: roles.mayOperate,
      reporting: this._reporting,
      ...roles,
      filter: this._filter,
      list: this._list,
      detail: this._detail,
      selectedId: this._selectedId,
      steps: (hazard) => allowedSteps(hazard, roles),
      stepError: this._stepError,
      errorText: hazardErrorText,
    });
  }

  /** For the browser test and the console; not an API. */
  testHook() {
    return {
      open: () => this.open(),
      settled: () => this._pending.then(() => undefined),
      more: () => this.more(),
      // The class the hazards layer draws the hazard in ('general-overdue', 'closed'...), or null when it is not drawn.
      layerClass: (id) => {
        const marker = this._marker(id);
        return marker ? hazardClass(marker.feature.properties ?? {}) : null;
      },
      state: () => ({
        open: this._open, reporting: this._reporting, formOpen: this._popup != null && this._map.hasLayer(this._popup),
        filter: this._filter, selectedId: this._selectedId,
        list: {
          status: this._list.status, ids: this._list.rows?.map((row) => row.id) ?? [], totalCount: this._list.totalCount,
          summary: this._list.summary, hasMore: Boolean(this._list.next),
        },
        detail: this._detail.hazard ? { id: this._detail.hazard.id, status: this._detail.hazard.status, version: this._detail.hazard.version } : null,
        alerts: this._alerts, lastReport: this._lastReport, notice: this._notice.state(),
      }),
    };
  }
}
