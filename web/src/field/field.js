// Field mode for phones (field.html): the current position with its accuracy, the nearest subjects,
// and the four forms — hazard report, blockage report, inspection (a failed item raises a hazard in
// one step) and door-knock visit — each sent through the outbox, with photos from the camera input.
// Every text from users and the service is put in as text (textContent), never as markup.
import { signedInUser } from '../account/account.js';
import { element, control } from '../shared/dom.js';
import { applyDocumentLanguage, language, t } from '../shared/i18n.js';
import { may } from '../shared/session.js';
import { codeLabel, codesOf as codes, loadVocabulary } from '../shared/vocabulary.js';
import { checklist, nearby, residents } from './field-api.js';
import { discard, keepSending, onOutboxChange, submit } from './outbox.js';

applyDocumentLanguage();
await signedInUser();
await loadVocabulary();

const root = document.getElementById('field');
root.className = 'fm-field';
const state = { position: null, subjects: [], subject: null, tab: 'inspection' };

const header = element('div', 'fm-field-bar');
header.append(element('h1', null, t('fieldMode.title')));
const mapLink = element('a', 'fm-field-secondary fm-field-target', t('fieldMode.toMap'));
mapLink.href = './';
header.append(mapLink);
const positionLine = control('p', 'field-position', { className: 'fm-field-position', textContent: t('fieldMode.position.waiting') });
const tabs = element('div', 'fm-field-tabs');
const nearbyBox = element('section');
const formBox = element('section');
const message = control('p', 'field-message', { className: 'fm-field-message', hidden: true });
const outboxBox = control('section', 'field-outbox', { className: 'fm-field-outbox' });
root.append(header, positionLine, tabs, nearbyBox, formBox, message, outboxBox);

for (const name of ['inspection', 'hazard', 'visit', 'blockage']) {
  const button = control('button', `field-tab-${name}`, { type: 'button', textContent: t(`fieldMode.tabs.${name}`) });
  button.addEventListener('click', () => { state.tab = name; render(); });
  tabs.append(button);
}

function say(text, error = false) {
  message.hidden = false;
  message.textContent = text;
  message.classList.toggle('fm-field-error', error);
}

// Position: watched while the page is open; the accuracy is shown so the user knows how far to trust "nearest".
if ('geolocation' in navigator) {
  navigator.geolocation.watchPosition((p) => {
    const first = state.position == null;
    state.position = { lon: p.coords.longitude, lat: p.coords.latitude, accuracy: p.coords.accuracy };
    positionLine.textContent = t('fieldMode.position.accuracy', { m: Math.round(p.coords.accuracy) });
    if (first) findNearby();
  }, (error) => {
    positionLine.textContent = t('fieldMode.position.denied', { reason: error.message });
  }, { enableHighAccuracy: true, maximumAge: 10000, timeout: 20000 });
} else {
  positionLine.textContent = t('fieldMode.position.unsupported');
}

async function findNearby() {
  if (!state.position) return;
  try {
    state.subjects = await nearby(state.position);
  } catch (error) {
    state.subjects = [];
    console.warn(`FireMap: ${error.message}`);
  }
  if (!state.subject && state.subjects.length > 0) state.subject = state.subjects[0];
  render();
}

function renderNearby() {
  nearbyBox.replaceChildren(element('h2', null, t('fieldMode.nearest')));
  const list = control('div', 'field-subjects', { className: 'fm-field-subjects' });
  if (state.subjects.length === 0) list.append(element('p', 'fm-field-hint', t('fieldMode.nearestNone')));
  for (const subject of state.subjects) {
    const button = control('button', 'field-subject', { type: 'button' });
    button.setAttribute('aria-pressed', String(state.subject?.id === subject.id && state.subject?.type === subject.type));
    button.append(element('strong', null, subject.name ?? ''), document.createTextNode(' · '),
      document.createTextNode(`${t(`fieldMode.kind.${subject.kind}`)} · ${t('fieldMode.distance', { m: Math.round(subject.distance) })}`));
    button.addEventListener('click', () => { state.subject = subject; render(); });
    list.append(button);
  }
  const again = control('button', 'field-nearby-refresh', { type: 'button', className: 'fm-field-secondary', textContent: t('fieldMode.refresh') });
  again.addEventListener('click', findNearby);
  nearbyBox.append(list, again);
}

