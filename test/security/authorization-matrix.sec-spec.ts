import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildSchema,
  GraphQLObjectType,
  Kind,
  parse,
  TypeInfo,
  validate,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type FieldNode,
  type OperationDefinitionNode,
} from 'graphql';
import type { GqlResponse } from '../support/gql-client';
import { startTestApp, UNLIMITED_POSTING, type TestApp } from '../support/test-app';
import { buildFixture, ROLES, sessionClient, type Fixture, type Role } from './authorization-fixture';
import { MUTATION_MATRIX, OBJECT_FIELD_MATRIX, QUERY_MATRIX, REFUSALS, type CaseContext, type Scenario, type Variables } from './authorization-matrix';

/**
 * Issue 8: every Query and Mutation field of server/schema.graphql, and the object fields that carry private data,
 * played by eight roles against the real app; what each role must get is declared in authorization-matrix.ts.
 */
const schema = buildSchema(readFileSync(join(__dirname, '..', '..', 'server', 'schema.graphql'), 'utf8'));
const fieldsOf = (type: string) => Object.keys((schema.getType(type) as GraphQLObjectType).getFields()).sort();

const ROOTS = { Query: QUERY_MATRIX, Mutation: MUTATION_MATRIX } as const;
const scenarioCount = (matrix: Record<string, Scenario[]>) => Object.values(matrix).reduce((n, list) => n + list.length, 0);
const rootFieldCount = Object.keys(QUERY_MATRIX).length + Object.keys(MUTATION_MATRIX).length;
const rootScenarios = scenarioCount(QUERY_MATRIX) + scenarioCount(MUTATION_MATRIX);
const objectScenarios = scenarioCount(OBJECT_FIELD_MATRIX);
const SIZE =
  `${Object.keys(QUERY_MATRIX).length} Query + ${Object.keys(MUTATION_MATRIX).length} Mutation fields × ${ROLES.length} roles = ${rootFieldCount * ROLES.length} cells ` +
  `(${rootScenarios} scenarios, ${rootScenarios * ROLES.length} cases), plus ${Object.keys(OBJECT_FIELD_MATRIX).length} object fields ` +
  `(${objectScenarios} scenarios, ${objectScenarios * ROLES.length} cases)`;

/**
 * Where `type.field` lands in the response (response names from the root, e.g. ['group', 'members']), or null when
 * the document does not select it. An error raised there, or on the way there, is the case's outcome.
 */
function responsePathTo(document: DocumentNode, type: string, field: string): string[] | null {
  const info = new TypeInfo(schema);
  let found: string[] | null = null;
  visit(
    document,
    visitWithTypeInfo(info, {
      Field(node, _key, _parent, _path, ancestors) {
        if (found || node.name.value !== field || info.getParentType()?.name !== type) return;
        const fields = [...ancestors, node].filter((a): a is FieldNode => !Array.isArray(a) && (a as FieldNode).kind === Kind.FIELD);
        found = fields.map((f) => f.alias?.value ?? f.name.value);
      },
    }),
  );
  return found;
}

/** What is wrong with one declaration (empty when nothing is). */
function problemsOf(where: string, s: Scenario, root: 'query' | 'mutation' | null): string[] {
  const [type, field] = where.split('.');
  const problems: string[] = [];
  let document: DocumentNode;
  try {
    document = parse(s.document);
  } catch (err) {
    return [`${where} (${s.about}): ${(err as Error).message}`];
  }
  problems.push(...validate(schema, document).map((e) => `${where} (${s.about}): ${e.message}`));
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  if (operations.length !== 1) problems.push(`${where} (${s.about}): one operation, please`);
  if (root) {
    const [op] = operations;
    const top = op?.selectionSet.selections.map((sel) => (sel.kind === Kind.FIELD ? sel.name.value : '?')) ?? [];
    if (op?.operation !== root || top.length !== 1 || top[0] !== field)
      problems.push(`${where} (${s.about}): the operation must be a ${root} of ${field} alone`);
  } else if (!responsePathTo(document, type, field)) {
    problems.push(`${where} (${s.about}): the document does not select ${where}`);
  }
  const roles = Object.keys(s.expected).sort();
  if (JSON.stringify(roles) !== JSON.stringify([...ROLES].sort())) problems.push(`${where} (${s.about}): one outcome for each of ${ROLES.join(', ')}`);
  const outcomes = Object.values(s.expected);
  for (const outcome of outcomes) {
    if (typeof outcome === 'string' && outcome !== 'ok' && !REFUSALS.includes(outcome)) problems.push(`${where} (${s.about}): unknown outcome ${outcome}`);
  }
  if (outcomes.some((o) => typeof o === 'object') && !s.pick) problems.push(`${where} (${s.about}): ok(value) outcomes need a pick`);
  if (s.pick && outcomes.includes('ok')) problems.push(`${where} (${s.about}): with a pick, every success is ok(value)`);
  return problems;
}

