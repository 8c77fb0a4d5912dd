// Entry point: signs the user in (nothing else is fetched before), builds the map, loads every
// layer (and again when the planner changes what a layer should hold), keeps legend, switcher and
// status in step with what is shown, and exposes a small hook for the browser test.
import { followSession, signedInUser } from './account/account.js';
import { AdminPage } from './admin/admin.js';
import { Dashboard } from './dashboard/dashboard.js';
import { layerDefinitions } from './map/layers.js';
import { Legend } from './map/legend.js';
import { followKeyboard } from './map/keyboard.js';
import { MapLink } from './map/map-link.js';
import { PrintControl } from './map/print-control.js';
import { addNavigation, createMap, relabelMap } from './map/map.js';
import { createOverlay, legendItems } from './map/overlays.js';
import { createTileLayer, fetchTileIndex, largeTileLayer, tiledLegendItems } from './map/vector-tiles.js';
import { StatusPanel } from './map/status.js';
import { LayerSwitcher } from './map/switcher.js';
import { CoverageView } from './coverage/coverage-view.js';
import { HazardDesk } from './hazards/hazards.js';
import { ImportDialog } from './imports/import-dialog.js';
import { summarizeLanes } from './planner/lane-summary.js';
import { Planner } from './planner/planner.js';
import { hitOpener } from './radius/radius-hits.js';
import { RadiusTool } from './radius/radius-tool.js';
import { RecordDesk } from './records/records.js';
import { RiskView } from './risk/risk-view.js';
import { AddressSearch } from './search/search.js';
import { fetchLayer, LayerLoadError } from './shared/api.js';
import { applyDocumentLanguage, onLanguageChange, t } from './shared/i18n.js';
import { LanguageSwitch } from './shared/language-switch.js';
import { loadVocabulary, vocabularyFailure } from './shared/vocabulary.js';

applyDocumentLanguage();
// Every request but the sign-in answers 401 to nobody: first find out who this is.
const user = await signedInUser();
// The code labels come from the service; asked for first, so they are there before anything is
// drawn. It always resolves: without them codes show fallback text and the status panel says so.
const vocabulary = loadVocabulary();
// Which layers are large enough to be drawn from vector tiles; asked once, in parallel with the rest.
const tileIndex = fetchTileIndex();
const { map, baseLayers } = createMap('map');
const status = new StatusPanel(map);
const zoom = addNavigation(map);
const account = followSession(map, user);
const languageSwitch = new LanguageSwitch(map);

const overlays = layerDefinitions.map((definition) => ({
  definition, layer: createOverlay(map, definition), state: 'loading', error: null,
}));
for (const overlay of overlays) {
  if (overlay.definition.defaultOn) overlay.layer.addTo(map);
}
const byName = Object.fromEntries(overlays.map((o) => [o.definition.name, o]));
const switcher = new LayerSwitcher(map, baseLayers, overlays);
const legend = new Legend(map);
const print = new PrintControl(map, legend.details);
const keyboard = followKeyboard(map);
const search = new AddressSearch(map, (name) => byName[name]?.layer);
const radius = new RadiusTool(map, hitOpener(map, (name) => byName[name]?.layer));
const planner = new Planner(map, {
  overlay: (name) => byName[name]?.layer,
  reload: (names) => Promise.all(withRisk(names).map((name) => load(byName[name]))).then(() => Promise.all([risk.changed(), coverage.changed()])),
});
const risk = new RiskView(map, (name) => byName[name]?.layer);
// Engines cannot pass a blocked lane: the planner's blockages change coverage, so it is computed again.
const coverage = new CoverageView(map);
const hazards = new HazardDesk(map, {
  overlay: (name) => byName[name]?.layer,
  reload: (names) => Promise.all(withRisk(names).map((name) => load(byName[name]))).then(() => risk.changed()),
});
const admin = new AdminPage(map, user);
// An import may change any layer (and, through places, buildings and lanes, the risk scores).
const imports = new ImportDialog(map, {
  reload: (names) => Promise.all(names.filter((name) => byName[name]).map((name) => load(byName[name]))).then(() => risk.changed()),
});
const dashboard = new Dashboard(map, user, (name) => byName[name]?.layer);
const records = new RecordDesk(map, {
  reload: (names) => Promise.all(names.map((name) => load(byName[name]))).then(() => risk.changed()),
});

const link = new MapLink(map, overlays, {
  risk: risk,
  planner: planner,
  hazards: hazards,
  radius: { open: () => radius.activate(), close: () => radius.deactivate() },
});

// The service rescores a compound as soon as a blockage on its lanes is reported or cleared, or one
// of its hazards changes: when the blockages or hazards are fetched again, so is the risk layer, if it is shown.
function withRisk(names) {
  return (names.includes('blockages') || names.includes('hazards')) && map.hasLayer(byName.risk.layer) ? [...names, 'risk'] : names;
}

// One side panel at a time: the planner's opening closes the radius search (and the other way).
map.on('fm-side', (event) => {
  if (event.owner !== 'radius') radius.deactivate();
});

