// The report's charts, drawn with chart.js (served locally, loaded as window.Chart): hazards found by
// category and by severity, compounds by risk level. Fixed-size canvases without animation, so that
// what the screen shows is what the printer gets.
import { element } from '../shared/dom.js';
import { t } from '../shared/i18n.js';
import { codeLabel } from '../shared/vocabulary.js';
import { riskColors } from '../map/styles.js';

const code = (value) => String(value).toLowerCase();
const severityColors = ['#b71c1c', '#e65100', '#f9a825', '#1565c0', '#6d4c41'];
const levels = ['major', 'significant', 'general', 'low'];

/** A chart of `values` by `labels` on a new canvas, in a figure with a caption; testid names it. */
export function chartFigure(testid, title, type, labels, values, colors) {
  const figure = element('figure', 'fm-report-chart');
  figure.dataset.testid = testid;
  const canvas = element('canvas');
  canvas.width = 440;
  canvas.height = 240;
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-label', `${title}: ${labels.map((l, i) => `${l} ${values[i]}`).join('，')}`);
  figure.append(element('figcaption', null, title), canvas);
  const Chart = window.Chart;
  if (!Chart) {
    figure.append(element('p', null, labels.map((l, i) => `${l} ${values[i]}`).join('，')));
    return figure;
  }
  const chart = new Chart(canvas, {
    type,
    data: { labels, datasets: [{ data: values, backgroundColor: colors, borderWidth: type === 'doughnut' ? 1 : 0 }] },
    options: {
      responsive: false,
      animation: false,
      plugins: { legend: { display: type === 'doughnut', position: 'right' }, tooltip: { enabled: true } },
      scales: type === 'doughnut' ? {} : { y: { beginAtZero: true, ticks: { precision: 0 } } },
      font: { family: '"Noto Sans CJK SC", sans-serif' },
    },
  });
  figure.chart = chart;
  return figure;
}

/** The report's three charts from its figures. */
export function reportCharts(figures) {
  const breakdown = (field) => figures.filter((f) => f.figure === 'HAZARDS_FOUND' && f[field] != null);
  const categories = breakdown('category');
  const severities = breakdown('severity');
  const risk = levels.map((level) => figures.find((f) => f.figure === `RISK_${level.toUpperCase()}`)?.value ?? 0);
  return [
    chartFigure('chart-category', t('monthly.chartCategory'), 'bar', categories.map((f) => codeLabel('hazardCategory', code(f.category))),
      categories.map((f) => f.value), '#c62828'),
    chartFigure('chart-severity', t('monthly.chartSeverity'), 'bar', severities.map((f) => codeLabel('hazardSeverity', code(f.severity))),
      severities.map((f) => f.value), severities.map((_, i) => severityColors[i % severityColors.length])),
    chartFigure('chart-risk', t('monthly.chartRisk'), 'doughnut', levels.map((level) => codeLabel('riskLevel', level)), risk,
      levels.map((level) => riskColors[level].fillColor)),
  ];
}
