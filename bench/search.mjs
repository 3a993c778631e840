// `npm run bench:search`: search before you post, measured on every Stack Exchange site in ../shared/data.
// Imports all sites into a throwaway embedded PostgreSQL + Meilisearch, boots the built server in production mode
// (its worker indexes everything through the outbox), then drives `search` and `similarThreads` through GraphQL at
// BENCH_CONNECTIONS (16) concurrent clients, and measures how soon a new reply is searchable after its mutation.
// Targets (issue 9): search and similarThreads p95 <= 25 ms; new reply searchable p95 <= 1 s.
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureBuilt, root } from '../scripts/ensure-built.mjs';

const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 16);
const LAG_SAMPLES = Number(process.env.BENCH_LAG_SAMPLES ?? 60);
const dataRoot = process.env.THREADLINE_DATA_DIR ?? join(root, '..', 'shared', 'data');
const dumps = join(dataRoot, 'stackexchange');

const freePort = () =>
  new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
const percentile = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))];

async function main() {
  if (!existsSync(dumps)) {
    console.error(`!!! SKIPPED search benchmark: ${dumps} not found (set THREADLINE_DATA_DIR) !!!`);
    process.exit(2);
  }
  ensureBuilt({ web: false });
  const dataDir = mkdtempSync(join(tmpdir(), 'threadline-bench-search-'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const env = {
    ...process.env,
    DATA_DIR: dataDir,
    PORT: String(port),
    // The imported sites fill the instance (the demo seeds only an empty one): sign in as this admin.
    ADMIN_EMAIL: 'bench-admin@example.test',
    ADMIN_PASSWORD: 'bench-admin-password',
    LOG_LEVEL: 'warn',
    NODE_ENV: 'production',
    AUTH_RATE_LIMIT_PER_MINUTE: '10000',
    POST_RATE_LIMIT_STAFF_PER_MINUTE: '100000',
    // One signed-in session drives all the load: the per-person limits would measure themselves.
    SEARCH_RATE_LIMIT_PER_MINUTE: '1000000',
    SIMILAR_THREADS_RATE_LIMIT_PER_MINUTE: '1000000',
  };
  delete env.DATABASE_URL;
  delete env.MEILI_URL;
  const results = {
    at: new Date().toISOString(),
    machine: `${process.platform} ${process.arch}, node ${process.version}`,
    connections: CONNECTIONS,
    durationSeconds: DURATION,
  };
  try {
    let started = Date.now();
    await new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [join(root, 'server/dist/server/src/cli.js'), 'import', dumps], {
        env: { ...env, DEMO: '0' },
        stdio: ['ignore', 'ignore', 'inherit'],
      });
      child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`import exited ${code}`))));
    });
    results.importSeconds = Number(((Date.now() - started) / 1000).toFixed(1));

    const server = spawn(process.execPath, [join(root, 'server/dist/server/src/main.js')], { env, stdio: ['ignore', 'ignore', 'inherit'] });
    try {
      started = Date.now();
      for (;;) {
        try {
          if ((await fetch(`${url}/readyz`)).ok) break;
        } catch {}
        if (Date.now() - started > 120_000) throw new Error('server did not become ready');
        await new Promise((r) => setTimeout(r, 100));
      }
      let cookie = '';
      const gql = async (query, variables) => {
        const res = await fetch(`${url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie },
          body: JSON.stringify({ query, variables }),
        });
        const set = res.headers.getSetCookie().find((c) => c.startsWith('tl_session='));
        if (set) cookie = set.split(';')[0];
        const body = await res.json();
        if (body.errors) throw new Error(JSON.stringify(body.errors));
        return body.data;
      };
      await gql(`mutation { signIn(input: { email: "bench-admin@example.test", password: "bench-admin-password" }) { user { id } } }`);

      // The worker indexes every imported thread through the outbox.
      started = Date.now();
      let status;
      for (;;) {
        status = (await gql(`{ searchIndexStatus { pendingEvents documents } }`)).searchIndexStatus;
        if (status.pendingEvents === 0) break;
        await new Promise((r) => setTimeout(r, 250));
      }
      results.indexedDocuments = status.documents;
      results.initialIndexSeconds = Number(((Date.now() - started) / 1000).toFixed(1));

      // Queries made from real titles: two informative words for the search box, whole titles for the composer.
      const { forums } = await gql(`{ forums { slug } }`);
      const titles = [];
      for (const f of forums) {
        const { forum } = await gql(`query($s: String!) { forum(slug: $s) { threads(first: 50) { nodes { title } } } }`, { s: f.slug });
        titles.push(...forum.threads.nodes.map((n) => n.title));
      }
      const wordsOf = (t) => t.toLowerCase().match(/[\p{L}\p{N}]{4,}/gu) ?? [];
      const instantBodies = titles
        .filter((t) => wordsOf(t).length >= 2)
        .map((t) =>
          JSON.stringify({
            query: `query($q: String!) { search(query: $q, first: 6) { query hits { titleHtml thread { id title isSolved hasStaffAnswer forum { id name slug } } } } }`,
            variables: { q: wordsOf(t).slice(0, 2).join(' ') },
          }),
        );
      const searchBodies = titles
        .filter((t) => wordsOf(t).length >= 2)
        .map((t) =>
          JSON.stringify({
            query: `query($q: String!) { search(query: $q, first: 10) { estimatedTotal hits { titleHtml snippetHtml thread { id title isSolved hasStaffAnswer replyCount } } facets { forums { forum { id name } count } tags { tag count } solved unsolved } } }`,
            variables: { q: wordsOf(t).slice(0, 2).join(' ') },
          }),
        );
      const similarBodies = titles.map((t) =>
        JSON.stringify({
          query: `query($t: String!) { similarThreads(title: $t, first: 5) { titleHtml snippetHtml thread { id title isSolved hasStaffAnswer } } }`,
          variables: { t },
        }),
      );

      const run = (title, bodies) =>
        new Promise((resolve, reject) => {
          let i = 0;
          autocannon(
            {
              url: `${url}/graphql`,
              method: 'POST',
              connections: CONNECTIONS,
              duration: DURATION,
              headers: { 'content-type': 'application/json', cookie },
              requests: [{ setupRequest: (req) => ({ ...req, body: bodies[i++ % bodies.length] }) }],
            },
            (err, r) => {
              if (err) return reject(err);
              if (r.non2xx) return reject(new Error(`${title}: ${r.non2xx} non-2xx responses`));
              resolve({
                requestsPerSecond: Math.round(r.requests.average),
                latencyMs: { p50: r.latency.p50, p90: r.latency.p90, p97_5: r.latency.p97_5, p99: r.latency.p99, max: r.latency.max },
                requests: r.requests.total,
                errors: r.errors,
              });
            },
          );
        });
      results.searchInstant = await run('search (header, 6 titles)', instantBodies);
      results.search = await run('search (page: 10 hits, snippets, facets)', searchBodies);
      results.similarThreads = await run('similarThreads', similarBodies);

      // A new reply searchable: from its mutation's answer to the first search that finds its unique word.
      const { createThread } = await gql(
        `mutation($f: ID!) { createThread(input: { forumId: $f, title: "Index lag benchmark thread", body: "Replies carry unique words." }) { id } }`,
        {
          f: (await gql(`{ forums { id } }`)).forums[0].id,
        },
      );
      const lags = [];
      for (let i = 0; i < LAG_SAMPLES; i++) {
        const word = `lagword${Date.now().toString(36)}x${i}`;
        await gql(`mutation($t: ID!, $b: String!) { replyToThread(input: { threadId: $t, body: $b }) { id } }`, {
          t: createThread.id,
          b: `A reply saying ${word}.`,
        });
        const since = performance.now();
        for (;;) {
          const { search } = await gql(`query($q: String!) { search(query: $q, first: 1) { hits { thread { id } } } }`, { q: word });
          if (search.hits.length) break;
          if (performance.now() - since > 30_000) throw new Error('a reply was not searchable within 30 s');
          await new Promise((r) => setTimeout(r, 10));
        }
        lags.push(performance.now() - since);
      }
      results.replySearchableMs = {
        p50: Math.round(percentile(lags, 0.5)),
        p95: Math.round(percentile(lags, 0.95)),
        max: Math.round(Math.max(...lags)),
        samples: lags.length,
      };
    } finally {
      server.kill('SIGTERM');
      await new Promise((r) => server.once('exit', r));
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
  mkdirSync(join(root, 'bench', 'results'), { recursive: true });
  writeFileSync(join(root, 'bench', 'results', 'search-latest.json'), JSON.stringify(results, null, 2) + '\n');
  console.log(JSON.stringify(results, null, 2));
  console.log(
    `\n| case | req/s | p50 ms | p97.5 ms | p99 ms |\n| --- | --- | --- | --- | --- |\n` +
      ['searchInstant', 'search', 'similarThreads']
        .map((k) => `| ${k} | ${results[k].requestsPerSecond} | ${results[k].latencyMs.p50} | ${results[k].latencyMs.p97_5} | ${results[k].latencyMs.p99} |`)
        .join('\n') +
      `\n\nNew reply searchable: p50 ${results.replySearchableMs.p50} ms, p95 ${results.replySearchableMs.p95} ms (target 1,000 ms)`,
  );
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
