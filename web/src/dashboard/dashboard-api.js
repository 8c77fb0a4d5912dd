// The dashboard's one query.
import { graphql } from '../shared/graphql.js';

const query = `{ dashboard {
  today weekFrom month
  campaign { code name daysLeft running currentPhase { name endsOn } }
  communities { communityCode communityName figures { section figure category severity value rows { kind id code name } } }
  riskLevels { level count previous }
  reports { communityCode communityName status late submittedAt }
} }`;

export async function fetchDashboard() {
  return (await graphql(query)).dashboard;
}
