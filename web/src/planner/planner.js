// The planners' fire-lane view (生命通道, 一小区一对策): keeps the panel's state (filter, community,
// list, chosen compound), reports and clears blockages through the API, and has the map's lanes
// and blockages re-fetched after every change so what is drawn is what the service now says.
import * as L from '../shared/leaflet.js';
import { errorText } from './blockage-forms.js';
import { language, t } from '../shared/i18n.js';
import { blockageLayerParams, clearBlockage, exportUrl, reportBlockage, worstCompounds } from './lanes-api.js';
import { Notice } from '../shared/notice.js';
import { addBlockageActions, addLaneActions, addPlannerToggle } from './planner-controls.js';
import { PlannerFocus } from './planner-focus.js';
import { communitiesOf, PlannerPanel } from './planner-panel.js';
import { ReportMode } from './planner-report.js';
import { may } from '../shared/session.js';
import { openSide } from '../shared/side.js';
import { laneStyles } from '../map/styles.js';

export class Planner {
  /** overlay(name): the map's GeoJSON layer of that name; reload(names): re-fetches those layers. */
  constructor(map, { overlay, reload }) {
    this._map = map;
    this._overlay = overlay;
    this._reload = reload;
    this._open = false;
    this._filter = { since: null, includeCleared: false };
    this._community = null;
    this._list = { status: 'idle', rows: null, error: null };
    this._selectedId = null;
    this._sequence = 0;
    this._pending = Promise.resolve();
    this._lastReport = null;
    this._notice = new Notice(map);
    this._focus = new PlannerFocus(map, () => overlay('blockages'));
    this._report = new ReportMode(map, {
      lanes: () => overlay('fire-lanes'),
      submit: (where, values) => this._track(this._submitReport(where, values)),
      onChange: () => this.render(),
    });
    this._panel = new PlannerPanel({
      onClose: () => this.close(),
      onReport: () => (this._report.active ? this._report.stop() : this._report.start()),
      onFilter: (filter) => this.setFilter(filter),
      onCommunity: (code) => this.setCommunity(code),
      onCompound: (row) => this._selectCompound(row),
      onBlockage: (blockage) => this.openBlockage(blockage.id, blockage.geometry),
      onClear: (blockage, note) => this.clear(blockage, note),
    });
    this._renderToggle = addPlannerToggle(map, () => (this._open ? this.close() : this.open()));
    addLaneActions(map, (feature, at) => {
      this.open();
      this._report.openForm(at ?? L.geoJSON(feature).getBounds().getCenter(), feature);
    });
    addBlockageActions((feature, note) => this.clear({ id: String(feature.id), code: feature.properties?.code }, note));
    map.on('fm-side', (event) => {
      if (event.owner !== 'planner') this.close();
    });
    this.render();
  }

  open() {
    if (this._open) return;
    this._open = true;
    openSide(this._map, 'planner', true);
    this.refreshList();
  }

  close() {
    if (!this._open) return;
    this._report.stop();
    this._open = false;
    this._focus.compound(null);
    this._selectedId = null;
    openSide(this._map, 'planner', false);
    this.render();
  }

  /** The query of a layer the planner filters (the blockages' date filter), else null. */
  layerParams(name) {
    return name === 'blockages' ? blockageLayerParams(this._filter) : null;
  }

  setFilter(filter) {
    this._filter = { since: filter.since || null, includeCleared: Boolean(filter.includeCleared) };
    this.render();
    return this._track(this._reload(['blockages']).then(() => this.render()));
  }

  setCommunity(code) {
    this._community = code || null;
    this._selectedId = null;
    this._focus.compound(null);
    return this.refreshList();
  }

  refreshList() {
    const sequence = ++this._sequence;
    this._list = { ...this._list, status: 'loading', error: null };
    this.render();
    return this._track(worstCompounds(this._community).then((rows) => {
      if (sequence === this._sequence) this._list = { status: 'ready', rows, error: null };
    }, (error) => {
      if (sequence !== this._sequence) return;
      console.warn(`FireMap: ${error.message}`);
      this._list = { status: 'error', rows: null, error };
    }).finally(() => this.render()));
  }

