// The two small pictures of the risk view, drawn as plain SVG: each factor's share of a score as
// horizontal bars, largest first, coloured by side (likelihood, consequence, baseline), and the
// score across runs as a sparkline. Text goes in as text nodes, never as markup.
import { language, t } from '../shared/i18n.js';
import { riskColors, riskSideColors } from '../map/styles.js';
import { element } from '../shared/dom.js';
import { codeLabel } from '../shared/vocabulary.js';
import { riskLevelLabel } from './risk-level.js';

// The sides of the model are the vocabulary's (RiskSide); 'rest' is the chart's own bar for the
// factors not drawn one by one.
const sideLabel = (side) => (side === 'rest' ? t('risk.restSide') : codeLabel('riskSide', side));

const svgNs = 'http://www.w3.org/2000/svg';
const sides = ['likelihood', 'consequence', 'baseline'];

// Chart geometry in SVG units; the SVG scales to the width it is given.
const chart = { width: 300, label: 122, value: 34, row: 17 };

function svg(tag, attributes = {}, text = null) {
  const node = document.createElementNS(svgNs, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  if (text != null) node.textContent = text;
  return node;
}

// One decimal, as the scores are written; a share too small for that is "<0.1", not "0.0".
const points = (v) => (v > 0 && v < 0.05 ? '<0.1' : v.toFixed(1));
const factorName = (c) => (language() === 'zh' ? c.chineseName : c.englishName) || c.factor;

/** The name cut short (…) to fit the label column at 11px: CJK characters are about twice as wide. */
function fit(name, room = chart.label - 10) {
  let used = 0;
  for (let i = 0; i < name.length; i += 1) {
    used += name.charCodeAt(i) >= 0x2e80 ? 11 : 6;
    if (used > room) return `${name.slice(0, Math.max(1, i - 1))}…`;
  }
  return name;
}

/** The bars to draw, largest first: with a limit, the rest become one grey bar so the sum still holds. */
function barsOf(contributions, limit) {
  const bars = contributions.filter((c) => c.score > 0)
    .sort((a, b) => b.score - a.score || a.factor.localeCompare(b.factor));
  if (!limit || bars.length <= limit + 1) return bars;
  const rest = bars.slice(limit);
  const n = rest.length;
  return [...bars.slice(0, limit), {
    factor: 'rest', side: 'rest', chineseName: t('risk.rest', { n }), englishName: t('risk.rest', { n }),
    score: rest.reduce((sum, c) => sum + c.score, 0),
  }];
}

function sideLegend(present) {
  const legend = element('p', 'fm-risk-chart-legend');
  for (const side of sides.filter((s) => present.has(s))) {
    const key = element('span', 'fm-risk-chart-key', sideLabel(side));
    key.style.setProperty('--side', riskSideColors[side]);
    legend.append(key);
  }
  return legend;
}

// What a factor measured, where the model says it in words (a station factor's routed time, e.g.
// "5.8 min by road from 大堰微型消防站"), in the reader's language, under the bars.
const explanationOf = (c) => (language() === 'zh' ? c.explanation : c.englishExplanation) || c.explanation || c.englishExplanation;

/** The factors that carry an explanation, one line each (zero-point factors too), or null when none does. */
function explanations(contributions) {
  const lines = contributions.filter((c) => explanationOf(c));
  if (lines.length === 0) return null;
  const list = element('ul', 'fm-risk-explanations');
  list.dataset.testid = 'risk-explanations';
  for (const c of lines) {
    const item = element('li', 'fm-risk-explanation', t('risk.explanationLine', { factor: factorName(c), text: explanationOf(c) }));
    item.dataset.testid = 'risk-explanation';
    item.dataset.factor = c.factor;
    list.append(item);
  }
  return list;
}

/**
 * The contribution chart of one score. contributions: [{ factor, chineseName, englishName, side,
 * score }] whose scores add up to `total`. Factors at 0 are left out and counted under the bars;
 * with `limit`, only that many bars and one for the rest.
 */
export function contributionChart(contributions, total, limit = null) {
  const bars = barsOf(contributions, limit);
  const figure = element('figure', 'fm-risk-chart');
  figure.dataset.testid = 'risk-chart';
  figure.dataset.total = String(total);
  figure.append(element('figcaption', 'fm-risk-chart-title', t('risk.chartTitle')), sideLegend(new Set(bars.map((b) => b.side))));
  const height = bars.length * chart.row + 2;
  const root = svg('svg', { viewBox: `0 0 ${chart.width} ${height}`, class: 'fm-risk-chart-bars', role: 'img' });
  root.setAttribute('aria-label', t('risk.chartTitle'));
  const area = chart.width - chart.label - chart.value;
  const largest = Math.max(...bars.map((b) => b.score), Number.EPSILON);
  bars.forEach((bar, i) => {
    const y = i * chart.row + 1;
    const middle = y + chart.row / 2;
    const name = factorName(bar);
    const width = Math.max(1, (bar.score / largest) * area);
    const group = svg('g', { class: 'fm-risk-bar', 'data-testid': 'risk-bar', 'data-factor': bar.factor, 'data-side': bar.side,
      'data-score': bar.score });
    group.append(
      svg('title', {}, `${name} · ${sideLabel(bar.side)} · ${points(bar.score)}`),
      svg('text', { x: chart.label - 6, y: middle, 'text-anchor': 'end', 'dominant-baseline': 'central', class: 'fm-risk-bar-label' }, fit(name)),
      svg('rect', { x: chart.label, y: y + 3, width, height: chart.row - 6, rx: 1.5, fill: riskSideColors[bar.side] ?? riskSideColors.baseline }),
      svg('text', { x: chart.label + width + 4, y: middle, 'dominant-baseline': 'central', class: 'fm-risk-bar-value' }, points(bar.score)),
    );
    root.append(group);
  });
  figure.append(root);
  const sum = element('p', 'fm-risk-chart-total', t('risk.chartTotal', { v: points(total) }));
  sum.dataset.testid = 'risk-chart-total';
  figure.append(sum);
  const zeros = contributions.filter((c) => !(c.score > 0)).length;
  if (zeros > 0) figure.append(element('p', 'fm-risk-chart-zeros', t('risk.chartZeros', { n: zeros })));
  const told = explanations(contributions);
  if (told) figure.append(told);
  return figure;
}

/** The score in every run, oldest first ([{ asOf, score, level }]); null with fewer than two runs. */
export function sparkline(history) {
  if (history.length < 2) return null;
  const w = 180;
  const h = 36;
  const pad = 4;
  const times = history.map((p) => Date.parse(p.asOf));
  const [t0, t1] = [Math.min(...times), Math.max(...times)];
  const scores = history.map((p) => p.score);
  const [low, high] = [Math.min(...scores), Math.max(...scores)];
  const x = (i) => pad + (t1 > t0 ? (times[i] - t0) / (t1 - t0) : i / (history.length - 1)) * (w - 2 * pad);
  const y = (s) => h - pad - (high > low ? (s - low) / (high - low) : 0.5) * (h - 2 * pad);
  const root = svg('svg', { viewBox: `0 0 ${w} ${h}`, width: w, height: h, class: 'fm-risk-spark', role: 'img' });
  root.append(svg('polyline', {
    points: history.map((p, i) => `${x(i).toFixed(1)},${y(p.score).toFixed(1)}`).join(' '),
    fill: 'none', stroke: '#546e7a', 'stroke-width': 1.5, 'stroke-linejoin': 'round',
  }));
  history.forEach((p, i) => {
    const dot = svg('circle', { cx: x(i), cy: y(p.score), r: i === history.length - 1 ? 3.2 : 2.2,
      fill: (riskColors[p.level] ?? riskColors.unscored).fillColor, stroke: '#fff', 'stroke-width': 0.8 });
    dot.append(svg('title', {}, `${p.asOf} · ${points(p.score)} · ${riskLevelLabel(p.level, true)}`));
    root.append(dot);
  });
  const first = history[0];
  const last = history[history.length - 1];
  const text = t('risk.historyLine', { from: first.asOf, a: points(first.score), to: last.asOf, b: points(last.score), n: history.length });
  root.setAttribute('aria-label', text);
  const box = element('div', 'fm-risk-history');
  box.dataset.testid = 'risk-history';
  box.dataset.count = String(history.length);
  box.append(element('span', 'fm-risk-history-label', t('risk.history')), root, element('span', 'fm-risk-history-line', text));
  return box;
}
