// The service calls behind the planners' fire-lane view: the compounds with the worst access,
// reporting and clearing blockages (the audit log names the signed-in user), the blockages
// layer's filters and the list exports.
import { graphql } from '../shared/graphql.js';

/** How many compounds the planner list asks for. */
export const worstCount = 50;

const worstQuery = `query WorstFireLaneCompounds($first: Int!, $community: String) {
  worstFireLaneCompounds(first: $first, communityCode: $community) {
    id code name communityCode fireLaneStatus fireLaneCount activeBlockageCount blockedLengthMeters
    narrowestLaneWidthMeters geometry
    activeBlockages { id code cause remainingWidthMeters reportedAt laneId laneCode note geometry }
  }
}`;

const reportMutation = `mutation ReportBlockage($input: ReportBlockageInput!) {
  reportBlockage(input: $input) { id code laneId active }
}`;

const clearMutation = `mutation ClearBlockage($id: ID!, $note: String) {
  clearBlockage(id: $id, note: $note) { id code active clearedAt }
}`;

// Enum values arrive upper-case (BLOCKED); the dictionaries and the layers use lower-case codes.
const code = (value) => (typeof value === 'string' ? value.toLowerCase() : value);

function blockage(node) {
  return { ...node, id: String(node.id), laneId: String(node.laneId), cause: code(node.cause) };
}

/** The compounds whose fire lanes admit a fire engine worst, in the service's order. */
export async function worstCompounds(communityCode) {
  const data = await graphql(worstQuery, { first: worstCount, community: communityCode || null });
  return data.worstFireLaneCompounds.map((c) => ({
    ...c,
    id: String(c.id),
    fireLaneStatus: code(c.fireLaneStatus),
    activeBlockages: c.activeBlockages.map(blockage),
  }));
}

/**
 * Reports a blockage. where: { laneId } or { point: {lon, lat} }; cause: a lower-case code.
 * Resolves to { id, code, laneId, active }.
 */
export async function reportBlockage(where, cause, remainingWidthMeters, note) {
  const input = {
    ...(where.laneId != null ? { laneId: String(where.laneId) } : { point: where.point }),
    cause: cause.toUpperCase(),
    remainingWidthMeters,
    note: note || null,
  };
  const data = await graphql(reportMutation, { input });
  return blockage(data.reportBlockage);
}

/** Clears a blockage; a CONFLICT ApiError when it was cleared already. */
export async function clearBlockage(id, note) {
  const data = await graphql(clearMutation, { id: String(id), note: note || null });
  return data.clearBlockage;
}

/**
 * The blockages layer's query for the date filter: active only unless cleared ones are wanted,
 * reported since the start of `since` (YYYY-MM-DD) in China Standard Time.
 */
export function blockageLayerParams({ since, includeCleared }) {
  const params = {};
  if (!includeCleared) params.active = 'true';
  if (since) params.since = `${since}T00:00:00+08:00`;
  return params;
}

/** The active-blockage list of one community (all when none) as CSV or XLSX. */
export function exportUrl(format, communityCode, lang) {
  const query = new URLSearchParams(communityCode ? { community: communityCode, lang } : { lang });
  return `api/exports/blockages.${format}?${query}`;
}