function labelled(text, input) {
  const label = element('label', null, text);
  label.htmlFor = input.id = `f-${input.dataset.testid}`;
  return [label, input];
}

function select(testid, key, values) {
  const node = control('select', testid);
  for (const code of values) {
    const option = element('option', null, codeLabel(key, code));
    option.value = code;
    node.append(option);
  }
  return node;
}

function photoInput(photos, onChange) {
  const input = control('input', 'field-photo', { type: 'file', accept: 'image/*', multiple: true });
  input.setAttribute('capture', 'environment');
  const keep = control('input', 'field-keep-location', { type: 'checkbox' });
  const keepLabel = element('label', 'fm-field-check');
  keepLabel.append(keep, document.createTextNode(t('fieldMode.keepLocation')));
  const previews = element('div', 'fm-field-photos');
  const count = control('p', 'field-photo-count', { className: 'fm-field-hint' });
  input.addEventListener('change', () => {
    photos.splice(0, photos.length, ...[...input.files].map((file) => ({ blob: file, name: file.name })));
    previews.replaceChildren(...photos.map((p) => Object.assign(element('img'), { src: URL.createObjectURL(p.blob), alt: '' })));
    count.textContent = t('fieldMode.photoCount', { n: photos.length });
    onChange?.();
  });
  return { nodes: [...labelled(t('fieldMode.photos'), input), count, previews, keepLabel], keep };
}

function submitButton(form) {
  const button = control('button', 'field-submit', { type: 'submit', className: 'fm-field-submit', textContent: t('fieldMode.submit') });
  form.append(button);
  return button;
}

async function send(entry, button) {
  button.disabled = true;
  button.textContent = t('fieldMode.sending');
  try {
    const sent = await submit(entry);
    if (sent.some((s) => s.item.label === entry.label)) say(t('fieldMode.sent', { what: t(`fieldMode.what.${entry.kind}`, { text: entry.label }) }));
    else say(t('fieldMode.queued'));
    render();
  } catch (error) {
    say(String(error?.message ?? error), true);
    button.disabled = false;
    button.textContent = t('fieldMode.submit');
  }
}

function hazardForm(form) {
  const category = select('field-hazard-category', 'hazardCategory', codes('hazardCategory'));
  const severity = select('field-hazard-severity', 'hazardSeverity', codes('hazardSeverity'));
  const description = control('textarea', 'field-hazard-description', { rows: 3, required: true, maxLength: 1000 });
  const unit = control('input', 'field-hazard-unit', { type: 'text', required: true, maxLength: 200 });
  form.append(...labelled(t('fieldMode.category'), category), ...labelled(t('fieldMode.severity'), severity),
    ...labelled(t('fieldMode.description'), description), ...labelled(t('fieldMode.responsibleUnit'), unit));
  const photos = [];
  const photo = photoInput(photos);
  form.append(...photo.nodes);
  const button = submitButton(form);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const input = {
      category: category.value.toUpperCase(), severity: severity.value.toUpperCase(), description: description.value, responsibleUnit: unit.value, photoIds: [],
    };
    if (state.subject) Object.assign(input, { subjectType: state.subject.type, subjectId: state.subject.id });
    else if (state.position) input.point = { lon: state.position.lon, lat: state.position.lat };
    else { say(t('fieldMode.pointFirst'), true); return; }
    send({
      kind: 'hazard', label: description.value.slice(0, 20), query: 'mutation($input: ReportHazardInput!) { reportHazard(input: $input) { id code } }',
      variables: { input }, photos, photoPath: ['input', 'photoIds'], keepLocation: photo.keep.checked,
    }, button);
  });
}