describe('authorization matrix', () => {
  describe('declarations', () => {
    it.each(Object.keys(ROOTS) as Array<keyof typeof ROOTS>)('declares every field of type %s', (type) => {
      const missing = fieldsOf(type).filter((field) => !(field in ROOTS[type]));
      expect(missing).toEqual([]);
    });

    it('declares no field the schema no longer has', () => {
      const stale = [
        ...Object.entries(ROOTS).flatMap(([type, matrix]) =>
          Object.keys(matrix)
            .filter((field) => !fieldsOf(type).includes(field))
            .map((field) => `${type}.${field}`),
        ),
        ...Object.keys(OBJECT_FIELD_MATRIX).filter((where) => {
          const [type, field] = where.split('.');
          const found = schema.getType(type);
          return !(found instanceof GraphQLObjectType) || !(field in found.getFields());
        }),
      ];
      expect(stale).toEqual([]);
    });

    it('declares each case as a valid operation on its own field, with exactly one outcome per role', () => {
      const problems = [
        ...Object.entries(ROOTS).flatMap(([type, matrix]) =>
          Object.entries(matrix).flatMap(([field, scenarios]) => [
            ...(scenarios.length ? [] : [`${type}.${field}: no scenario`]),
            ...scenarios.flatMap((s) => problemsOf(`${type}.${field}`, s, type === 'Query' ? 'query' : 'mutation')),
          ]),
        ),
        ...Object.entries(OBJECT_FIELD_MATRIX).flatMap(([where, scenarios]) => scenarios.flatMap((s) => problemsOf(where, s, null))),
      ];
      expect(problems).toEqual([]);
    });

    it(`covers ${SIZE}`, () => {
      console.log(`Authorization matrix: ${SIZE}`);
      expect(rootFieldCount).toBe(fieldsOf('Query').length + fieldsOf('Mutation').length);
    });
  });

  describe('outcomes', () => {
    let t: TestApp;
    let fx: Fixture;

    beforeAll(async () => {
      t = await startTestApp(UNLIMITED_POSTING);
      fx = await buildFixture(t);
    });
    afterAll(() => t?.close());

    it('holds what the read scope leaves out, so the smaller answers below mean something', async () => {
      const count = async (sql: string, params: unknown[]) => (await t.db.query(sql, params))[0].n as number;
      const { outsider } = fx.users;
      // Invited to the hidden group, then the invitation withdrawn: the notification is still stored, for each of them.
      for (const user of [outsider, fx.users.expert, fx.users.moderator]) {
        expect(await count(`SELECT count(*)::int AS n FROM notifications WHERE recipient_id = $1 AND group_id = $2`, [user.id, fx.hiddenGroup.id])).toBe(1);
      }
      expect(await count(`SELECT count(*)::int AS n FROM posts WHERE id = $1 AND hidden_at IS NOT NULL`, [fx.posts.hiddenReply])).toBe(1);
      expect(await count(`SELECT count(*)::int AS n FROM threads WHERE id = $1 AND hidden_at IS NOT NULL`, [fx.hiddenThread.id])).toBe(1);
    });

    /**
     * One role's outcome: 'ok', { ok: picked }, or the code of the one error, raised by the field or on the way to it
     * (`fieldPath`); anything else is told as it happened, so it cannot pass for a declared outcome.
     */
    function outcomeOf(res: GqlResponse, fieldPath: string[], s: Scenario, c: CaseContext & { variables: Variables }): { outcome: unknown; message?: string } {
      const [error, ...more] = res.errors ?? [];
      if (!error) {
        if (!s.pick) return { outcome: 'ok' };
        try {
          return { outcome: { ok: s.pick(res.data, c) } };
        } catch (err) {
          return { outcome: `ok, but pick failed: ${(err as Error).message}` };
        }
      }
      const code = String(error.extensions?.code ?? 'NO CODE');
      const names = (error.path ?? []).filter((p): p is string => typeof p === 'string');
      const onTheWay = names.length > 0 && names.every((name, i) => name === fieldPath[i]);
      if (onTheWay && more.length === 0) return { outcome: code, message: error.message };
      return {
        outcome: `${code} at ${(error.path ?? []).join('.') || 'the operation'}${more.length ? ` and ${more.length} more errors` : ''}`,
        message: error.message,
      };
    }

    async function play(where: string, s: Scenario): Promise<void> {
      const [type, field] = where.split('.');
      const fieldPath = responsePathTo(parse(s.document), type, field)!;
      const seen = await Promise.all(
        ROLES.map(async (role: Role) => {
          const actor = role === 'anonymous' ? null : fx.users[role];
          const c: CaseContext = { fx, role, actor };
          const variables = (await s.variables?.(c)) ?? {};
          // A session of the case's own: signing in, out or up there leaves the role's shared session alone.
          const client = actor ? await sessionClient(fx, actor) : t.client();
          try {
            return [role, outcomeOf(await client.request(s.document, variables), fieldPath, s, { ...c, variables })] as const;
          } finally {
            await s.after?.(c);
          }
        }),
      );
      const actual = Object.fromEntries(seen.map(([role, { outcome }]) => [role, outcome]));
      try {
        expect(actual).toEqual(s.expected);
      } catch (err) {
        const messages = Object.fromEntries(seen.flatMap(([role, { message }]) => (message ? [[role, message]] : [])));
        (err as Error).message += `\n\nError messages by role: ${JSON.stringify(messages, null, 2)}`;
        throw err;
      }
    }

    for (const [type, matrix] of Object.entries(ROOTS)) {
      describe(type, () => {
        for (const [field, scenarios] of Object.entries(matrix)) {
          for (const s of scenarios) it(`${field}: ${s.about}`, () => play(`${type}.${field}`, s));
        }
      });
    }

    describe('object fields', () => {
      for (const [where, scenarios] of Object.entries(OBJECT_FIELD_MATRIX)) {
        for (const s of scenarios) it(`${where}: ${s.about}`, () => play(where, s));
      }
    });
  });
});
