// The name of a risk level in one place. The label is the vocabulary's ('重大风险', 'Major'); the
// ranking list's short form ('重大') is that label without the language's word for "risk", so
// there is no second table. A compound without a score ('unscored', or no level) is "not scored".
import { t } from '../shared/i18n.js';
import { codeLabel } from '../shared/vocabulary.js';

/** The label of `level` (a RiskLevel code in lower case); short: without the trailing "风险". */
export function riskLevelLabel(level, short = false) {
  const label = codeLabel('riskLevel', level === 'unscored' ? null : level);
  const suffix = t('risk.levelSuffix');
  return short && suffix && label.length > suffix.length && label.endsWith(suffix)
    ? label.slice(0, -suffix.length)
    : label;
}
