// The labels of the service's codes (place categories, lane states, blockage causes, risk levels...)
// in Chinese and English, read once from /api/vocabulary at start-up: the map shows the labels the
// service and its exports use and keeps no copy of its own. A code the map cannot name (the request
// failed, or the service added it later) shows fallback text, never the code itself.
import { fetchJson } from './api.js';
import { has, language, t } from './i18n.js';

let lists = new Map();
let failure = null;

function termsByCode(list) {
  const terms = new Map();
  for (const term of Array.isArray(list?.terms) ? list.terms : []) {
    if (typeof term?.code === 'string') terms.set(term.code, term);
  }
  return terms;
}

/**
 * Reads the vocabulary; resolves in any case (the map works without it). The browser may answer
 * from its cache: the service marks the document cacheable and tags it with an ETag.
 */
export async function loadVocabulary() {
  try {
    const document = await fetchJson('api/vocabulary', 'vocabulary');
    if (document == null || typeof document !== 'object' || Array.isArray(document)) throw new TypeError('not an object');
    lists = new Map(Object.entries(document).map(([key, list]) => [key, termsByCode(list)]));
    failure = null;
  } catch (error) {
    lists = new Map();
    failure = { reason: error?.reason ?? 'format', status: error?.status ?? null };
    console.warn(`FireMap: vocabulary not loaded (${failure.reason}${failure.status ? ` ${failure.status}` : ''})`);
  }
}

/** Why the vocabulary could not be read ({ reason, status }), or null when it was. */
export function vocabularyFailure() {
  return failure;
}

/**
 * The label of `code` in list `key` (the vocabulary's camelCase key, e.g. 'placeCategory') in the
 * current language. A missing code, or one the vocabulary does not name, shows the list's fallback
 * text (`unknownCode.<key>`: "other place", "not scored"...); without a vocabulary a code shows as
 * "unknown", since "other place" would be wrong for a hotel.
 */
export function codeLabel(key, code) {
  if (code != null && failure) return t('value.unknown');
  return labelOf(key, code) ?? (has(`unknownCode.${key}`) ? t(`unknownCode.${key}`) : t('value.unknown'));
}

/** Whether the vocabulary names `code` in list `key` (codeLabel gives its label, not a fallback). */
export function hasLabel(key, code) {
  return labelOf(key, code) != null;
}

function labelOf(key, code) {
  const term = code == null ? null : lists.get(key)?.get(code);
  const label = term?.[language()] ?? term?.zh;
  return typeof label === 'string' && label !== '' ? label : null;
}

/** The codes of list `key` in the vocabulary's order (empty without a vocabulary). */
export function codesOf(key) {
  return [...(lists.get(key)?.keys() ?? [])];
}
