// The GraphQL the calendar page uses: campaigns and their save, periods of raised risk and their save and delete.
import { graphql } from '../shared/graphql.js';

const campaignFields = `code name description startsOn endsOn reportDay version
  phases { name startsOn endsOn due } deadlines { kind name dueOn daysLeft }`;
const periodFields = 'id name kind startsOn endsOn factor version';

export async function fetchCalendar() {
  return graphql(`{ campaigns { ${campaignFields} } riskPeriods { ${periodFields} } riskModelVersion }`);
}

export async function saveCampaign(input, expectedVersion) {
  return (await graphql(`mutation($input: CampaignInput!, $v: Int!) { saveCampaign(input: $input, expectedVersion: $v) { ${campaignFields} } }`,
    { input, v: expectedVersion })).saveCampaign;
}

export async function saveRiskPeriod(id, input, expectedVersion) {
  return (await graphql(`mutation($id: ID, $input: RiskPeriodInput!, $v: Int!) { saveRiskPeriod(id: $id, input: $input, expectedVersion: $v) { ${periodFields} } }`,
    { id, input, v: expectedVersion })).saveRiskPeriod;
}

export async function deleteRiskPeriod(id, expectedVersion) {
  return (await graphql('mutation($id: ID!, $v: Int!) { deleteRiskPeriod(id: $id, expectedVersion: $v) }', { id, v: expectedVersion })).deleteRiskPeriod;
}