  /** Opens a compound in the list (again: closes it) and fits the map to it. */
  _selectCompound(row) {
    this._selectedId = this._selectedId === row.id ? null : row.id;
    this._focus.compound(this._selectedId ? row.geometry : null);
    this.render();
  }

  openBlockage(id, geometry = null) {
    this._focus.blockage(id, geometry);
  }

  async _submitReport(where, values) {
    const result = await reportBlockage(where, values.cause, values.width, values.note);
    this._lastReport = result;
    this._notice.show('ok', t('report.done', { code: result.code }));
    await this._afterChange();
    this.openBlockage(result.id);
  }

  /** Clears a blockage; a conflict (cleared meanwhile) is said and the map brought up to date. */
  clear(blockage, note) {
    return this._track((async () => {
      try {
        await clearBlockage(blockage.id, note);
        this._notice.show('ok', t('clear.done', { code: blockage.code ?? blockage.id }));
      } catch (error) {
        if (error.code !== 'CONFLICT') throw error; // the form shows it and stays for another try
        this._notice.show('error', t('clear.conflictCode', { code: blockage.code ?? blockage.id }));
      }
      await this._afterChange();
    })());
  }

  _afterChange() {
    return Promise.all([this._reload(['fire-lanes', 'blockages']), this._open ? this.refreshList() : null])
      .then(() => this.render());
  }

  // Everything in flight, for the test hook's settled(); failures are the callers' to show.
  _track(promise) {
    this._pending = Promise.allSettled([this._pending, promise]);
    return promise;
  }

  render() {
    this._renderToggle(this._open);
    const communities = communitiesOf(this._overlay('communities'));
    const communityName = communities.find((c) => c.code === this._community)?.name ?? t('planner.allCommunities');
    this._panel.render({
      open: this._open,
      mayReport: may('reportBlockage'),
      reporting: this._report.active,
      filter: this._filter,
      shown: this._overlay('blockages')?.getLayers().length ?? null,
      communities,
      community: this._community,
      communityName,
      list: this._list,
      selectedId: this._selectedId,
      exportHref: (format) => exportUrl(format, this._community, language()),
      errorText: (error) => errorText(error)[0],
    });
  }

  /** For the browser test and the console; not an API. */
  testHook() {
    const laneByCode = (code) => this._overlay('fire-lanes')?.getLayers().find((l) => l.feature?.properties?.code === code);
    return {
      open: () => this.open(),
      settled: () => this._pending.then(() => undefined),
      colors: Object.fromEntries(Object.entries(laneStyles).map(([status, style]) => [status, style.color])),
      laneStyle: (code) => {
        const element = laneByCode(code)?.getElement();
        return element ? { status: laneByCode(code).feature.properties.status, stroke: element.getAttribute('stroke'),
          dash: element.getAttribute('stroke-dasharray') } : null;
      },
      openBlockage: (id) => this.openBlockage(id),
      // Opens the popup of the lane (the first drawn when no code is given); returns its code.
      openLane: (code) => {
        const layer = code ? laneByCode(code) : this._overlay('fire-lanes')?.getLayers()[0];
        layer?.openPopup();
        return layer?.feature?.properties?.code ?? null;
      },
      blockageIds: () => (this._overlay('blockages')?.getLayers() ?? []).map((layer) => String(layer.feature?.id)),
      state: () => ({
        open: this._open, reporting: this._report.active, formOpen: this._report.formOpen(),
        filter: this._filter, community: this._community, selectedId: this._selectedId,
        list: { status: this._list.status, ids: this._list.rows?.map((row) => row.id) ?? [] },
        shown: this._overlay('blockages')?.getLayers().length ?? 0,
        lastReport: this._lastReport, notice: this._notice.state(),
      }),
    };
  }
}
