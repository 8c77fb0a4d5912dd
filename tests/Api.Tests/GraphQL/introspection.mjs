// Runs graphql-js (web/node_modules) for IntrospectionTests.
//   node introspection.mjs <repo> query          prints getIntrospectionQuery with every option on
//   node introspection.mjs <repo> build <file>   builds a client schema from an introspection answer
//                                                and prints its type count, or fails
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [root, command, file] = process.argv.slice(2);
const graphql = await import(pathToFileURL(join(root, 'web', 'node_modules', 'graphql', 'index.mjs')).href);

if (command === 'query') {
  process.stdout.write(graphql.getIntrospectionQuery({
    descriptions: true,
    specifiedByUrl: true,
    directiveIsRepeatable: true,
    schemaDescription: true,
    inputValueDeprecation: true,
    oneOf: true,
  }));
} else if (command === 'build') {
  const answer = JSON.parse(readFileSync(file, 'utf8'));
  if (answer.errors) throw new Error(JSON.stringify(answer.errors));
  const schema = graphql.buildClientSchema(answer.data);
  const problems = graphql.validateSchema(schema);
  if (problems.length > 0) throw new Error(problems.map((p) => p.message).join('\n'));
  const sdl = graphql.printSchema(schema);
  process.stdout.write(JSON.stringify({ types: Object.keys(schema.getTypeMap()).length, description: schema.description, sdlLength: sdl.length }));
} else {
  throw new Error(`unknown command ${command}`);
}