function summary() {
  const names = ['communities', 'compounds', 'buildings'];
  // A layer drawn from tiles is never held whole, so its size is not known here.
  if (names.some((name) => byName[name].state !== 'loaded' || byName[name].tiled)) return null;
  const [communities, compounds, buildings] = names.map((name) => byName[name].layer.getLayers().length);
  return { communities, compounds, buildings };
}

function renderLegend() {
  legend.render(overlays.filter((o) => map.hasLayer(o.layer)).map((o) => ({
    name: o.definition.name, geometry: o.definition.geometry, state: o.state,
    items: o.state !== 'loaded' ? [] : o.tiled ? tiledLegendItems(o.definition) : legendItems(o.definition, o.layer),
  })));
}

function renderStatus() {
  status.render(overlays, summary(), vocabularyFailure());
}

function renderAll() {
  renderStatus();
  switcher.render();
  account.render();
  languageSwitch.render();
  radius.render();
  planner.render();
  risk.render();
  coverage.render();
  hazards.render();
  records.render();
  admin.render();
  imports.render();
  dashboard.render();
  search.render();
  print.render();
  keyboard.relabel();
  renderLegend();
}

let previousTexts = { attribution: t('attribution') };
onLanguageChange(() => {
  // An open popup was built in the old language; closing it beats showing mixed languages.
  map.closePopup();
  relabelMap(map, baseLayers, zoom, previousTexts);
  previousTexts = { attribution: t('attribution') };
  renderAll();
});
map.on('overlayadd overlayremove', renderLegend);

function fitToCommunities() {
  const bounds = byName.communities.layer.getBounds();
  if (!bounds.isValid()) return;
  // On a wide screen the legend (left) and the switcher (right) cover the edges: keep the
  // communities between them. No animation: the first view should settle at once.
  const side = map.getSize().x > 1000 ? 250 : 24;
  map.fitBounds(bounds, { paddingTopLeft: [side, 24], paddingBottomRight: [side, 24], animate: false });
}

// True when the overlay is drawn from vector tiles (the service says its layer is large).
async function drawFromTiles(overlay, sequence) {
  if (overlay.tiled) {
    // The tiles are asked again; unchanged ones come back as 304 (their ETag is their content).
    overlay.tiled.redraw();
    return true;
  }
  const entry = largeTileLayer(await tileIndex, overlay.definition);
  if (!entry) return false;
  const grid = await createTileLayer(map, overlay.definition, entry);
  if (sequence === overlay.sequence) {
    overlay.layer.clearLayers();
    overlay.layer.addLayer(grid);
    overlay.tiled = grid;
    overlay.state = 'loaded';
    overlay.error = null;
  }
  return true;
}

async function load(overlay) {
  const name = overlay.definition.name;
  // A newer load of the same layer (the date filter changed again) wins over an older one.
  const sequence = (overlay.sequence ?? 0) + 1;
  overlay.sequence = sequence;
  try {
    if (await drawFromTiles(overlay, sequence)) {
      renderStatus();
      renderLegend();
      return;
    }
    const { source, enrich } = overlay.definition;
    const fetched = await fetchLayer(source ?? name, planner.layerParams(name));
    const collection = enrich ? await enrich(fetched) : fetched;
    if (sequence !== overlay.sequence) return;
    overlay.layer.clearLayers();
    overlay.layer.addData(collection);
    overlay.state = 'loaded';
    overlay.error = null;
    if (name === 'fire-lanes') summarizeLanes(collection.features);
    if (name === 'communities') {
      fitToCommunities();
      planner.render();
      risk.render();
    }
  } catch (error) {
    if (sequence !== overlay.sequence) return;
    overlay.state = 'failed';
    overlay.error = error instanceof LayerLoadError ? error : new LayerLoadError(name, 'format');
    console.warn(`FireMap: ${overlay.error.message}`);
  }
  renderStatus();
  renderLegend();
}

await vocabulary;
renderAll();
const ready = Promise.all(overlays.map(load)).then(() => {
  renderAll();
  // After the first fit to the communities: a link's view wins over it.
  link.start();
  return { counts: layerCounts(), failed: failedLayers() };
});

function layerCounts() {
  return Object.fromEntries(overlays.map((o) => [o.definition.name, o.layer.getLayers().length]));
}

function failedLayers() {
  return overlays.filter((o) => o.state === 'failed')
    .map((o) => ({ layer: o.definition.name, reason: o.error.reason, status: o.error.status ?? null }));
}

// For the browser test and for poking at the map from the console; not an API.
window.fireMap = {
  ready,
  layerCounts,
  failedLayers,
  visibleLayers: () => overlays.filter((o) => map.hasLayer(o.layer)).map((o) => o.definition.name),
  tiledLayers: () => overlays.filter((o) => o.tiled).map((o) => o.definition.name),
  tileLayer: (name) => byName[name]?.tiled ?? null,
  map,
  link: { hash: () => link.hash() },
  print: { prepare: (paper) => print.prepare(paper), leave: () => print.leave(), saveImage: () => print.saveImage() },
  radius: radius.testHook(),
  planner: planner.testHook(),
  search: search.testHook(),
  risk: risk.testHook(),
  coverage: coverage.testHook(),
  hazards: hazards.testHook(),
  records: records.testHook(),
  dashboard: dashboard.testHook(),
  imports: imports.testHook(),
};
