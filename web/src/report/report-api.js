// The GraphQL the report pages use: a community's monthly report, the campaign's final summary, the
// month's reports of every community, and the narrative, submission and reopening.
import { graphql } from '../shared/graphql.js';

const figures = 'figures { section figure category severity value rows { kind id code name } }';
const reportFields = `communityCode communityName month from to dueOn status begun late workDone problems nextSteps
  submittedBy submittedAt reopenedBy reopenedAt version ${figures}`;

export async function monthlyReport(communityCode, month) {
  return (await graphql(`query($c: String!, $m: String!) { monthlyReport(communityCode: $c, month: $m) { ${reportFields} } }`,
    { c: communityCode, m: month })).monthlyReport;
}

export async function campaignSummary(communityCode, campaignCode) {
  return (await graphql(`query($c: String!, $k: String!) { campaignSummary(communityCode: $c, campaignCode: $k) {
    communityCode communityName from to complete campaign { code name } ${figures} } }`, { c: communityCode, k: campaignCode })).campaignSummary;
}

export async function monthlyReports(month) {
  return (await graphql(`query($m: String!) { monthlyReports(month: $m) {
    communityCode communityName month dueOn status begun late submittedBy submittedAt } currentCampaign { code } }`, { m: month }));
}

export async function saveNarrative(report, narrative) {
  return (await graphql(`mutation($c: String!, $m: String!, $v: Int!, $input: ReportNarrativeInput!) {
    saveReportNarrative(communityCode: $c, month: $m, expectedVersion: $v, input: $input) { ${reportFields} } }`,
  { c: report.communityCode, m: report.month, v: report.version, input: narrative })).saveReportNarrative;
}

export async function submitReport(report) {
  return (await graphql(`mutation($c: String!, $m: String!, $v: Int!) {
    submitMonthlyReport(communityCode: $c, month: $m, expectedVersion: $v) { ${reportFields} } }`,
  { c: report.communityCode, m: report.month, v: report.version })).submitMonthlyReport;
}

export async function reopenReport(report) {
  return (await graphql(`mutation($c: String!, $m: String!, $v: Int!) {
    reopenMonthlyReport(communityCode: $c, month: $m, expectedVersion: $v) { ${reportFields} } }`,
  { c: report.communityCode, m: report.month, v: report.version })).reopenMonthlyReport;
}

/** The link to the XLSX of a report (month) or summary (campaign); without community, the roll-up. */
export function xlsxLink({ community = null, month = null, campaign = null, lang = 'zh' }) {
  const params = new URLSearchParams();
  if (community) params.set('community', community);
  if (month) params.set('month', month);
  if (campaign) params.set('campaign', campaign);
  if (lang === 'en') params.set('lang', 'en');
  return `api/exports/reports/monthly.xlsx?${params}`;
}

/** Where a row behind a figure is on the map: the map selects it from the link's hash. */
export function mapLink(row) {
  return `./#select=${encodeURIComponent(row.kind)}:${encodeURIComponent(row.id)}`;
}
