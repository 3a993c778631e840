import { GraphQLSchemaHost } from '@nestjs/graphql';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { printAppSchema } from '../../server/src/platform/graphql/print-schema';
import { startTestApp } from '../support/test-app';

const FILE = join(__dirname, '..', '..', 'server', 'schema.graphql');

describe('schema.graphql', () => {
  it('is committed and matches the code-first schema (run `npm run schema` after changing the API)', async () => {
    const t = await startTestApp();
    try {
      const printed = printAppSchema(t.app.get(GraphQLSchemaHost));
      if (process.env.UPDATE_SCHEMA === '1') writeFileSync(FILE, printed);
      expect(readFileSync(FILE, 'utf8')).toBe(printed);
    } finally {
      await t.close();
    }
  });
});
