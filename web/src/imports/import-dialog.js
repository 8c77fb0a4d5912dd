// The map's import dialog (导入数据): a file and the layer it goes into, its coordinate system, a
// field mapping built from the file's own fields (the service's dry run tells them, with the first
// records), value mappings for code fields, mappings saved by name and loaded again, a dry run that
// lists every problem, then the import and its counts. Shown to the roles that may import
// (src/Api/Access/AccessRule.cs, Import); every text from a file or the service goes in as text.
import * as L from '../shared/leaflet.js';
import { control, element } from '../shared/dom.js';
import { has, t } from '../shared/i18n.js';
import { may } from '../shared/session.js';
import { openSide } from '../shared/side.js';
import { codeLabel } from '../shared/vocabulary.js';
import { listLayers, listMappings, runImport, saveMapping } from './imports-api.js';

const crsChoices = [['auto', 'imports.crsAuto'], ['epsg', 'imports.crsEpsg'], ['GCJ-02', 'imports.crsGcj'], ['BD-09', 'imports.crsBd']];

export class ImportDialog {
  /** reload(names): fetches the named map layers again after an import changed them. */
  constructor(map, { reload }) {
    this._map = map;
    this._reload = reload;
    this._open = false;
    this._layers = [];
    this._saved = [];
    this._file = null;
    this._source = null; // { fields, sample, format, crs, records } of the last dry run
    this._mapping = emptyMapping();
    this._result = null; // { kind: 'dryRun' | 'imported' | 'refused', report }
    this._stale = false; // the choices changed since the last dry run
    this._refused = new Map(); // code field → the values dry runs refused, offered for value mapping
    this._notice = null;
    this._busy = false;
    if (!may('import')) {
      this.render = () => {};
      this.testHook = () => null;
      return;
    }
    this._buildToggle();
    this._buildPanel();
    map.on('fm-side', (event) => {
      if (event.owner !== 'imports') this.close();
    });
    this.render();
  }

  _buildToggle() {
    const toggle = L.control({ position: 'topleft' });
    const box = L.DomUtil.create('div', 'leaflet-control fm-panel fm-radius-toggle-box');
    this._toggle = control('button', 'import-toggle', { type: 'button' });
    box.append(this._toggle);
    this._toggle.addEventListener('click', () => (this._open ? this.close() : this.open()));
    L.DomEvent.disableClickPropagation(box);
    toggle.onAdd = () => box;
    toggle.addTo(this._map);
  }

  _buildPanel() {
    this.element = element('aside', 'fm-side fm-radius fm-imports');
    this.element.dataset.testid = 'import-panel';
    this.element.hidden = true;
    const header = element('header', 'fm-radius-header');
    this._title = element('h2');
    this._close = control('button', 'import-close', { type: 'button', className: 'fm-radius-close', textContent: '×' });
    this._close.addEventListener('click', () => this.close());
    header.append(this._title, this._close);

    this._fileInput = control('input', 'import-file', { type: 'file', accept: '.geojson,.json,.zip,.gpkg,.csv,.xlsx' });
    this._fileInput.addEventListener('change', () => {
      this._file = this._fileInput.files?.[0] ?? null;
      this._source = null;
      this._result = null;
      this._refused = new Map();
      this.render();
    });
    this._layerSelect = control('select', 'import-layer');
    this._layerSelect.addEventListener('change', () => {
      this._source = null;
      this._result = null;
      this._refused = new Map();
      this._mapping = emptyMapping();
      this.render();
    });
    this._crsSelect = control('select', 'import-crs');
    this._crsSelect.addEventListener('change', () => this._changed());
    this._epsg = control('input', 'import-epsg', { type: 'text', inputMode: 'numeric', size: 6 });
    this._epsg.addEventListener('change', () => this._changed());
    this._mode = control('select', 'import-mode');
    this._mode.addEventListener('change', () => this._changed());
    this._retire = control('input', 'import-retire', { type: 'checkbox' });
    this._retire.addEventListener('change', () => this._changed());
    this._confirmRetire = control('input', 'import-confirm-retire', { type: 'checkbox' });
    this._confirmRetire.addEventListener('change', () => this._changed());
    this._savedSelect = control('select', 'import-saved');
    this._savedLoad = control('button', 'import-saved-load', { type: 'button' });
    this._savedLoad.addEventListener('click', () => this._loadSaved());
    this._mappingName = control('input', 'import-mapping-name', { type: 'text' });
    this._save = control('button', 'import-save-mapping', { type: 'button' });
    this._save.addEventListener('click', () => this._saveMapping());
    this._dryRun = control('button', 'import-dry-run', { type: 'button' });
    this._dryRun.addEventListener('click', () => this._run(true));
    this._importButton = control('button', 'import-run', { type: 'button' });
    this._importButton.addEventListener('click', () => this._run(false));

    this._labels = {};
    const labelled = (key, input) => {
      const label = element('label', 'fm-imports-row');
      const text = element('span');
      this._labels[key] = text;
      label.append(text, input);
      return label;
    };
    this._form = element('div', 'fm-imports-form');
    this._epsgRow = labelled('epsg', this._epsg);
    this._retireRow = labelled('retire', this._retire);
    this._confirmRow = labelled('confirmRetire', this._confirmRetire);
    const savedRow = labelled('saved', this._savedSelect);
    savedRow.append(this._savedLoad);
    this._form.append(labelled('file', this._fileInput), labelled('layer', this._layerSelect), labelled('crs', this._crsSelect),
      this._epsgRow, labelled('mode', this._mode), this._retireRow, this._confirmRow, savedRow);
    this._mappingBox = element('section', 'fm-imports-mapping');
    this._mappingBox.dataset.testid = 'import-mapping';
    const saveRow = labelled('mappingName', this._mappingName);
    saveRow.append(this._save);
    this._actions = element('div', 'fm-imports-actions');
    this._actions.append(this._dryRun, this._importButton);
    this._notices = element('p', 'fm-radius-status');
    this._notices.dataset.testid = 'import-notice';
    this._notices.setAttribute('role', 'status');
    this._resultBox = element('section', 'fm-imports-result');
    this._resultBox.dataset.testid = 'import-result';
    this._previewBox = element('section', 'fm-imports-preview');
    this._previewBox.dataset.testid = 'import-preview';
    this.element.append(header, this._form, this._previewBox, this._mappingBox, saveRow, this._actions, this._notices, this._resultBox);
    document.body.append(this.element);
  }

