import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, parse, print, specifiedRules, validate, type DocumentNode } from 'graphql';
import { loadConfig } from '../../server/src/platform/config/app-config';
import { armorRules, queryLimitsFrom } from '../../server/src/platform/graphql/query-limits';
import * as operations from '../../web/src/gql/graphql';

/**
 * The limits that refuse hostile documents must never refuse our own app: every operation the web app sends
 * (with its fragments) is parsed under the token limit and validated with the production rules and defaults.
 */
describe("the web app's own operations", () => {
  const config = loadConfig({ NODE_ENV: 'production' });
  const schema = buildSchema(readFileSync(join(__dirname, '../../server/schema.graphql'), 'utf8'));
  const rules = armorRules(queryLimitsFrom(config));
  const documents = Object.entries(operations).filter(([name]) => name.endsWith('Document')) as Array<[string, DocumentNode]>;

  it('finds the operations', () => {
    expect(documents.length).toBeGreaterThan(30);
  });

  it.each(documents)('%s passes the token, depth, alias, directive and size limits', (_name, document) => {
    const parsed = parse(print(document), { maxTokens: config.graphqlMaxTokens });
    expect(validate(schema, parsed, [...specifiedRules, ...rules]).map((e) => e.message)).toEqual([]);
  });
});
