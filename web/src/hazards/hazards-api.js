// The hazard queries and mutations the map sends. GraphQL enums are the vocabulary's codes in upper
// case; everything handed to the rest of the map uses the vocabulary's own (lower-case) codes.
import { graphql } from '../shared/graphql.js';

export const pageSize = 100;

const nodeFields = `id code category severity status description foundOn foundBy deadline overdue daysOverdue
  supervised supervisingUnit responsibleUnit responsiblePerson reviewNote closedAt version geometry
  subject { type id name address }`;

const listQuery = `query Hazards($filter: HazardFilter, $first: Int, $after: String) {
  hazards(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    summary { total overdue supervised byStatus { status count } bySeverity { severity count } }
    edges { node { ${nodeFields} } }
  }
}`;

const oneQuery = `query Hazard($id: ID!) {
  hazard(id: $id) { ${nodeFields} history { action from to actor at note } photos { id url thumbnailUrl } }
}`;

const alertsQuery = 'query Alerts { alerts { kind days hazard { id code } } }';

const lower = (code) => (typeof code === 'string' ? code.toLowerCase() : code);
const upper = (code) => String(code).toUpperCase();

/** A hazard node with its codes in the vocabulary's form. */
function hazard(node) {
  return {
    ...node,
    category: lower(node.category),
    severity: lower(node.severity),
    status: lower(node.status),
    subject: node.subject ? { ...node.subject, type: lower(node.subject.type) } : null,
    history: node.history?.map((step) => ({ ...step, action: lower(step.action), from: lower(step.from), to: lower(step.to) })),
  };
}

/**
 * filter: { status, severity, overdue, supervised } (codes or null/false for "any"); after: the
 * endCursor of the page before, or null for the first page.
 */
export async function listHazards(filter, after = null) {
  const input = {};
  if (filter.status) input.status = [upper(filter.status)];
  if (filter.severity) input.severity = [upper(filter.severity)];
  if (filter.overdue) input.overdue = true;
  if (filter.supervised) input.supervised = true;
  const data = await graphql(listQuery, { filter: input, first: pageSize, after });
  const { totalCount, summary, edges, pageInfo } = data.hazards;
  return {
    totalCount,
    next: pageInfo.hasNextPage ? pageInfo.endCursor : null,
    summary: {
      ...summary,
      byStatus: summary.byStatus.map((s) => ({ status: lower(s.status), count: s.count })),
      bySeverity: summary.bySeverity.map((s) => ({ severity: lower(s.severity), count: s.count })),
    },
    rows: edges.map((edge) => hazard(edge.node)),
  };
}

export async function getHazard(id) {
  const data = await graphql(oneQuery, { id: String(id) });
  return data.hazard ? hazard(data.hazard) : null;
}

export async function listAlerts() {
  const data = await graphql(alertsQuery);
  return data.alerts;
}

/**
 * where: { subjectType, subjectId } or { point: { lon, lat } }; values: { category, severity,
 * description, responsibleUnit, responsiblePerson, foundOn, deadline }.
 */
export async function reportHazard(where, values) {
  const input = {
    category: upper(values.category),
    severity: upper(values.severity),
    description: values.description,
    responsibleUnit: values.responsibleUnit,
  };
  if (where.subjectType) {
    input.subjectType = upper(where.subjectType);
    input.subjectId = String(where.subjectId);
  }
  if (where.point) input.point = where.point;
  if (values.responsiblePerson) input.responsiblePerson = values.responsiblePerson;
  if (values.foundOn) input.foundOn = values.foundOn;
  if (values.deadline) input.deadline = values.deadline;
  const data = await graphql(`mutation Report($input: ReportHazardInput!) { reportHazard(input: $input) { ${nodeFields} } }`, { input });
  return hazard(data.reportHazard);
}

// Each step: its mutation and the arguments it takes beyond id, expectedVersion and note.
const steps = {
  start_rectification: { field: 'startRectification' },
  submit_rectification: { field: 'submitRectification' },
  review_accepted: { field: 'reviewHazard', fixed: 'accepted: true' },
  review_refused: { field: 'reviewHazard', fixed: 'accepted: false' },
  extend_deadline: { field: 'extendHazardDeadline', args: { deadline: 'DateOnly!', reason: 'String!' } },
  supervise: { field: 'superviseHazard', args: { supervisingUnit: 'String!' } },
  end_supervision: { field: 'endSupervision' },
};

export const stepActions = Object.keys(steps);

/** Takes workflow step `action` on the hazard at `version`; rejects with an ApiError (CONFLICT, FORBIDDEN...). */
export async function takeStep(action, id, version, { note = null, ...extra } = {}) {
  const step = steps[action];
  const args = step.args ?? {};
  const declared = ['$id: ID!', '$version: Int!', '$note: String', ...Object.entries(args).map(([name, type]) => `$${name}: ${type}`)];
  const passed = ['id: $id', 'expectedVersion: $version', 'note: $note', ...Object.keys(args).map((name) => `${name}: $${name}`)];
  if (step.fixed) passed.push(step.fixed);
  const mutation = `mutation Step(${declared.join(', ')}) { ${step.field}(${passed.join(', ')}) { ${nodeFields} } }`;
  const variables = { id: String(id), version, note: note || null };
  for (const name of Object.keys(args)) variables[name] = extra[name];
  const data = await graphql(mutation, variables);
  return hazard(data[step.field]);
}
