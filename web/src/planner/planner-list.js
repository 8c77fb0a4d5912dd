// The planner panel's list: compounds with the worst fire-lane access, worst first, and under
// the chosen one its active blockages with "show" and, for the roles that may, "clear". DOM nodes only.
import { clearAction } from './blockage-forms.js';
import { formatNumber, formatTime, t } from '../shared/i18n.js';
import { codeLabel } from '../shared/vocabulary.js';
import { blockageSymbols } from '../map/styles.js';
import { element } from '../shared/dom.js';
import { may } from '../shared/session.js';

const join = (parts) => parts.filter((part) => part != null && part !== '').join(' · ');
const number = (v, digits = 0) => formatNumber(Number(v), digits);

function compoundFigures(row) {
  return join([
    t('planner.lanes', { n: number(row.fireLaneCount) }),
    t('planner.blockages', { n: number(row.activeBlockageCount) }),
    row.blockedLengthMeters > 0 ? t('planner.blockedLength', { v: number(row.blockedLengthMeters) }) : null,
    row.narrowestLaneWidthMeters != null ? t('planner.narrowest', { v: number(row.narrowestLaneWidthMeters, 1) }) : null,
  ]);
}

function blockageNode(blockage, handlers) {
  const item = element('li', 'fm-planner-blockage');
  item.dataset.testid = 'planner-blockage';
  item.dataset.id = blockage.id;
  const symbol = element('span', 'fm-planner-symbol');
  symbol.innerHTML = (blockageSymbols[blockage.cause] ?? blockageSymbols.other).svg; // our own constant SVG
  const head = element('div', 'fm-planner-blockage-head');
  const show = element('button', 'fm-radius-link', `${codeLabel('blockageCause', blockage.cause)} ${blockage.code}`);
  show.type = 'button';
  show.title = t('planner.show');
  show.dataset.testid = 'planner-blockage-show';
  show.addEventListener('click', () => handlers.onBlockage(blockage));
  head.append(symbol, show);
  item.append(head, element('div', 'fm-planner-line', join([
    t('planner.width', { v: number(blockage.remainingWidthMeters, 1) }),
    blockage.laneCode, formatTime(blockage.reportedAt),
  ])));
  if (blockage.note) item.append(element('div', 'fm-planner-line fm-planner-note', blockage.note));
  if (may('clearBlockage')) item.append(clearAction((note) => handlers.onClear(blockage, note), 'planner-blockage'));
  return item;
}

function compoundNode(row, selected, handlers) {
  const item = element('li', selected ? 'fm-planner-item fm-planner-selected' : 'fm-planner-item');
  const button = element('button', 'fm-planner-row');
  button.type = 'button';
  button.dataset.testid = 'planner-compound';
  button.dataset.id = row.id;
  button.dataset.count = String(row.activeBlockageCount);
  button.dataset.blockedLength = String(row.blockedLengthMeters);
  button.setAttribute('aria-expanded', String(selected));
  const head = element('span', 'fm-planner-row-head');
  const status = row.fireLaneStatus ?? 'unknown';
  const badge = element('span', `fm-badge fm-lane-${status}`, codeLabel('fireLaneStatus', status));
  badge.dataset.testid = 'planner-compound-status';
  const count = element('span', 'fm-planner-count', number(row.activeBlockageCount));
  count.dataset.testid = 'planner-compound-count';
  count.title = t('planner.blockages', { n: number(row.activeBlockageCount) });
  head.append(badge, element('span', 'fm-radius-name', row.name), count);
  button.append(head, element('span', 'fm-planner-line', compoundFigures(row)));
  button.addEventListener('click', () => handlers.onCompound(row));
  item.append(button);
  if (selected) {
    const blockages = element('ol', 'fm-planner-blockages');
    blockages.append(...row.activeBlockages.map((blockage) => blockageNode(blockage, handlers)));
    item.append(row.activeBlockages.length ? blockages : element('p', 'fm-radius-note', t('planner.noActive')));
  }
  return item;
}

/**
 * The list. rows: the service's worst compounds; selectedId: the compound opened, or null;
 * handlers: { onCompound(row), onBlockage(blockage), onClear(blockage, note) → Promise }.
 */
export function compoundList(rows, selectedId, handlers) {
  if (rows.length === 0) return element('p', 'fm-radius-note', t('planner.empty'));
  const list = element('ol', 'fm-planner-rows');
  list.dataset.testid = 'planner-compounds';
  list.append(...rows.map((row) => compoundNode(row, row.id === selectedId, handlers)));
  return list;
}
