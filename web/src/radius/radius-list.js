// One list of the radius tool (buildings, places or hydrants): the figures over all hits, the
// rows nearest first, the CSV export and "load more". DOM nodes only, never HTML from data.
import { formatNumber, t } from '../shared/i18n.js';
import { codeLabel } from '../shared/vocabulary.js';
import { element } from '../shared/dom.js';

const join = (parts) => parts.filter((part) => part != null && part !== '').join(' · ');
const number = (v, digits = 0) => formatNumber(Number(v), digits);
const known = (v) => v != null && v !== '';

/** "123 m": distances are whole metres; the list is for finding things, not surveying them. */
export const distanceText = (meters) => t('radius.distance', { v: number(Math.round(meters)) });

const describe = {
  buildings: (row) => ({
    title: join([row.compoundName, row.name]) || row.code,
    badges: row.highRise ? [['fm-badge-high', t('radius.highRise')]] : [],
    lines: [row.address, join([
      known(row.floors) ? t('radius.floors', { v: number(row.floors) }) : null,
      known(row.height) ? t('radius.height', { v: number(row.height, 1) }) : null,
      known(row.useClass) ? codeLabel('useClass', row.useClass) : null,
      known(row.occupants) ? t('radius.persons', { v: number(row.occupants) }) : null,
    ])],
  }),
  places: (row) => ({
    title: row.name || row.code,
    badges: [['fm-badge-category', codeLabel('placeCategory', row.category)]],
    lines: [row.address, known(row.capacity) ? t('radius.capacity', { v: number(row.capacity) }) : null],
  }),
  hydrants: (row) => ({
    title: t('radius.hydrantName', { code: row.code ?? '' }),
    badges: [[row.status === 'fault' ? 'fm-badge-fault' : 'fm-badge-ok', codeLabel('hydrantStatus', row.status)]],
    lines: [row.address, known(row.kind) ? codeLabel('hydrantKind', row.kind) : null],
  }),
};

function rowNode(layer, row, onRow) {
  const item = element('li');
  const button = element('button', 'fm-radius-row');
  button.type = 'button';
  button.dataset.testid = `radius-row-${layer}`;
  button.dataset.id = row.id;
  button.dataset.distance = String(row.distance);
  const { title, badges, lines } = describe[layer](row);
  const head = element('span', 'fm-radius-row-head');
  head.append(element('span', 'fm-radius-distance', distanceText(row.distance)), element('span', 'fm-radius-name', title));
  for (const [className, label] of badges) head.append(element('span', `fm-badge ${className}`, label));
  button.append(head);
  for (const line of lines.filter(Boolean)) button.append(element('span', 'fm-radius-line', line));
  button.addEventListener('click', () => onRow(layer, row));
  item.append(button);
  return item;
}

function summaryText(layer, list) {
  const s = list.summary;
  if (layer === 'buildings') {
    return t('radius.summary.buildings', { n: number(list.total), highRise: number(s.highRiseCount), occupants: number(s.occupantsSum) });
  }
  if (layer === 'places') return t('radius.summary.places', { n: number(list.total), capacity: number(s.capacitySum) });
  return t('radius.summary.hydrants', { n: number(list.total), fault: number(s.counts.fault ?? 0) });
}

/** Place counts by category, largest first: what kinds of crowd the crew may meet. */
function categoryChips(list) {
  const chips = element('ul', 'fm-radius-chips');
  chips.dataset.testid = 'radius-categories';
  const entries = Object.entries(list.summary.counts).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  for (const [category, count] of entries) {
    const chip = element('li', null, `${codeLabel('placeCategory', category)} ${number(count)}`);
    chip.dataset.category = category;
    chips.append(chip);
  }
  return chips;
}

/**
 * The section for one list. list: { total, summary, rows, hasNextPage }; exportHref: the CSV URL;
 * handlers: { onRow(layer, row), onMore(layer) }; loadingMore: a "load more" is in flight.
 */
export function listSection(layer, list, exportHref, handlers, loadingMore) {
  const section = element('section', 'fm-radius-section');
  section.dataset.testid = `radius-section-${layer}`;
  section.dataset.total = String(list.total);
  const summary = element('p', 'fm-radius-summary', summaryText(layer, list));
  summary.dataset.testid = `radius-summary-${layer}`;
  section.append(summary);
  if (layer === 'places' && list.total > 0) section.append(categoryChips(list));

  const tools = element('div', 'fm-radius-tools');
  if (list.rows.length < list.total) {
    const shown = element('span', 'fm-radius-shown', t('radius.shown', { shown: number(list.rows.length), total: number(list.total) }));
    shown.dataset.testid = `radius-shown-${layer}`;
    tools.append(shown);
  }
  if (list.total > 0) {
    const link = element('a', 'fm-radius-export', t('radius.export'));
    link.href = exportHref;
    link.download = ''; // the server names the file
    link.title = t('radius.exportTitle', { n: number(list.total) });
    link.dataset.testid = `radius-export-${layer}`;
    tools.append(link);
  }
  section.append(tools);

  if (list.total === 0) {
    section.append(element('p', 'fm-radius-note', t(`radius.empty.${layer}`)));
    return section;
  }
  const rows = element('ol', 'fm-radius-rows');
  rows.dataset.testid = `radius-rows-${layer}`;
  rows.append(...list.rows.map((row) => rowNode(layer, row, handlers.onRow)));
  section.append(rows);
  if (list.hasNextPage) {
    const more = element('button', 'fm-radius-more', t('radius.more'));
    more.type = 'button';
    more.dataset.testid = `radius-more-${layer}`;
    more.disabled = loadingMore;
    more.addEventListener('click', () => handlers.onMore(layer));
    section.append(more);
  }
  return section;
}
