// A compound's risk explained, for its popup and for its row in the ranking panel: likelihood ×
// consequence, the factor contributions as a bar chart, the score across runs, model and date.
import { errorText } from '../planner/blockage-forms.js';
import { t } from '../shared/i18n.js';
import { compoundRisk } from './risk-api.js';
import { riskLevelLabel } from './risk-level.js';
import { contributionChart, sparkline } from './risk-chart.js';
import { element } from '../shared/dom.js';

let pending = Promise.resolve();

/** The level as a badge in its colour, in the long form of its name (with the word for risk). */
export function levelBadge(level, long = false) {
  const key = level ?? 'unscored';
  const badge = element('span', `fm-badge fm-risk-badge fm-risk-${key}`, riskLevelLabel(key, !long));
  badge.dataset.level = key;
  return badge;
}

/** "可能性 × 后果：0.85 × 0.54", or null for a compound without buildings (no sides). */
export function sidesText(risk) {
  if (risk.likelihood == null || risk.consequence == null) return null;
  return t('risk.sidesLine', { l: risk.likelihood.toFixed(2), c: risk.consequence.toFixed(2) });
}

function explained(risk, options) {
  const sides = options.sides === false ? null : sidesText(risk);
  return [
    ...(sides ? [element('p', 'fm-risk-sides', sides)] : []),
    contributionChart(risk.contributions, risk.score, options.bars),
    element('p', 'fm-risk-model', t('risk.modelAsOf', { version: risk.modelVersion, date: risk.asOf })),
  ];
}

/**
 * The explanation of compound `id`'s score. known: its score as the ranking gave it (drawn at once),
 * or null to draw it when the service answers. The history always comes from the service. options:
 * { sides: false } leaves out likelihood × consequence, { bars: n } draws the n largest factors and
 * the rest as one bar. The element's `ready` resolves once it is complete.
 */
export function riskDetail(id, known = null, options = {}) {
  const box = element('div', 'fm-risk-detail');
  box.dataset.testid = 'risk-detail';
  box.dataset.id = String(id);
  const body = element('div', 'fm-risk-detail-body');
  const history = element('div', 'fm-risk-detail-history');
  box.append(body, history);
  if (known) body.replaceChildren(...explained(known, options));
  else body.replaceChildren(element('p', 'fm-radius-note', t('risk.chartLoading')));
  const ready = compoundRisk(id).then(({ risk, history: runs }) => {
    if (!known) body.replaceChildren(...(risk ? explained(risk, options) : [element('p', 'fm-radius-note', t('risk.chartNone'))]));
    const spark = sparkline(runs);
    if (spark) history.replaceChildren(spark);
  }, (error) => {
    console.warn(`FireMap: ${error.message}`);
    const text = error.code === 'NOT_FOUND' ? t('risk.notFound') : t('risk.chartError', { reason: errorText(error)[0] });
    if (!known) body.replaceChildren(element('p', 'fm-radius-note fm-radius-error', text));
  });
  box.ready = ready;
  pending = Promise.allSettled([pending, ready]);
  return box;
}

/** For the test hook: resolves when every explanation asked for so far has been drawn. */
export function detailsSettled() {
  return pending.then(() => undefined);
}
