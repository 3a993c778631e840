import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestApp, type TestApp } from '../support/test-app';

/** The SPA as `npm test` builds it (vite build, production mode). */
const builtDist = join(__dirname, '..', '..', 'web', 'dist');

/** Typos a stranger might try to map the schema with; each gets a "Did you mean" from graphql-js by default. */
const typos: Array<{ kind: string; query: string; variables?: Record<string, unknown>; message: string }> = [
  { kind: 'a field', query: '{ me { displayNam } }', message: 'Cannot query field "displayNam" on type "User".' },
  { kind: 'an argument', query: '{ forums(includeArchivd: true) { id } }', message: 'Unknown argument "includeArchivd" on field "Query.forums".' },
  { kind: 'an enum value', query: '{ forums { threads(sort: NEWES) { totalCount } } }', message: 'Value "NEWES" does not exist in "ThreadSort" enum.' },
  { kind: 'a type', query: 'mutation($i: SignInInpt!) { signIn(input: $i) { user { id } } }', message: 'Unknown type "SignInInpt".' },
  {
    kind: 'an input field',
    query: 'mutation($i: SignInInput!) { signIn(input: $i) { user { id } } }',
    variables: { i: { email: 'a@example.com', password: 'long enough password', passwrd: 'x' } },
    message:
      'Variable "$i" got invalid value { email: "a@example.com", password: "long enough password", passwrd: "x" }; Field "passwrd" is not defined by type "SignInInput".',
  },
];

/** A copy of the built SPA with a source map planted, as a build with sourcemaps switched on would leave. */
function distWithPlantedMap(): string {
  const dir = mkdtempSync(join(tmpdir(), 'tl-dist-'));
  cpSync(builtDist, dir, { recursive: true });
  writeFileSync(join(dir, 'assets', 'planted-Ab12Cd34.js.map'), JSON.stringify({ version: 3, sources: ['src/secret.ts'], mappings: '' }));
  return dir;
}

describe('what production does not give away', () => {
  let dist: string;
  let production: TestApp;
  let test: TestApp;

  beforeAll(async () => {
    expect(existsSync(join(builtDist, 'index.html'))).toBe(true);
    dist = distWithPlantedMap();
    production = await startTestApp({ NODE_ENV: 'production', WEB_DIST: dist });
    test = await startTestApp({ WEB_DIST: dist });
  });
  afterAll(async () => {
    await Promise.all([production?.close(), test?.close()]);
    rmSync(dist, { recursive: true, force: true });
  });

  it.each(typos)('answers a typo in $kind without suggesting the real name', async ({ query, variables, message }) => {
    const res = await production.client().request(query, variables);
    expect(res.errors?.map((e) => e.message)).toEqual([message]);
  });

  it.each(typos)('(outside production, the same typo in $kind does get a suggestion)', async ({ query, variables, message }) => {
    const res = await test.client().request(query, variables);
    expect(res.errors?.map((e) => e.message)).toEqual([expect.stringMatching(new RegExp(`^${escapeRegExp(message)} Did you mean .+\\?$`))]);
  });

  it("has no route for the bench's statement counter unless BENCH_METRICS=1: its path gets the SPA's page", async () => {
    const res = await fetch(`${production.url}/__bench/sql-queries`);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
  });

  it('builds the SPA without source maps', () => {
    const files = readdirSync(join(builtDist, 'assets'));
    expect(files.filter((f) => f.endsWith('.js')).length).toBeGreaterThan(0);
    expect(files.filter((f) => f.endsWith('.map'))).toEqual([]);
    for (const file of files) {
      expect([file, /^\/[/*]# sourceMappingURL=/m.test(readFileSync(join(builtDist, 'assets', file), 'utf8'))]).toEqual([file, false]);
    }
  });

  it('serves no source map in production, not even one left in the build', async () => {
    const index = await (await fetch(`${production.url}/`)).text();
    const assets = [...index.matchAll(/(?:src|href)="(\/assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]);
    expect(assets.length).toBeGreaterThan(0);
    for (const asset of assets) {
      const res = await fetch(`${production.url}${asset}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('sourcemap')).toBeNull();
      expect(res.headers.get('x-sourcemap')).toBeNull();
      expect((await fetch(`${production.url}${asset}.map`)).status).toBe(404);
    }
    expect((await fetch(`${production.url}/assets/planted-Ab12Cd34.js.map`)).status).toBe(404);
    // The planted map is really there: outside production it is served.
    expect((await fetch(`${test.url}/assets/planted-Ab12Cd34.js.map`)).status).toBe(200);
  });
});

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