  // What a dry run checked is no longer what would be imported: check again first.
  _changed() {
    this._stale = true;
    this.render();
  }

  open() {
    if (this._open) return;
    this._open = true;
    openSide(this._map, 'imports', true);
    this._loadLists();
    this.render();
  }

  close() {
    if (!this._open) return;
    this._open = false;
    openSide(this._map, 'imports', false);
    this.render();
  }

  async _loadLists() {
    try {
      [this._layers, this._saved] = await Promise.all([listLayers(), listMappings()]);
    } catch (error) {
      this._notice = t('imports.failed', { reason: error?.detail || error?.status || '' });
    }
    this.render();
  }

  _layer() {
    return this._layers.find((layer) => layer.name === this._layerSelect.value) ?? null;
  }

  _crs() {
    const choice = this._crsSelect.value;
    if (choice === 'auto' || !choice) return null;
    if (choice === 'epsg') return this._epsg.value.trim() ? `EPSG:${this._epsg.value.trim().replace(/^EPSG:/i, '')}` : null;
    return choice;
  }

  // The mapping as the service reads it (src/Api/Imports/FieldMapping.cs): source → layer field,
  // constants, value maps; templates of a loaded mapping are kept as they were.
  _mappingJson() {
    const layer = this._layer();
    const fields = {};
    for (const [target, source] of Object.entries(this._mapping.sources)) if (source) fields[source] = target;
    const constants = Object.fromEntries(Object.entries(this._mapping.constants).filter(([, value]) => value !== ''));
    const values = {};
    for (const [target, map] of Object.entries(this._mapping.values)) {
      const chosen = Object.fromEntries(Object.entries(map).filter(([, code]) => code));
      if (Object.keys(chosen).length > 0) values[target] = chosen;
    }
    return { layer: layer?.name, fields, constants, templates: { ...this._mapping.templates }, values };
  }

  _loadSaved() {
    const saved = this._saved.find((entry) => entry.name === this._savedSelect.value);
    if (!saved) return;
    if (this._layers.some((layer) => layer.name === saved.layer)) this._layerSelect.value = saved.layer;
    const mapping = saved.mapping ?? {};
    this._mapping = {
      sources: Object.fromEntries(Object.entries(mapping.fields ?? {}).map(([source, target]) => [target, source])),
      constants: { ...(mapping.constants ?? {}) },
      templates: { ...(mapping.templates ?? {}) },
      values: Object.fromEntries(Object.entries(mapping.values ?? {}).map(([target, map]) => [target, { ...map }])),
    };
    this._mappingName.value = saved.name;
    this._changed();
  }

