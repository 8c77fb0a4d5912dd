// The queries the field forms read with: nearby buildings and places, a subject's checklist, residents.
import { graphql } from '../shared/graphql.js';

const nearbyQuery = `query Nearby($c: PointInput!) {
  buildingsWithin(center: $c, radiusMeters: 300, first: 5) { edges { distanceMeters node { id name address } } }
  placesWithin(center: $c, radiusMeters: 300, first: 5) { edges { distanceMeters node { id name address } } }
}`;

/** The nearest buildings and places to `position` ({ lon, lat }), nearest first. */
export async function nearby(position) {
  const data = await graphql(nearbyQuery, { c: { lon: position.lon, lat: position.lat } });
  const hits = [
    ...data.buildingsWithin.edges.map((e) => ({ type: 'BUILDING', kind: 'building', ...e.node, distance: e.distanceMeters })),
    ...data.placesWithin.edges.map((e) => ({ type: 'PLACE', kind: 'place', ...e.node, distance: e.distanceMeters })),
  ];
  return hits.sort((a, b) => a.distance - b.distance).slice(0, 6);
}

export async function checklist(subject) {
  const data = await graphql(`query Checklist($t: HazardSubjectType!, $id: ID!) {
    inspectionChecklist(subjectType: $t, subjectId: $id) { code label labelEn items { code label labelEn hazardCategory } } }`,
  { t: subject.type, id: subject.id });
  return data.inspectionChecklist;
}

export async function residents() {
  const data = await graphql('{ vulnerableResidents(first: 50) { edges { node { id name address overdue } } } }');
  return data.vulnerableResidents.edges.map((e) => e.node);
}
