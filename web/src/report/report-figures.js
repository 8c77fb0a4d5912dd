// The figures of a report, summary or dashboard as text: each figure a line that opens to the rows
// behind it, each row a link to the map. Labels come from the service's vocabulary; names go in as text.
import { element } from '../shared/dom.js';
import { t } from '../shared/i18n.js';
import { codeLabel } from '../shared/vocabulary.js';
import { mapLink } from './report-api.js';

const code = (value) => (value == null ? null : String(value).toLowerCase());

export const figureLabel = (figure) => codeLabel('reportFigure', code(figure.figure));
export const sectionLabel = (section) => codeLabel('reportSection', code(section));
export const isTotal = (figure) => figure.category == null && figure.severity == null;

/** The total figure `name` (e.g. 'HAZARDS_OPEN') among `figures`, or null. */
export function total(figures, name) {
  return figures.find((f) => isTotal(f) && f.figure === name) ?? null;
}

/** The rows behind a figure, each a link to the map. */
export function rowList(rows) {
  if (rows.length === 0) return element('p', 'fm-report-norows', t('monthly.noRows'));
  const list = element('ol', 'fm-report-rows');
  for (const row of rows) {
    const item = element('li');
    const link = element('a', null, `${row.code} ${row.name}`.trim());
    link.href = mapLink(row);
    link.title = t('monthly.openOnMap');
    item.append(link);
    list.append(item);
  }
  return list;
}

/** A figure that opens to its rows; `label` overrides the figure's own name (breakdowns). */
export function figureItem(figure, label = figureLabel(figure), testid = `figure-${code(figure.figure)}`) {
  const details = element('details', 'fm-report-figure');
  details.dataset.testid = testid;
  const summary = element('summary');
  summary.append(element('span', 'fm-report-figure-label', label), element('span', 'fm-report-figure-value', String(figure.value)));
  details.append(summary, rowList(figure.rows));
  return details;
}

/** Every section of `figures` in their order, totals first, then the hazard breakdowns as their own lists. */
export function sectionBlocks(figures) {
  const sections = [];
  for (const figure of figures) {
    if (!sections.includes(figure.section)) sections.push(figure.section);
  }
  return sections.map((section) => {
    const block = element('section', 'fm-report-section');
    block.dataset.testid = `section-${code(section)}`;
    block.append(element('h2', null, sectionLabel(section)));
    const own = figures.filter((f) => f.section === section);
    const totals = element('div', 'fm-report-figures');
    totals.append(...own.filter(isTotal).map((f) => figureItem(f)));
    block.append(totals);
    const byCategory = own.filter((f) => f.category != null && f.value > 0);
    const bySeverity = own.filter((f) => f.severity != null && f.value > 0);
    for (const [title, list, key, field] of [['monthly.breakdownCategory', byCategory, 'hazardCategory', 'category'],
      ['monthly.breakdownSeverity', bySeverity, 'hazardSeverity', 'severity']]) {
      if (list.length === 0) continue;
      const breakdown = element('div', 'fm-report-breakdown');
      breakdown.append(element('h3', null, t(title)));
      breakdown.append(...list.map((f) => figureItem(f, codeLabel(key, code(f[field])), `figure-${code(f.figure)}-${code(f[field])}`)));
      block.append(breakdown);
    }
    return block;
  });
}