  async _saveMapping() {
    const name = this._mappingName.value.trim();
    if (!name || !this._layer()) return;
    try {
      await saveMapping(name, this._mappingJson());
      this._notice = t('imports.savedDone', { name });
      this._saved = await listMappings();
    } catch (error) {
      this._notice = t('imports.saveFailed', { reason: error?.detail || error?.status || '' });
    }
    this.render();
  }

  async _run(dryRun) {
    const layer = this._layer();
    if (!this._file) {
      this._notice = t('imports.noFile');
      this.render();
      return;
    }
    if (!layer) {
      this._notice = t('imports.noLayer');
      this.render();
      return;
    }
    this._busy = true;
    this._notice = null;
    this.render();
    try {
      const retireMissing = this._mode.value === 'upsert' && this._retire.checked;
      const report = await runImport(layer.name, this._file, {
        dryRun, mode: this._mode.value, crs: this._crs(), mapping: this._mappingJson(),
        retireMissing, confirmRetire: retireMissing && this._confirmRetire.checked,
      });
      const read = report.layers?.[0];
      if (read?.sourceFields) {
        this._source = { fields: read.sourceFields, sample: read.sample ?? [], format: read.format, crs: read.crs, records: read.records };
      }
      this._result = { kind: dryRun ? 'dryRun' : report.valid === false ? 'refused' : 'imported', report };
      this._stale = false;
      this._rememberRefused(report.errors ?? []);
      if (!dryRun && report.valid !== false) {
        await this._reload([layer.name]);
      }
    } catch (error) {
      this._notice = t('imports.failed', { reason: error?.detail || error?.status || '' });
    }
    this._busy = false;
    this.render();
  }

  render() {
    this._toggle.textContent = t('imports.tool');
    this._toggle.title = t('imports.toolTitle');
    this._toggle.setAttribute('aria-pressed', String(this._open));
    this.element.hidden = !this._open;
    this._title.textContent = t('imports.title');
    this._close.setAttribute('aria-label', t('imports.close'));
    for (const [key, label] of Object.entries(this._labels)) label.textContent = t(`imports.${key}`);
    fillSelect(this._layerSelect, [['', '–'], ...this._layers.map((layer) => [layer.name, layerLabel(layer.name)])]);
    fillSelect(this._crsSelect, crsChoices.map(([value, key]) => [value, t(key)]));
    fillSelect(this._mode, [['insert', t('imports.modeInsert')], ['upsert', t('imports.modeUpsert')]]);
    fillSelect(this._savedSelect, [['', t('imports.savedNone')], ...this._saved.map((entry) => [entry.name, `${entry.name} (${layerLabel(entry.layer)})`])]);
    this._epsgRow.hidden = this._crsSelect.value !== 'epsg';
    this._retireRow.hidden = this._mode.value !== 'upsert';
    this._confirmRow.hidden = this._mode.value !== 'upsert' || !this._retire.checked;
    this._savedLoad.textContent = t('imports.savedLoad');
    this._save.textContent = t('imports.save');
    this._dryRun.textContent = t(this._busy ? 'imports.running' : 'imports.dryRun');
    this._importButton.textContent = t('imports.run');
    this._dryRun.disabled = this._busy;
    // Importing for real follows a dry run of the same choices that found nothing wrong.
    this._importButton.disabled = this._busy || this._stale || this._result?.kind !== 'dryRun' || this._result.report.valid === false;
    this._notices.textContent = this._notice ?? '';
    this._notices.hidden = !this._notice;
    this._previewBox.replaceChildren(...this._preview());
    this._mappingBox.replaceChildren(...this._mappingRows());
    this._resultBox.replaceChildren(...this._resultNodes());
  }

  _preview() {
    if (!this._source) return [];
    const { fields, sample, format, crs, records } = this._source;
    const nodes = [element('h3', null, t('imports.preview')),
      element('p', null, t('imports.detected', { format, crs, records })),
      element('p', null, t('imports.fileFields', { fields: fields.join(', ') }))];
    if (sample.length > 0) nodes.push(table(fields, sample.map((row) => fields.map((name) => row[name] ?? '')), 'import-sample'));
    return nodes;
  }

