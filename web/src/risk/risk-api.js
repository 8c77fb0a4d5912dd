// The service calls behind the analysts' risk view: the compound ranking of the latest run (a page
// with contributions for the panel, every compound's level for the map), one compound's score
// explained with its history, and the ranking exports.
import { LayerLoadError } from '../shared/api.js';
import { graphql } from '../shared/graphql.js';

/** Rows per page of the panel's list; the map's levels are read in pages of the API's maximum. */
export const pageSize = 50;
const levelPageSize = 500;
/** The four levels, highest first (RiskLevel); enum values arrive upper-case. */
export const riskLevels = ['major', 'significant', 'general', 'low'];

/** A score as the map writes it: one decimal, always (45.6, 41.0). */
export const scoreText = (score) => Number(score).toFixed(1);

const scoreFields = `score level likelihood consequence modelVersion asOf
  contributions { factor chineseName englishName side points score explanation englishExplanation }`;

const rankingQuery = `query RiskRanking($first: Int!, $after: String, $community: String, $level: RiskLevel) {
  compoundRanking(first: $first, after: $after, communityCode: $community, level: $level) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { rank compoundId ${scoreFields} compound { id code name communityCode communityName geometry } } }
  }
}`;

const levelsQuery = `query RiskLevels($first: Int!, $after: String) {
  compoundRanking(first: $first, after: $after) {
    pageInfo { hasNextPage endCursor }
    edges { node { rank compoundId score level } }
  }
}`;

const detailQuery = `query CompoundRisk($id: ID!) {
  compound(id: $id) { id name risk { ${scoreFields} } }
  riskHistory(compoundId: $id) { asOf score level modelVersion }
}`;

const code = (value) => (typeof value === 'string' ? value.toLowerCase() : value);

function score(node) {
  return {
    score: node.score,
    level: code(node.level),
    likelihood: node.likelihood,
    consequence: node.consequence,
    modelVersion: node.modelVersion,
    asOf: node.asOf,
    contributions: node.contributions.map((c) => ({ ...c, side: code(c.side) })),
  };
}

/** True when the service has no run to read yet (NOT_FOUND from a ranking): nothing is scored. */
export const noRun = (error) => error?.reason === 'graphql' && error.code === 'NOT_FOUND';

/**
 * One page of the compound ranking: { total, hasNextPage, endCursor, rows }; a row is
 * { rank, id, name, code, communityCode, communityName, geometry, ...score }.
 */
export async function rankingPage({ community = null, level = null, after = null } = {}) {
  const data = await graphql(rankingQuery, {
    first: pageSize, after, community: community || null, level: level ? level.toUpperCase() : null,
  });
  const connection = data.compoundRanking;
  return {
    total: connection.totalCount,
    hasNextPage: connection.pageInfo.hasNextPage,
    endCursor: connection.pageInfo.endCursor,
    rows: connection.edges.map(({ node }) => ({
      rank: node.rank,
      id: String(node.compoundId),
      name: node.compound?.name ?? String(node.compoundId),
      code: node.compound?.code ?? null,
      communityCode: node.compound?.communityCode ?? null,
      communityName: node.compound?.communityName ?? null,
      geometry: node.compound?.geometry ?? null,
      ...score(node),
    })),
  };
}

/** Every compound's { rank, score, level } by compound id; an empty map before the first run. */
export async function compoundLevels() {
  const levels = new Map();
  let after = null;
  try {
    do {
      // One page after another: each needs the cursor of the one before.
      const data = await graphql(levelsQuery, { first: levelPageSize, after });
      const connection = data.compoundRanking;
      for (const { node } of connection.edges) {
        levels.set(String(node.compoundId), { rank: node.rank, score: node.score, level: code(node.level) });
      }
      after = connection.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null;
    } while (after);
  } catch (error) {
    if (!noRun(error)) throw error;
  }
  return levels;
}

/** A compound's current score explained, and its score in every run: { name, risk | null, history }. */
export async function compoundRisk(id) {
  const data = await graphql(detailQuery, { id: String(id) });
  return {
    name: data.compound?.name ?? null,
    risk: data.compound?.risk ? score(data.compound.risk) : null,
    history: data.riskHistory.map((point) => ({ ...point, level: code(point.level) })),
  };
}

/** The ranking with each factor's share, as CSV or XLSX, for the panel's filters. */
export function exportUrl(format, { community, level }, lang) {
  const query = new URLSearchParams({ lang });
  if (level) query.set('level', level);
  if (community) query.set('communityCode', community);
  return `api/exports/risk-ranking.${format}?${query}`;
}

/**
 * Joins every compound's level, score and rank into the compounds' features (risk_level,
 * risk_score, risk_rank) for the map's risk layer; before the first run none has any.
 */
export async function withRiskLevels(collection) {
  let levels;
  try {
    levels = await compoundLevels();
  } catch (error) {
    throw new LayerLoadError('risk', ['http', 'timeout', 'network'].includes(error?.reason) ? error.reason : 'format', error?.status);
  }
  for (const feature of collection.features) {
    const risk = levels.get(String(feature.id));
    if (risk) feature.properties = { ...feature.properties, risk_level: risk.level, risk_score: risk.score, risk_rank: risk.rank };
  }
  return collection;
}
