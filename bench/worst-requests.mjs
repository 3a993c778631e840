// `npm run bench:worst`: fires the most expensive requests we know how to build at a production server (embedded
// PostgreSQL + Meilisearch, demo data) and prints, for each, the worst event-loop delay the server saw
// (perf_hooks.monitorEventLoopDelay, from bench/loop-monitor.cjs) and how long /healthz waited meanwhile.
// The goal (issue 6): no request, from anyone, holds the event loop for more than 100 ms.
//   npm run bench:worst                      # the built server of this checkout
//   SERVER_ENTRY=/path/to/main.js npm run bench:worst   # another build (e.g. an older commit), for a before/after
import { fork } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureBuilt, root } from '../scripts/ensure-built.mjs';

const freePort = () =>
  new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

const table30k = '| a | b | c |\n|---|---|---|\n' + '| x | y | z |\n'.repeat(2_300);
const table50k = '| a | b | c |\n|---|---|---|\n' + '|x|y|z|\n'.repeat(6_240);
const links50k = '[a](http://x.com/'.repeat(2_900);
const lines25k = Array.from({ length: 25_000 }, (_, i) => String(i % 10)).join('\n');

async function main() {
  const entry = process.env.SERVER_ENTRY ?? join(root, 'server/dist/server/src/main.js');
  if (!process.env.SERVER_ENTRY) ensureBuilt();
  const dataDir = mkdtempSync(join(tmpdir(), 'threadline-worst-'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const env = { ...process.env, DATA_DIR: dataDir, PORT: String(port), DEMO: '1', DEMO_ALLOW_PRODUCTION: '1', LOG_LEVEL: 'warn', NODE_ENV: 'production' };
  delete env.DATABASE_URL;
  delete env.MEILI_URL;
  const server = fork(entry, [], { env, execArgv: ['--require', join(root, 'bench/loop-monitor.cjs')], stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  const loop = (message) =>
    new Promise((resolve) => {
      if (message === 'loop:reset') {
        server.send(message);
        return setTimeout(resolve, 50);
      }
      server.once('message', (m) => resolve(m.loop));
      server.send(message);
    });
  const rows = [];
  try {
    const bootStart = Date.now();
    for (;;) {
      try {
        if ((await fetch(`${url}/readyz`)).ok) break;
      } catch {}
      if (Date.now() - bootStart > 120_000) throw new Error('server did not become ready');
      await new Promise((r) => setTimeout(r, 100));
    }
    let cookie = '';
    const raw = async (body, headers = {}) => {
      const started = performance.now();
      const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', cookie, ...headers }, body });
      const text = await res.text();
      const set = res.headers.getSetCookie().find((c) => c.startsWith('tl_session='));
      if (set) cookie = set.split(';')[0];
      let code;
      try {
        const json = JSON.parse(text);
        code = json.errors?.[0]?.extensions?.code ?? 'ok';
      } catch {
        code = 'not JSON';
      }
      return {
        status: res.status,
        code,
        ms: performance.now() - started,
        bytes: text.length,
        json: (() => {
          try {
            return JSON.parse(text);
          } catch {
            return null;
          }
        })(),
      };
    };
    const gql = (query, variables) => raw(JSON.stringify({ query, variables }));
    await gql(`mutation { signIn(input: { email: "maya@demo.beacon.test", password: "beacon-demo-2026" }) { user { id } } }`);
    const forums = (await gql(`{ forums { id } }`)).json.data.forums;
    const mayaHandle = (await gql(`{ me { handle } }`)).json.data.me.handle;

    // Probes /healthz every 10 ms while a request runs: how long did anyone else wait?
    const measure = async (name, fire) => {
      await loop('loop:reset');
      let stop = false;
      let healthMax = 0;
      const probe = (async () => {
        while (!stop) {
          const t = performance.now();
          await fetch(`${url}/healthz`).catch(() => undefined);
          healthMax = Math.max(healthMax, performance.now() - t);
          await new Promise((r) => setTimeout(r, 10));
        }
      })();
      const result = await fire();
      stop = true;
      await probe;
      const l = await loop('loop:report');
      rows.push({
        name,
        status: result.status,
        code: result.code,
        requestMs: Math.round(result.ms),
        kb: Math.round(result.bytes / 1024),
        loopMaxMs: Math.round(l.maxMs),
        healthzMaxMs: Math.round(healthMax),
      });
      process.stdout.write(`  ${name}: loop max ${Math.round(l.maxMs)} ms\n`);
    };

    const aliases = (n, field) => Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ');
    await measure('previewMarkdown × 200 aliases, 30 KB table', () =>
      gql(`query($b: String!) { ${aliases(200, 'previewMarkdown(body: $b)')} }`, { b: table30k }),
    );
    await measure('previewMarkdown, 50 KB table', () => gql(`query($b: String!) { previewMarkdown(body: $b) }`, { b: table50k }));
    await measure('previewMarkdown, 50 KB of links', () => gql(`query($b: String!) { previewMarkdown(body: $b) }`, { b: links50k }));
    const created = await gql(
      `mutation($f: ID!, $b: String!) { createThread(input: { forumId: $f, title: "A worst-case table post", body: $b }) { id openingPost { id } } }`,
      { f: forums[0].id, b: table50k },
    );
    rows.push({
      name: 'createThread, 50 KB table (setup)',
      status: created.status,
      code: created.code,
      requestMs: Math.round(created.ms),
      kb: 0,
      loopMaxMs: null,
      healthzMaxMs: null,
    });
    await measure('createThread, 50 KB of links', () =>
      gql(`mutation($f: ID!, $b: String!) { createThread(input: { forumId: $f, title: "A worst-case links post", body: $b }) { id } }`, {
        f: forums[0].id,
        b: links50k,
      }),
    );
    const long = await gql(
      `mutation($f: ID!, $b: String!) { createThread(input: { forumId: $f, title: "A post of 25,000 short lines", body: $b }) { id openingPost { id } } }`,
      { f: forums[0].id, b: lines25k },
    );
    const longThread = long.json?.data?.createThread;
    if (longThread) {
      await measure('editPost of a 25,000-line post (diff at save)', () =>
        gql(`mutation($p: ID!, $b: String!) { editPost(input: { postId: $p, body: $b }) { id } }`, {
          p: longThread.openingPost.id,
          b: lines25k.replace(/^0\n1\n/, '0\nX\n'),
        }),
      );
      await measure('revisions { bodyDiff } × 15 aliases', () =>
        gql(`query($id: ID!) { thread(id: $id) { ${aliases(15, 'openingPost { revisions { bodyDiff { value } } }')} } }`, { id: longThread.id }),
      );
    }
    await measure('user(handle:) × 200 aliases', () => gql(`{ ${aliases(200, `user(handle: "${mayaHandle}") { id }`)} }`));
    await measure('user(handle:) × 10', () => gql(`{ ${aliases(10, `user(handle: "${mayaHandle}") { id postCount }`)} }`));
    await measure('5,000-deep query', () =>
      raw(JSON.stringify({ query: '{ forums { ' + 'lastThread { forum { '.repeat(2_500) + 'id' + ' } }'.repeat(2_500) + ' } }' })),
    );
    await measure('2,000 chained fragments', () =>
      raw(
        JSON.stringify({
          query:
            '{ ...F0 }\n' + Array.from({ length: 2_000 }, (_, i) => `fragment F${i} on Query { ${i === 1_999 ? 'forums { id }' : `...F${i + 1}`} }`).join('\n'),
        }),
      ),
    );
    await measure('fragments doubling 30 times', () =>
      raw(
        JSON.stringify({
          query:
            '{ forums { ...F0 } }\n' +
            Array.from({ length: 30 }, (_, i) => `fragment F${i} on Forum { ${i === 29 ? 'id' : `...F${i + 1} ...F${i + 1}`} }`).join('\n'),
        }),
      ),
    );
    await measure('2 MB request body', () =>
      raw(JSON.stringify({ query: `query($b: String!) { previewMarkdown(body: $b) }`, variables: { b: 'x'.repeat(2_000_000) } })),
    );
    await measure('thread page, 100 replies × all fields', () =>
      gql(`query($id: ID!) { thread(id: $id) { posts(first: 100) { nodes { bodyHtml author { displayName badges postCount } } } } }`, {
        id: created.json?.data?.createThread?.id ?? longThread?.id,
      }),
    );

    const worst = Math.max(...rows.map((r) => r.loopMaxMs ?? 0));
    console.log('\n| request | HTTP | code | request ms | KB | worst event-loop delay ms | /healthz waited ms |');
    console.log('| --- | --- | --- | --- | --- | --- | --- |');
    for (const r of rows) console.log(`| ${r.name} | ${r.status} | ${r.code} | ${r.requestMs} | ${r.kb} | ${r.loopMaxMs ?? '–'} | ${r.healthzMaxMs ?? '–'} |`);
    console.log(`\nWorst event-loop delay over all requests: ${worst} ms (goal: under 100 ms)`);
    mkdirSync(join(root, 'bench/results'), { recursive: true });
    writeFileSync(
      join(root, 'bench/results/worst-requests.json'),
      JSON.stringify({ at: new Date().toISOString(), entry, rows, worstLoopDelayMs: worst }, null, 2),
    );
  } finally {
    server.kill('SIGTERM');
    await new Promise((r) => server.once('exit', r));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
