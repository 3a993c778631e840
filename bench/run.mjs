// `npm run bench`: boots the built server on a throwaway embedded PostgreSQL + Meilisearch with the demo
// community, then measures what users wait for. Numbers go to stdout and bench/results/latest.json.
//   npm run bench                 # thread page, forum list, reply writes
//   npm run bench -- --import     # also: import every Stack Exchange site in ../shared/data
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureBuilt, root } from '../scripts/ensure-built.mjs';

const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const withImport = process.argv.includes('--import');

const freePort = () =>
  new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

async function main() {
  ensureBuilt();
  const dataDir = mkdtempSync(join(tmpdir(), 'threadline-bench-'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const env = {
    ...process.env,
    DATA_DIR: dataDir,
    PORT: String(port),
    DEMO: '1',
    DEMO_ALLOW_PRODUCTION: '1',
    LOG_LEVEL: 'warn',
    NODE_ENV: 'production',
    AUTH_RATE_LIMIT_PER_MINUTE: '10000',
    GRAPHQL_MAX_COST: '100000',
    // The write benchmark posts 200 replies as one staff user as fast as it can: flood control would measure itself.
    POST_RATE_LIMIT_STAFF_PER_MINUTE: '100000',
  };
  delete env.DATABASE_URL;
  delete env.MEILI_URL;
  const server = spawn(process.execPath, [join(root, 'server/dist/server/src/main.js')], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  const results = {
    at: new Date().toISOString(),
    machine: `${process.platform} ${process.arch}, node ${process.version}`,
    durationSeconds: DURATION,
    connections: CONNECTIONS,
  };
  try {
    const bootStart = Date.now();
    for (;;) {
      try {
        if ((await fetch(`${url}/readyz`)).ok) break;
      } catch {}
      if (Date.now() - bootStart > 120_000) throw new Error('server did not become ready');
      await new Promise((r) => setTimeout(r, 100));
    }
    results.bootToReadyMs = Date.now() - bootStart;

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
    await gql(`mutation { signIn(input: { email: "maya@demo.beacon.test", password: "beacon-demo-2026" }) { user { id } } }`);
    const { forums } = await gql(`{ forums { id slug } }`);
    const { createThread } = await gql(
      `mutation($f: ID!) { createThread(input: { forumId: $f, title: "Benchmark thread with many replies", body: "Measuring the thread page." }) { id } }`,
      { f: forums[0].id },
    );

    // Writes: 200 replies, 10 at a time, through the full stack (validation, Markdown, counters, outbox).
    const writeStart = Date.now();
    const replies = Array.from({ length: 200 }, (_, i) => i);
    await Promise.all(
      Array.from({ length: 10 }, async () => {
        while (replies.length) {
          const i = replies.shift();
          await gql(`mutation($t: ID!, $b: String!) { replyToThread(input: { threadId: $t, body: $b }) { id } }`, {
            t: createThread.id,
            b: `Reply **${i}** with a [link](https://example.com/${i}) and \`code\`.`,
          });
        }
      }),
    );
    results.repliesPerSecond = Math.round(200 / ((Date.now() - writeStart) / 1000));

    const threadPage = `query($id: ID!) { thread(id: $id) { id title status replyCount viewerCanReply forum { name slug } author { displayName badges }
      openingPost { bodyHtml helpfulCount viewerHasVoted author { displayName badges } }
      acceptedAnswer { kind acceptedBy { displayName } post { bodyHtml author { displayName badges } } }
      posts(first: 20) { pageInfo { hasNextPage endCursor } nodes { id postNumber bodyHtml helpfulCount createdAt isAccepted viewerHasVoted viewerCanVote author { displayName handle badges } } } } }`;
    const forumPage = `query($slug: String!) { forum(slug: $slug) { name threads(first: 20) { nodes { id title status tags replyCount helpfulCount hasStaffAnswer lastActivityAt acceptedAnswerSnippet author { displayName } } } } }`;
    const forumList = `{ forums { id name slug threadCount postCount lastActivityAt lastThread { id title } } }`;

    const run = (title, query, variables) =>
      new Promise((resolve, reject) => {
        autocannon(
          {
            url: `${url}/graphql`,
            method: 'POST',
            connections: CONNECTIONS,
            duration: DURATION,
            headers: { 'content-type': 'application/json', cookie },
            body: JSON.stringify({ query, variables }),
          },
          (err, r) => {
            if (err) return reject(err);
            if (r.non2xx) return reject(new Error(`${title}: ${r.non2xx} non-2xx responses`));
            resolve({
              requestsPerSecond: Math.round(r.requests.average),
              latencyMs: { p50: r.latency.p50, p90: r.latency.p90, p99: r.latency.p99, max: r.latency.max },
              requests: r.requests.total,
              errors: r.errors,
            });
          },
        );
      });
    results.threadPage = await run('thread page', threadPage, { id: createThread.id });
    results.forumPage = await run('forum page', forumPage, { slug: forums[0].slug });
    results.forumList = await run('forum list', forumList);
  } finally {
    server.kill('SIGTERM');
    await new Promise((r) => server.once('exit', r));
  }
  try {
    // After the server stopped: the importer starts the embedded services on the same data folder itself.
    if (withImport) {
      const dataRoot = process.env.THREADLINE_DATA_DIR ?? join(root, '..', 'shared', 'data');
      const dumps = join(dataRoot, 'stackexchange');
      if (!existsSync(dumps)) {
        console.warn(`SKIPPED import benchmark: ${dumps} not found`);
      } else {
        for (const pass of ['first', 'second']) {
          const started = Date.now();
          await new Promise((resolve, reject) => {
            const child = spawn(process.execPath, [join(root, 'server/dist/server/src/cli.js'), 'import', dumps], {
              env: { ...env, DEMO: '0' },
              stdio: ['ignore', 'ignore', 'inherit'],
            });
            child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`import exited ${code}`))));
          });
          results[`importAllSites_${pass}RunSeconds`] = Number(((Date.now() - started) / 1000).toFixed(1));
        }
      }
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
  mkdirSync(join(root, 'bench', 'results'), { recursive: true });
  writeFileSync(join(root, 'bench', 'results', 'latest.json'), JSON.stringify(results, null, 2) + '\n');
  console.log(JSON.stringify(results, null, 2));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
