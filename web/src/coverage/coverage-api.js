// The service calls behind the coverage view: the isochrones and who is outside them in one request,
// and a candidate station's effect (coverageWhatIf, nothing stored).
import { graphql } from '../shared/graphql.js';

/** The minutes offered ("1-3-5": 3 for micro stations, 5 for fire stations; 8 for the response force). */
export const minuteChoices = [3, 5, 8];
/** Each station kind's own minutes, chosen when the kind is. */
export const kindMinutes = { micro_station: 3, fire_station: 5 };
/** Rows of each list. */
export const listSize = 50;

const coverageQuery = `query Coverage($minutes: Int!, $kinds: [StationKind!], $first: Int!) {
  coverageIsochrones(minutes: $minutes, kinds: $kinds) { stationId stationName kind areaSquareMeters geometry }
  coverage(minutes: $minutes, kinds: $kinds, first: $first) {
    buildings buildingsOutside occupantsOutside places placesOutside capacityOutside
    outsideBuildings { id name people seconds stationName lon lat }
    outsideCompounds { id name buildingsOutside occupantsOutside }
    outsidePlaces { id name people seconds stationName lon lat }
  }
}`;

const whatIfQuery = `query WhatIf($point: PointInput!, $kind: StationKind, $minutes: Int!) {
  coverageWhatIf(point: $point, kind: $kind, minutes: $minutes) {
    kind buildingsOutsideBefore buildingsOutsideAfter buildingsNewlyCovered occupantsNewlyCovered
  }
}`;

const upper = (code) => code.toUpperCase();
const lower = (value) => (typeof value === 'string' ? value.toLowerCase() : value);

/** Isochrones and coverage for `kind` (null: every kind) within `minutes`. */
export async function coverageOf(kind, minutes) {
  const data = await graphql(coverageQuery, { minutes, kinds: kind ? [upper(kind)] : null, first: listSize });
  return {
    isochrones: data.coverageIsochrones.map((i) => ({ ...i, stationId: String(i.stationId), kind: lower(i.kind) })),
    ...data.coverage,
  };
}

/** What a candidate station of `kind` at `point` ({lon, lat}) would cover within `minutes`. */
export async function whatIf(point, kind, minutes) {
  const data = await graphql(whatIfQuery, { point, kind: upper(kind), minutes });
  return { ...data.coverageWhatIf, kind: lower(data.coverageWhatIf.kind) };
}
