// What the search says in words: the message and rows under the input for what has happened,
// why a search failed, and what a match's evidence means for the user (a building number the
// compound does not have, a house number that differs …).
import { t } from '../shared/i18n.js';
import { maxAddressLength } from './search-api.js';

/** Evidence worth a sentence, most important first; the rest (NameExact, RoadNumber …) goes unsaid. */
const notable = ['BuildingNotFound', 'AreaDiffers', 'RoadDiffers', 'HouseNumberDiffers', 'CommunityDiffers', 'NameApproximate', 'Alias'];

/** The reason of a failed request, in words. */
export function reasonText(error) {
  if (error?.reason === 'graphql') return t('search.failed', { code: error.code ?? '?' });
  return t(`status.${error?.reason ?? 'network'}`, { status: error?.status ?? '' });
}

/** The message for a search that failed; query: what was sent. */
export function errorText(error, query) {
  if (error?.kind === 'empty') return t('search.empty');
  if (error?.reason === 'graphql' && error.code === 'BAD_USER_INPUT') {
    if (query.trim() === '') return t('search.empty');
    if (query.length > maxAddressLength) return t('search.tooLong', { max: maxAddressLength, n: query.length });
    return t('search.badInput', { detail: error.detail || error.argument || '?' });
  }
  if (error?.reason === 'graphql') return reasonText(error);
  return t('search.error', { reason: reasonText(error) });
}

/** One sentence on what does not quite fit about a match, or null when all of it does. */
export function noteText(candidate) {
  const evidence = candidate?.evidence ?? [];
  const notes = notable.filter((e) => evidence.includes(e)).slice(0, 2).map((e) => t(`search.notes.${e}`));
  return notes.length ? notes.join(' ') : null;
}

const none = { message: null, candidates: null };

/**
 * The message under the input ({ kind, text }; kind 'info' | 'note' | 'warn' | 'error') and the
 * rows listed, for the search's state: { open, status, mode, query, error, candidates, outcome,
 * note } where note is what to say about the match shown, or null.
 */
export function dropView(s) {
  if (!s.open) return none;
  if (s.status === 'error') return { message: { kind: 'error', text: errorText(s.error, s.query) }, candidates: null };
  if (s.mode === 'submit' && s.status === 'loading') return { message: { kind: 'info', text: t('search.loading') }, candidates: null };
  if (s.mode === 'suggest') {
    return s.candidates.length ? { message: { kind: 'info', text: t('search.suggestions') }, candidates: s.candidates } : none;
  }
  if (s.note) return { message: { kind: 'note', text: s.note }, candidates: null };
  if (s.outcome === 'ambiguous') return { message: { kind: 'warn', text: t('search.ambiguous') }, candidates: s.candidates };
  if (s.outcome === 'none') return { message: { kind: 'warn', text: t('search.none', { input: s.query }) }, candidates: null };
  return none;
}