function blockageForm(form) {
  const cause = select('field-blockage-cause', 'blockageCause', codes('blockageCause'));
  const remaining = control('input', 'field-blockage-width', { type: 'number', min: 0, step: 0.1, value: 2.5, inputMode: 'decimal' });
  const note = control('textarea', 'field-blockage-note', { rows: 2, maxLength: 500 });
  form.append(...labelled(t('fieldMode.cause'), cause), ...labelled(t('fieldMode.remaining'), remaining), ...labelled(t('fieldMode.note'), note));
  const button = submitButton(form);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!state.position) { say(t('fieldMode.pointFirst'), true); return; }
    const input = { point: { lon: state.position.lon, lat: state.position.lat }, cause: cause.value.toUpperCase(), remainingWidthMeters: Number(remaining.value), note: note.value || null };
    send({ kind: 'blockage', label: codeLabel('blockageCause', cause.value), query: 'mutation($input: ReportBlockageInput!) { reportBlockage(input: $input) { id } }', variables: { input } }, button);
  });
}

async function inspectionForm(form) {
  if (!state.subject) { form.append(element('p', 'fm-field-hint', t('fieldMode.subjectFirst'))); return; }
  const kind = select('field-inspection-kind', 'inspectionKind', codes('inspectionKind'));
  form.append(element('h2', null, state.subject.name ?? ''), ...labelled(t('fieldMode.inspectionKind'), kind));
  const list = await checklist(state.subject).catch(() => null);
  if (!list) { form.append(element('p', 'fm-field-hint', t('fieldMode.noChecklist'))); return; }
  form.append(element('h2', null, language() === 'en' ? list.labelEn : list.label));
  const items = list.items.map((item, index) => {
    const row = control('div', 'field-item', { className: 'fm-field-item' });
    row.dataset.code = item.code;
    row.append(element('p', null, language() === 'en' ? item.labelEn : item.label));
    const choices = element('div', 'fm-field-choices');
    const raiseBox = element('div');
    raiseBox.hidden = true;
    const raise = control('input', 'field-item-raise', { type: 'checkbox' });
    const raiseLabel = element('label', 'fm-field-check');
    raiseLabel.append(raise, document.createTextNode(t('fieldMode.raise')));
    const description = control('textarea', 'field-item-hazard', { rows: 2, maxLength: 1000 });
    raiseBox.append(raiseLabel, ...labelled(t('fieldMode.raiseDescription'), description));
    description.id = `f-item-${index}-hazard`;
    for (const result of ['pass', 'fail', 'not_applicable']) {
      const radio = control('input', `field-item-${result}`, { type: 'radio', name: `item-${index}`, value: result, checked: result === 'pass' });
      radio.addEventListener('change', () => { raiseBox.hidden = result !== 'fail'; });
      const label = element('label');
      label.append(radio, document.createTextNode(codeLabel('checkResult', result)));
      choices.append(label);
    }
    row.append(choices, raiseBox);
    form.append(row);
    return { item, row, raise, description };
  });
  const notes = control('textarea', 'field-inspection-notes', { rows: 2, maxLength: 1000 });
  form.append(...labelled(t('fieldMode.notes'), notes));
  const photos = [];
  const photo = photoInput(photos);
  form.append(...photo.nodes);
  const button = submitButton(form);
  const subject = state.subject;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const answers = items.map(({ item, row, raise, description }) => {
      const result = row.querySelector('input[type=radio]:checked').value;
      const answer = { code: item.code, result: result.toUpperCase() };
      if (result === 'fail' && raise.checked && description.value.trim()) {
        answer.raiseHazard = { severity: 'GENERAL', description: description.value };
      }
      return answer;
    });
    const input = { subjectType: subject.type, subjectId: subject.id, kind: kind.value.toUpperCase(), notes: notes.value || null, items: answers, photoIds: [] };
    send({
      kind: 'inspection', label: subject.name ?? '', query: 'mutation($input: RecordInspectionInput!) { recordInspection(input: $input) { id failedCount } }',
      variables: { input }, photos, photoPath: ['input', 'photoIds'], keepLocation: photo.keep.checked,
    }, button);
  });
}

