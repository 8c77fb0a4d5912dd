// The name of a risk level in one place, in a long form (with the word for risk) for the legend,
// popups and filters and a short one (without the word for risk) for the ranking's badges. Both are made from
// the vocabulary's label: its stem, without the language's word for "risk", with or without that
// word, so there is no second table. A compound without a score ('unscored', or no level) is
// "not scored".
import { t } from '../shared/i18n.js';
import { codeLabel, hasLabel } from '../shared/vocabulary.js';

/** The label of `level` (a RiskLevel code in lower case); short: without "风险" / "risk". */
export function riskLevelLabel(level, short = false) {
  const code = level === 'unscored' ? null : level;
  const label = codeLabel('riskLevel', code);
  if (!hasLabel('riskLevel', code)) return label; // fallback text ("not scored", "unknown") as it is
  const suffix = t('risk.levelSuffix');
  const stem = suffix && label.length > suffix.length && label.endsWith(suffix) ? label.slice(0, -suffix.length) : label;
  return short ? stem : `${stem}${suffix}`;
}
