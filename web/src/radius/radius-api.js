// The radius searches behind the liaison's tool: buildings, places and hydrants within R metres
// of a point (query root) or of a station (the station's own fields), in one request.
import { graphql } from '../shared/graphql.js';

/** Rows asked for per list and per "load more". */
export const pageSize = 200;
/** Radius limits of the API (radiusMeters > 0 and ≤ 5000). */
export const minRadius = 100;
export const maxRadius = 5000;
export const layers = ['buildings', 'places', 'hydrants'];

const fields = {
  buildings: {
    type: 'BuildingWithinConnection',
    node: 'id code name address floors heightMeters useClass isHighRise occupants compoundName geometry',
  },
  places: { type: 'PlaceWithinConnection', node: 'id code name category address capacity geometry' },
  hydrants: { type: 'HydrantWithinConnection', node: 'id code kind status address geometry' },
};

const fragment = (layer) => `fragment ${layer}Hits on ${fields[layer].type} {
  totalCount
  summary { counts { key count } highRiseCount occupantsSum capacitySum }
  pageInfo { hasNextPage endCursor }
  edges { distanceMeters node { ${fields[layer].node} } }
}`;

const field = (layer, args) => `${layer}: ${layer}Within(${args}) { ...${layer}Hits }`;
const pointArgs = 'center: $center, radiusMeters: $radius, first: $first';
const stationArgs = 'radiusMeters: $radius, first: $first';

const aroundPoint = `query RadiusAroundPoint($center: PointInput!, $radius: Float!, $first: Int!) {
  ${layers.map((layer) => field(layer, pointArgs)).join('\n  ')}
  nearestStations(point: $center, first: 1) { distanceMeters station { id name kind } }
}
${layers.map(fragment).join('\n')}`;

const aroundStation = `query RadiusAroundStation($id: ID!, $radius: Float!, $first: Int!) {
  station(id: $id) {
    id name kind geometry
    ${layers.map((layer) => field(layer, stationArgs)).join('\n    ')}
  }
}
${layers.map(fragment).join('\n')}`;

const more = (layer, station) => (station
  ? `query More($id: ID!, $radius: Float!, $first: Int!, $after: String) {
  station(id: $id) { ${field(layer, `${stationArgs}, after: $after`)} }
}
${fragment(layer)}`
  : `query More($center: PointInput!, $radius: Float!, $first: Int!, $after: String) {
  ${field(layer, `${pointArgs}, after: $after`)}
}
${fragment(layer)}`);

// Enum values arrive upper-case (MARKET); the dictionaries and the summary keys use the stored
// lower-case codes (market), so everything is turned to those.
const code = (value) => (typeof value === 'string' ? value.toLowerCase() : value);

function row(layer, edge) {
  const node = edge.node;
  const common = { id: String(node.id), distance: edge.distanceMeters, geometry: node.geometry, code: node.code,
    address: node.address };
  if (layer === 'buildings') {
    return { ...common, name: node.name, compoundName: node.compoundName, floors: node.floors,
      height: node.heightMeters, useClass: code(node.useClass), highRise: node.isHighRise, occupants: node.occupants };
  }
  if (layer === 'places') return { ...common, name: node.name, category: code(node.category), capacity: node.capacity };
  return { ...common, kind: code(node.kind), status: code(node.status) };
}

function connection(layer, value) {
  const counts = Object.fromEntries(value.summary.counts.map((c) => [code(c.key), c.count]));
  return {
    total: value.totalCount,
    summary: { ...value.summary, counts },
    hasNextPage: value.pageInfo.hasNextPage,
    endCursor: value.pageInfo.endCursor,
    rows: value.edges.map((edge) => row(layer, edge)),
  };
}

const lists = (data) => Object.fromEntries(layers.map((layer) => [layer, connection(layer, data[layer])]));

/**
 * Everything within `radius` metres of `where`: { point: {lon, lat} } or { stationId }.
 * Resolves to { center, station, nearest, lists: { buildings, places, hydrants } }.
 */
export async function searchWithin(where, radius) {
  if (where.stationId != null) {
    const data = await graphql(aroundStation, { id: where.stationId, radius, first: pageSize });
    const station = data.station;
    const [lon, lat] = station.geometry.coordinates;
    return {
      center: { lon, lat },
      station: { id: String(station.id), name: station.name, kind: code(station.kind) },
      nearest: null,
      lists: lists(station),
    };
  }
  const data = await graphql(aroundPoint, { center: where.point, radius, first: pageSize });
  const nearest = data.nearestStations[0];
  return {
    center: where.point,
    station: null,
    nearest: nearest ? { distance: nearest.distanceMeters, id: String(nearest.station.id),
      name: nearest.station.name, kind: code(nearest.station.kind) } : null,
    lists: lists(data),
  };
}

/** The next page of one list of a search made by searchWithin. */
export async function loadMore(where, radius, layer, after) {
  if (where.stationId != null) {
    const data = await graphql(more(layer, true), { id: where.stationId, radius, first: pageSize, after });
    return connection(layer, data.station[layer]);
  }
  const data = await graphql(more(layer, false), { center: where.point, radius, first: pageSize, after });
  return connection(layer, data[layer]);
}

/** The server's CSV of every hit of one list, nearest first. */
export function exportUrl(layer, center, radius, lang) {
  const query = new URLSearchParams({
    layer, lon: String(center.lon), lat: String(center.lat), radius: String(radius), lang,
  });
  return `api/exports/within.csv?${query}`;
}

const routesQuery = `query DriveRoutes($center: PointInput!, $first: Int!) {
  nearestStations(point: $center, first: $first, by: DRIVE_TIME) { driveSeconds route station { id name kind } }
}`;

/**
 * The stations fastest by road to `center` with their routes (GeoJSON MultiLineString), fastest first;
 * stations that cannot reach it are left out. Asked apart from the radius search, so that the search
 * stands when routing is unavailable.
 */
export async function driveRoutes(center, first = 3) {
  const data = await graphql(routesQuery, { center, first });
  return data.nearestStations.filter((s) => s.driveSeconds != null)
    .map((s) => ({ id: String(s.station.id), name: s.station.name, kind: code(s.station.kind), seconds: s.driveSeconds, route: s.route }));
}