  _mappingRows() {
    const layer = this._layer();
    if (!layer) return [];
    const sources = this._source?.fields ?? [];
    const grid = element('table', 'fm-imports-table');
    const head = element('tr');
    for (const key of ['target', 'source', 'constant']) head.append(element('th', null, t(`imports.${key}`)));
    grid.append(head);
    const nodes = [element('h3', null, t('imports.mapping')), grid];
    for (const field of layer.fields) {
      const row = element('tr');
      row.append(element('td', null, field.required ? `${field.name} (${t('imports.required')})` : field.name));
      const select = control('select', `import-source-${field.name}`);
      select.setAttribute('aria-label', `${t('imports.source')} ${field.name}`);
      const current = this._mapping.sources[field.name] ?? '';
      const options = [['', t('imports.sameName')], ...sources.map((name) => [name, name])];
      if (current && !sources.includes(current)) options.push([current, current]);
      fillSelect(select, options);
      select.value = current;
      select.addEventListener('change', () => {
        this._mapping.sources[field.name] = select.value;
        this._changed();
      });
      const constant = control('input', `import-constant-${field.name}`, { type: 'text', value: this._mapping.constants[field.name] ?? '' });
      constant.setAttribute('aria-label', `${t('imports.constant')} ${field.name}`);
      constant.addEventListener('change', () => {
        this._mapping.constants[field.name] = constant.value;
        this._changed();
      });
      const sourceCell = element('td');
      sourceCell.append(select);
      const constantCell = element('td');
      constantCell.append(constant);
      row.append(sourceCell, constantCell);
      grid.append(row);
      if (field.codes) nodes.push(...this._valueMap(field, [...(this._refused.get(field.name) ?? [])]));
    }
    return nodes;
  }

  // Value mappings of a code field: the ones already chosen, and one for each value a dry run refused.
  _valueMap(field, refused) {
    const map = (this._mapping.values[field.name] ??= {});
    const words = [...new Set([...Object.keys(map), ...refused])];
    if (words.length === 0) return [];
    const box = element('div', 'fm-imports-values');
    box.append(element('h4', null, t('imports.valueMap', { field: field.name })));
    for (const word of words) {
      const select = control('select', `import-value-${field.name}`);
      select.dataset.sourceValue = word;
      select.setAttribute('aria-label', t('imports.valueFrom', { value: word }));
      fillSelect(select, [['', '–'], ...field.codes.map((code) => [code, codeLabel(field.choices, code)])]);
      select.value = map[word] ?? '';
      select.addEventListener('change', () => {
        map[word] = select.value;
        this._changed();
      });
      const label = element('label', 'fm-imports-row');
      label.append(element('span', null, word), select);
      box.append(label);
    }
    return [box];
  }

  _rememberRefused(errors) {
    const layer = this._layer();
    for (const issue of errors) {
      const field = layer?.fields.find((f) => f.name === issue.field);
      if (!field?.codes || issue.value == null || issue.value === '') continue;
      if (!this._refused.has(field.name)) this._refused.set(field.name, new Set());
      this._refused.get(field.name).add(issue.value);
    }
  }

  _resultNodes() {
    if (!this._result) return [];
    const { kind, report } = this._result;
    const title = { dryRun: 'imports.dryRunDone', imported: 'imports.imported', refused: 'imports.refusedAll' }[kind];
    const counts = element('p', null, t('imports.counts', {
      inserted: report.inserted ?? 0, updated: report.updated ?? 0, unchanged: report.unchanged ?? 0,
      retired: report.retired ?? 0, refused: report.refused ?? 0,
    }));
    counts.dataset.testid = 'import-counts';
    const nodes = [element('h3', null, t(title)), counts];
    const errors = report.errors ?? [];
    if (errors.length === 0) {
      if (kind === 'dryRun') nodes.push(element('p', null, t('imports.noErrors')));
      return nodes;
    }
    nodes.push(element('h4', null, t('imports.errors', { count: errors.length })));
    nodes.push(table([t('imports.record'), t('imports.field'), t('imports.value'), t('imports.reason')],
      errors.map((issue) => [issue.record > 0 ? String(issue.record) : '–', issue.field ?? '', issue.value ?? '', issue.reason ?? '']),
      'import-errors'));
    return nodes;
  }

  testHook() {
    return { open: () => this.open() };
  }
}

function emptyMapping() {
  return { sources: {}, constants: {}, templates: {}, values: {} };
}

function layerLabel(name) {
  return has(`layer.${name}`) ? t(`layer.${name}`) : name;
}

function fillSelect(select, options) {
  const value = select.value;
  select.replaceChildren(...options.map(([optionValue, text]) => Object.assign(element('option', null, text), { value: optionValue })));
  if (options.some(([optionValue]) => optionValue === value)) select.value = value;
}

// A table of text cells: file contents and problems never become markup.
function table(headers, rows, testid) {
  const node = element('table', 'fm-imports-table');
  node.dataset.testid = testid;
  const head = element('tr');
  for (const header of headers) head.append(element('th', null, header));
  node.append(head);
  for (const cells of rows) {
    const row = element('tr');
    for (const cell of cells) row.append(element('td', null, String(cell)));
    node.append(row);
  }
  return node;
}
