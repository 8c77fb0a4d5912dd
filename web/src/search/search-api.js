// The geocoder behind the search box: ranked candidates for what was typed, and the nearest
// addressed building or compound to a point ("此处地址").
import { graphql } from '../shared/graphql.js';

/** The service's limit on an address (GeocodeFields.MaxAddressLength). */
export const maxAddressLength = 200;
/** Candidates asked for per search. */
export const candidateCount = 5;

const candidateFields = 'level score confident id code name address lon lat evidence';

const geocodeQuery = `query Geocode($address: String!, $limit: Int) {
  geocode(address: $address, limit: $limit) {
    input
    best { ${candidateFields} }
    candidates { ${candidateFields} }
  }
}`;

const reverseQuery = `query ReverseGeocode($point: PointInput!) {
  reverseGeocode(point: $point) { level id code name address distanceMeters lon lat }
}`;

// MatchLevel arrives upper-case (ROAD_NUMBER); the dictionaries use the lower-case code.
const level = (value) => (typeof value === 'string' ? value.toLowerCase() : 'unknown');

function candidate(node) {
  return {
    level: level(node.level),
    score: node.score,
    confident: node.confident,
    id: node.id == null ? null : String(node.id),
    code: node.code,
    name: node.name,
    address: node.address ?? null,
    lon: node.lon,
    lat: node.lat,
    evidence: node.evidence ?? [],
  };
}

/**
 * Candidates for an address. Resolves to { input, best, candidates }: best is the first
 * candidate when it is confident, else null; candidates are ranked, best first (maybe none).
 */
export async function geocode(address, limit = candidateCount) {
  const data = await graphql(geocodeQuery, { address, limit });
  const result = data.geocode;
  return {
    input: result.input,
    best: result.best ? candidate(result.best) : null,
    candidates: result.candidates.map(candidate),
  };
}

/** The nearest addressed building or compound: { level, id, name, address, distance, lon, lat } or null. */
export async function reverseGeocode(point) {
  const data = await graphql(reverseQuery, { point });
  const node = data.reverseGeocode;
  if (!node) return null;
  return {
    level: level(node.level),
    id: node.id == null ? null : String(node.id),
    code: node.code,
    name: node.name,
    address: node.address ?? null,
    distance: node.distanceMeters,
    lon: node.lon,
    lat: node.lat,
    score: null,
    confident: true,
    evidence: [],
  };
}
