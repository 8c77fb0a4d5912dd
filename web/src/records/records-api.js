// The queries and mutations of a compound's plan (一小区一对策) and of the editable building,
// compound and place records. GraphQL enums are the vocabulary's codes in upper case; everything
// handed to the rest of the map uses the vocabulary's own (lower-case) codes.
import { graphql } from '../shared/graphql.js';

const lower = (code) => (typeof code === 'string' ? code.toLowerCase() : code);
const upper = (code) => String(code).toUpperCase();

const planFields = 'problems progressNotes updatedBy updatedAt version measures { measure owner dueOn status }';

function plan(node) {
  return node ? { ...node, measures: node.measures.map((m) => ({ ...m, status: lower(m.status) })) } : null;
}

/** The compound's plan, or null when it has none yet. */
export async function getPlan(compoundId) {
  const data = await graphql(`query Plan($id: ID!) { compoundPlan(compoundId: $id) { ${planFields} } }`, { id: String(compoundId) });
  return plan(data.compoundPlan);
}

/** Saves the whole plan over `version` (0 for a new one); rejects with an ApiError (CONFLICT...). */
export async function savePlan(compoundId, version, { problems, measures, progressNotes }) {
  const input = {
    problems, progressNotes,
    measures: measures.map((m) => ({ measure: m.measure, owner: m.owner, dueOn: m.dueOn || null, status: upper(m.status) })),
  };
  const data = await graphql(`mutation SavePlan($id: ID!, $input: CompoundPlanInput!, $version: Int!) {
    saveCompoundPlan(compoundId: $id, input: $input, expectedVersion: $version) { ${planFields} } }`,
  { id: String(compoundId), input, version });
  return plan(data.saveCompoundPlan);
}

export const systems = ['alarmSystem', 'smokeControlSystem', 'sprinklerSystem', 'hydrantSystem'];

const buildingFields = `id name managementUnit maintenanceUnit ${systems.join(' ')} changedUse mixedUse occupants version`;
const compoundFields = 'id name propertyManagementUnit maintenanceUnit version';
const placeFields = 'id name responsibleUnit selfInspectionDate version';

function building(node) {
  if (!node) return null;
  const record = { ...node };
  for (const name of systems) record[name] = lower(node[name]);
  return record;
}

/** A building's record; withChief also reads the chief's name and phone (personal data, audited). */
export async function getBuilding(id, withChief = false) {
  const chief = withChief ? ' chief { name phone }' : '';
  const data = await graphql(`query Building($id: ID!) { building(id: $id) { ${buildingFields}${chief} } }`, { id: String(id) });
  return building(data.building);
}

export async function getCompound(id) {
  const data = await graphql(`query Compound($id: ID!) { compound(id: $id) { ${compoundFields} } }`, { id: String(id) });
  return data.compound;
}

/** A place's record, found by a search of 1 m around where it is. */
export async function getPlace(id, { lon, lat }) {
  const data = await graphql(`query Place($center: PointInput!) {
    placesWithin(center: $center, radiusMeters: 1, first: 100) { edges { node { ${placeFields} } } } }`, { center: { lon, lat } });
  return data.placesWithin.edges.map((edge) => edge.node).find((node) => String(node.id) === String(id)) ?? null;
}

const updates = {
  building: { field: 'updateBuilding', input: 'UpdateBuildingInput', fields: buildingFields },
  compound: { field: 'updateCompound', input: 'UpdateCompoundInput', fields: compoundFields },
  place: { field: 'updatePlace', input: 'UpdatePlaceInput', fields: placeFields },
};

/** Changes the given fields of a record of `kind` at `version`; rejects with an ApiError (CONFLICT...). */
export async function updateRecord(kind, id, version, values) {
  const { field, input, fields } = updates[kind];
  const sent = { ...values };
  for (const name of systems) if (sent[name] != null) sent[name] = upper(sent[name]);
  const data = await graphql(`mutation Update($id: ID!, $input: ${input}!, $version: Int!) {
    ${field}(id: $id, input: $input, expectedVersion: $version) { ${fields} } }`, { id: String(id), input: sent, version });
  return kind === 'building' ? building(data[field]) : data[field];
}
