// The ranking panel's list: compounds by rank with level and score, and under the chosen one its
// score explained (risk-detail.js). DOM nodes only, never HTML from data.
import { t } from '../shared/i18n.js';
import { scoreText } from './risk-api.js';
import { levelBadge, riskDetail, sidesText } from './risk-detail.js';
import { element } from '../shared/dom.js';

function rowNode(row, selected, handlers) {
  const item = element('li', selected ? 'fm-risk-item fm-risk-selected' : 'fm-risk-item');
  const button = element('button', 'fm-risk-row');
  button.type = 'button';
  button.dataset.testid = 'risk-row';
  Object.assign(button.dataset, { id: row.id, rank: String(row.rank), score: String(row.score), level: row.level });
  button.setAttribute('aria-expanded', String(selected));
  button.title = t('risk.show');
  const head = element('span', 'fm-risk-row-head');
  const rank = element('span', 'fm-risk-rank', String(row.rank));
  rank.title = t('risk.rank', { n: row.rank });
  const score = element('span', 'fm-risk-score', scoreText(row.score));
  score.dataset.testid = 'risk-row-score';
  score.title = t('risk.field.score');
  const badge = levelBadge(row.level);
  badge.dataset.testid = 'risk-row-level';
  head.append(rank, badge, element('span', 'fm-radius-name', row.name), score);
  button.append(head);
  const line = [row.communityName, sidesText(row)].filter(Boolean).join(' · ');
  if (line) button.append(element('span', 'fm-planner-line', line));
  button.addEventListener('click', () => handlers.onRow(row));
  item.append(button);
  if (selected) item.append(riskDetail(row.id, row, { sides: false }));
  return item;
}

/**
 * The list. list: { rows, total, hasNextPage }; selectedId: the compound opened, or null;
 * handlers: { onRow(row), onMore() }; loadingMore: the next page is on its way.
 */
export function rankingList(list, selectedId, handlers, loadingMore) {
  if (list.rows.length === 0) return [element('p', 'fm-radius-note', t('risk.empty'))];
  const rows = element('ol', 'fm-risk-rows');
  rows.dataset.testid = 'risk-rows';
  rows.append(...list.rows.map((row) => rowNode(row, row.id === selectedId, handlers)));
  const nodes = [rows];
  if (list.rows.length < list.total) {
    nodes.push(element('p', 'fm-radius-note fm-risk-shown', t('risk.shown', { shown: list.rows.length, total: list.total })));
  }
  if (list.hasNextPage) {
    const more = element('button', 'fm-radius-more', t('risk.more'));
    more.type = 'button';
    more.dataset.testid = 'risk-more';
    more.disabled = loadingMore;
    more.addEventListener('click', () => handlers.onMore());
    nodes.push(more);
  }
  return nodes;
}
