// Runs the graphql-http server audits (GraphQL over HTTP conformance) against a live endpoint.
// Usage: node tests/Api.Tests/audit/audit.mjs http://127.0.0.1:5000/graphql
// Exits 0 only when every audit is "ok": warnings (SHOULD) count as failures here, by design.
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
// Resolve graphql-http from web/node_modules, where web/package.json installs it.
const require = createRequire(path.resolve(here, '../../../web/package.json'));
const { auditServer } = require('graphql-http');

const url = process.argv[2];
if (!url) {
  console.error('usage: node audit.mjs <graphql endpoint url>');
  process.exit(2);
}

// A signed-in client: the token (when given) goes on every request the audit makes.
const token = process.env.FIREMAP_TOKEN;
const fetchFn = token
  ? (input, init = {}) => {
      const headers = new Headers(init.headers);
      headers.set('Authorization', `Bearer ${token}`);
      return fetch(input, { ...init, headers });
    }
  : fetch;
const results = await auditServer({ url, fetchFn });
results.sort((a, b) => a.id.localeCompare(b.id));

for (const result of results) {
  console.log(`${result.status.padEnd(6)} ${result.id} ${result.name}`);
}

const failures = results.filter((result) => result.status !== 'ok');
for (const failure of failures) {
  console.log('');
  console.log(`FAILED ${failure.id} (${failure.status}) ${failure.name}`);
  console.log(`  reason: ${failure.reason}`);
  console.log(`  response: ${await describe(failure.response)}`);
}

console.log('');
console.log(`graphql-http audit: ${results.length - failures.length} ok, ${failures.length} not ok, of ${results.length}`);
process.exit(failures.length === 0 ? 0 : 1);

async function describe(response) {
  if (!response) {
    return '(none)';
  }
  let body;
  try {
    body = await response.text();
  } catch {
    body = '(body already read)';
  }
  const headers = Object.fromEntries(response.headers.entries());
  return JSON.stringify({ status: response.status, headers, body: body.slice(0, 4000) }, null, 2);
}