async function visitForm(form) {
  const people = await residents().catch(() => []);
  if (people.length === 0) { form.append(element('p', 'fm-field-hint', t('fieldMode.residentNone'))); return; }
  const resident = control('select', 'field-visit-resident');
  for (const person of people) {
    const option = element('option', null, `${person.name} · ${person.address}`);
    option.value = person.id;
    resident.append(option);
  }
  form.append(...labelled(t('fieldMode.resident'), resident), element('h2', null, t('fieldMode.checks')));
  const checks = codes('visitCheckItem').map((item, index) => {
    const row = control('div', 'field-check', { className: 'fm-field-item' });
    row.dataset.code = item;
    row.append(element('p', null, codeLabel('visitCheckItem', item)));
    const choices = element('div', 'fm-field-choices');
    for (const result of ['pass', 'fail', 'not_applicable']) {
      const radio = control('input', `field-check-${result}`, { type: 'radio', name: `check-${index}`, value: result, checked: result === 'pass' });
      const label = element('label');
      label.append(radio, document.createTextNode(codeLabel('checkResult', result)));
      choices.append(label);
    }
    row.append(choices);
    form.append(row);
    return { item, row };
  });
  const notes = control('textarea', 'field-visit-notes', { rows: 2, maxLength: 1000 });
  form.append(...labelled(t('fieldMode.notes'), notes));
  const photos = [];
  const photo = photoInput(photos);
  form.append(...photo.nodes);
  const button = submitButton(form);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const input = {
      residentId: resident.value, notes: notes.value || null, photoIds: [],
      checks: checks.map(({ item, row }) => ({ item: item.toUpperCase(), result: row.querySelector('input[type=radio]:checked').value.toUpperCase() })),
    };
    send({
      kind: 'visit', label: resident.selectedOptions[0]?.textContent ?? '', query: 'mutation($input: RecordVisitInput!) { recordVisit(input: $input) { id } }',
      variables: { input }, photos, photoPath: ['input', 'photoIds'], keepLocation: photo.keep.checked,
    }, button);
  });
}

let renderCount = 0;
async function render() {
  const sequence = ++renderCount;
  for (const button of tabs.children) button.setAttribute('aria-pressed', String(button.dataset.testid === `field-tab-${state.tab}`));
  renderNearby();
  const form = control('form', `field-form-${state.tab}`, { className: 'fm-field-form', noValidate: false });
  const allowed = state.tab === 'blockage' ? may('reportBlockage') : state.tab === 'visit' ? may('personal') : may('operate');
  if (!allowed) form.append(element('p', 'fm-field-hint', t('fieldMode.readOnly')));
  else if (state.tab === 'hazard') hazardForm(form);
  else if (state.tab === 'blockage') blockageForm(form);
  else if (state.tab === 'inspection') await inspectionForm(form);
  else await visitForm(form);
  if (sequence === renderCount) formBox.replaceChildren(form);
}

function renderOutbox(items) {
  const list = element('ul');
  for (const item of items) {
    const row = control('li', 'field-outbox-item');
    const text = element('span', null, `${t(`fieldMode.what.${item.kind}`, { text: item.label })} · ${item.state === 'failed' ? t('fieldMode.failed', { reason: item.error }) : t('fieldMode.waiting')}`);
    const remove = control('button', 'field-outbox-discard', { type: 'button', className: 'fm-field-secondary', textContent: t('fieldMode.discard') });
    remove.addEventListener('click', () => discard(item.key));
    row.append(text, remove);
    list.append(row);
  }
  const title = control('h2', 'field-outbox-count', { textContent: items.length ? t('fieldMode.outbox', { n: items.length }) : t('fieldMode.outboxEmpty') });
  outboxBox.replaceChildren(title, list);
}

onOutboxChange(renderOutbox);
keepSending(({ item }) => say(t('fieldMode.sent', { what: t(`fieldMode.what.${item.kind}`, { text: item.label }) })));
render();

// For the browser test; not an API.
window.fireMapField = { state, ready: true };
