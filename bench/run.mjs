// `npm run bench`: how fast Threadline is on real data, beside the limit of what this machine could serve.
//   npm run bench                        # full: at least 150,000 posts, 10 s per scenario (about 10 minutes)
//   npm run bench -- --quick             # 20,000 posts, 3 s per scenario (under 2 minutes)
//   npm run bench -- --connections 64 --duration 20 --posts 300000
// (or BENCH_CONNECTIONS, BENCH_SECONDS, BENCH_POSTS, BENCH_LAG_SAMPLES). DATABASE_URL / MEILI_URL: use those servers
// (the run makes its own database and index prefix there and drops them, unless BENCH_KEEP=1: then it keeps them to
// profile against, and prints their names); unset, embedded ones in a temp folder.
//
// 1. Imports every Stack Exchange site of the data folder (THREADLINE_DATA_DIR, default ../shared/data) with the
//    product's importer, timed; without that folder it says so loudly and imports generated dumps instead.
// 2. Starts the built server in production mode (BENCH_METRICS=1 adds its SQL statement counter's route), lets its
//    search worker index everything, copies the data in SQL up to the size asked (marked synthetic, counters kept
//    exact, each copy queued in the outbox) and waits until the worker has indexed the copies too.
// 3. Loads each scenario from a separate process (bench/lib/load-worker.mjs, autocannon) with the web app's own
//    documents (bench/lib/documents.mjs), samples the server's RSS, counts its SQL statements, then loads the limit
//    (bench/lib/limit-server.mjs: one SQL statement, or Meilisearch directly) the same way.
// 4. Measures how soon new text is searchable, checks every counter against COUNT(*), writes
//    bench/results/<timestamp>.json and .md (and latest.json), and prints the table.
import { fork, spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ensureBuilt, root } from '../scripts/ensure-built.mjs';
import { dumpsAvailable, generateDumps, multiply, runImport, stackExchangeDumps } from './lib/dataset.mjs';
import { operationBody } from './lib/documents.mjs';
import { formatReport, evaluate } from './lib/report.mjs';
import { pg, startServices } from './lib/services.mjs';

const { values: flags } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    connections: { type: 'string' },
    duration: { type: 'string' },
    posts: { type: 'string' },
  },
});
const QUICK = flags.quick;
const CONNECTIONS = Number(flags.connections ?? process.env.BENCH_CONNECTIONS ?? 32);
const DURATION = Number(flags.duration ?? process.env.BENCH_SECONDS ?? (QUICK ? 2 : 10));
const WARMUP = QUICK ? 1 : 2;
const TARGET_POSTS = Number(flags.posts ?? process.env.BENCH_POSTS ?? (QUICK ? 20_000 : 150_000));
const LAG_SAMPLES = Number(process.env.BENCH_LAG_SAMPLES ?? (QUICK ? 20 : 50));
const TICKETS = QUICK ? 30 : 60;

const ADMIN = { email: 'bench-admin@example.test', password: 'bench-admin-password' };
const MEMBER = { email: 'bench-member@example.test', password: 'bench-member-password', displayName: 'Bench Member' };

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const seconds = (since) => Math.round((performance.now() - since) / 100) / 10;
const benchStarted = performance.now();
const step = (message) => process.stdout.write(`[bench ${Math.round((performance.now() - benchStarted) / 1000)} s] ${message}\n`);
const percentile = (xs, p) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
};

/** The resident set of a process in MB (Linux: /proc; elsewhere: ps). */
function rssMb(pid) {
  try {
    const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]);
    return Math.round(kb / 1024);
  } catch {
    return null;
  }
}

const freePort = async () => {
  const { createServer } = await import('node:net');
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
};

const meili = (services, path) => fetch(`${services.meiliUrl}${path}`, { headers: { authorization: `Bearer ${services.meiliKey}` } });

/** A GraphQL client for the setup (not measured): a session cookie of its own; any error stops the bench. */
function client(url) {
  const c = {
    cookie: '',
    async raw(body) {
      const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', cookie: c.cookie }, body });
      const set = res.headers.getSetCookie().find((h) => h.startsWith('tl_session='));
      if (set) c.cookie = set.split(';')[0];
      const text = await res.text();
      return { status: res.status, text };
    },
    async op(name, variables) {
      const { status, text } = await c.raw(operationBody(name, variables));
      const json = JSON.parse(text);
      if (status !== 200 || json.errors) throw new Error(`${name}: HTTP ${status} ${text.slice(0, 500)}`);
      return json.data;
    },
  };
  return c;
}

async function waitFor(what, check, timeoutMs) {
  const started = Date.now();
  for (;;) {
    if (await check()) return;
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await sleep(250);
  }
}

/** Waits until the search worker has applied every outbox row; answers seconds taken. */
async function waitForIndex(db, timeoutMs) {
  const started = performance.now();
  await waitFor('the search worker to drain the outbox', async () => (await db.query(`SELECT count(*)::int AS n FROM outbox`)).rows[0].n === 0, timeoutMs);
  return seconds(started);
}

async function main() {
  ensureBuilt();
  const scratch = mkdtempSync(join(tmpdir(), 'threadline-bench-'));
  const results = {
    at: new Date().toISOString(),
    mode: QUICK ? 'quick' : 'full',
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? 'unknown',
      memoryGb: Math.round(totalmem() / 2 ** 30),
      node: process.version,
      platform: `${process.platform} ${process.arch}`,
    },
    options: { connections: CONNECTIONS, durationSeconds: DURATION, warmupSeconds: WARMUP, targetPosts: TARGET_POSTS },
    warnings: [],
  };
  const cleanups = [async () => rmSync(scratch, { recursive: true, force: true })];
  const cleanUp = async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch((err) => process.stderr.write(`[bench] cleanup: ${err.message}\n`));
  };
  // Ctrl-C: the run's database (on DATABASE_URL), index and temp folders go too.
  for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => void cleanUp().finally(() => process.exit(130)));
  try {
    step(
      `services: ${process.env.DATABASE_URL ? 'PostgreSQL from DATABASE_URL' : 'embedded PostgreSQL'}, ${process.env.MEILI_URL ? 'Meilisearch from MEILI_URL' : 'embedded Meilisearch'}`,
    );
    const services = await startServices();
    cleanups.push(() => services.stop());
    results.services = {
      postgres: services.embedded.postgres ? 'embedded' : 'DATABASE_URL',
      meilisearch: services.embedded.meilisearch ? 'embedded' : 'MEILI_URL',
    };
    const appEnv = {
      ...process.env,
      ...services.env,
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      DATA_DIR: join(scratch, 'app'),
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      // A handful of accounts drive all the load: per-person limits would measure themselves.
      AUTH_RATE_LIMIT_PER_MINUTE: '10000',
      POST_RATE_LIMIT_NEW_ACCOUNT_PER_MINUTE: '100000',
      POST_RATE_LIMIT_PER_MINUTE: '100000',
      POST_RATE_LIMIT_STAFF_PER_MINUTE: '100000',
      SEARCH_RATE_LIMIT_PER_MINUTE: '1000000',
      SIMILAR_THREADS_RATE_LIMIT_PER_MINUTE: '1000000',
    };
    delete appEnv.DEMO;

    // 1. Import.
    let dumps = stackExchangeDumps();
    if (!dumpsAvailable(dumps)) {
      const warning = `NO STACK EXCHANGE DATA at ${dumps} (set THREADLINE_DATA_DIR): importing GENERATED dumps instead; figures are not comparable with runs on the real data`;
      process.stderr.write(`\n${'!'.repeat(100)}\n!!! ${warning}\n${'!'.repeat(100)}\n\n`);
      results.warnings.push(warning);
      dumps = generateDumps(join(scratch, 'generated'));
    }
    // A first boot migrates the database and creates the search index, empty: the server started after the import
    // then indexes what the importer queued, once (a missing index would also queue every forum, indexing it twice).
    const firstBoot = await startServer(appEnv, scratch);
    cleanups.push(() => firstBoot.stop());
    await waitFor('the search index to be created', async () => (await meili(services, `/indexes/${services.threadsIndex}`)).ok, 60_000);
    await firstBoot.stop();
    step(`importing ${dumps}`);
    const imported = await runImport(dumps, appEnv);
    const db = new pg.Client({ connectionString: services.databaseUrl });
    await db.connect();
    cleanups.push(() => db.end());
    const count = async (sql) => (await db.query(sql)).rows[0].n;
    const importedPosts = await count(`SELECT count(*)::int AS n FROM posts`);
    results.import = {
      source: results.warnings.length ? 'generated' : dumps,
      sites: imported.sites,
      posts: importedPosts,
      threads: await count(`SELECT count(*)::int AS n FROM threads`),
      importerSeconds: imported.importerSeconds,
      wallSeconds: Math.round(imported.wallSeconds * 10) / 10,
      postsPerSecond: Math.round(importedPosts / imported.importerSeconds),
    };
    step(`imported ${importedPosts} posts in ${imported.importerSeconds} s (${results.import.postsPerSecond} posts/s)`);

    // 2. The server, its first index, the copies.
    const server = await startServer(appEnv, scratch);
    cleanups.push(() => server.stop());
    const { url } = server;
    results.server = { bootSeconds: server.bootSeconds };
    const sqlCount = async () => (await (await fetch(`${url}/__bench/sql-queries`)).json()).count;
    await sqlCount().catch(() => {
      throw new Error('the server has no /__bench/sql-queries route: is it built from this checkout (npm run build -w server)?');
    });
    const queued = await count(`SELECT count(*)::int AS n FROM outbox`);
    step(`indexing the imported threads (search worker, ${queued} outbox rows)`);
    results.index = { importedEvents: queued, importedSeconds: await waitForIndex(db, 600_000) };

    step(`copying the data (synthetic) up to ${TARGET_POSTS} posts`);
    results.synthetic = await multiply(db, Math.max(0, TARGET_POSTS - importedPosts));
    results.synthetic.seconds = Math.round(results.synthetic.seconds * 10) / 10;
    results.synthetic.postsPerSecond = Math.round(results.synthetic.written.posts / Math.max(results.synthetic.seconds, 0.1));
    step(`copied ${results.synthetic.written.posts} posts in ${results.synthetic.seconds} s; indexing ${results.synthetic.written.threads} copied threads`);
    results.index.syntheticSeconds = await waitForIndex(db, 1_800_000);
    results.index.syntheticThreadsPerSecond = Math.round(results.synthetic.written.threads / Math.max(results.index.syntheticSeconds, 0.1));
    const stats = await (await meili(services, `/indexes/${services.threadsIndex}/stats`)).json();
    results.totals = {
      posts: await count(`SELECT count(*)::int AS n FROM posts`),
      threads: await count(`SELECT count(*)::int AS n FROM threads`),
      visibleThreads: await count(`SELECT count(*)::int AS n FROM threads WHERE hidden_at IS NULL`),
      forums: await count(`SELECT count(*)::int AS n FROM forums`),
      users: await count(`SELECT count(*)::int AS n FROM users`),
      indexedDocuments: stats.numberOfDocuments,
    };
    if (results.totals.indexedDocuments !== results.totals.visibleThreads) {
      results.warnings.push(`the index holds ${results.totals.indexedDocuments} documents for ${results.totals.visibleThreads} visible threads`);
    }
    step(`${results.totals.posts} posts in ${results.totals.threads} threads, ${results.totals.indexedDocuments} documents indexed`);

    // 3. Who and what the scenarios use.
    const admin = client(url);
    await admin.op('SignIn', { input: { email: ADMIN.email, password: ADMIN.password } });
    const member = client(url);
    await member.op('SignUp', { input: MEMBER });
    const fixtures = await pickFixtures(db);
    results.thread = { id: fixtures.thread.id, title: fixtures.thread.title, replyCount: fixtures.thread.reply_count, forum: fixtures.forum.slug };
    for (const postId of fixtures.votePostIds) await member.op('VoteHelpful', { postId });
    for (const [i, threadId] of fixtures.ticketThreadIds.entries()) {
      await admin.op('EscalateThread', {
        input: {
          threadId,
          priority: i % 3 === 0 ? 'CRITICAL' : 'STANDARD',
          whatHappened: `Bench ticket ${i}: the import stops halfway.`,
          expected: 'It finishes.',
        },
      });
    }
    step(
      `thread page: "${fixtures.thread.title}" (${fixtures.thread.reply_count} replies, accepted answer); ${fixtures.ticketThreadIds.length} tickets opened`,
    );

    const words = (t) => t.toLowerCase().match(/[\p{L}\p{N}]{4,}/gu) ?? [];
    const searchQueries = fixtures.titles.map((t) => words(t).slice(0, 2).join(' ')).filter((q) => q.includes(' '));
    // The composer asks with the title alone, then with the body as it is written: half and half.
    const similarInputs = fixtures.titles.map((title, i) => ({ title, body: i % 2 ? fixtures.bodies[i].slice(0, 600) : null }));

    const loader = fork(join(root, 'bench/lib/load-worker.mjs'), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    cleanups.push(async () => loader.connected && loader.disconnect());
    let nextLoad = 0;
    const load = (options) =>
      new Promise((resolve, reject) => {
        const id = nextLoad++;
        const onMessage = (m) => {
          if (m.id !== id) return;
          loader.off('message', onMessage);
          if (m.error) reject(new Error(m.error));
          else resolve(m.result);
        };
        loader.on('message', onMessage);
        loader.send({ id, options });
      });

    const limitPort = fork(join(root, 'bench/lib/limit-server.mjs'), [], {
      env: {
        ...process.env,
        DATABASE_URL: services.databaseUrl,
        MEILI_URL: services.meiliUrl,
        MEILI_MASTER_KEY: services.meiliKey,
        THREADS_INDEX: services.threadsIndex,
      },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    cleanups.push(async () => limitPort.connected && limitPort.disconnect());
    const limitUrl = `http://127.0.0.1:${(await new Promise((resolve) => limitPort.once('message', resolve))).port}`;

    /**
     * One measured run: a sample answer checked first (any GraphQL error stops the bench, so the figures are of
     * answers, not refusals), a warm-up, then the run with the server's RSS sampled and its SQL statements counted.
     */
    const measure = async (name, { target = url, path = '/graphql', headers = {}, bodies, check, ours = true }) => {
      const sample = await fetch(`${target}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: bodies[0].replaceAll('{{n}}', 'sample'),
      });
      const text = await sample.text();
      let json;
      try {
        json = JSON.parse(text);
      } catch {
        throw new Error(`${name}: the sample answer is not JSON (HTTP ${sample.status}): ${text.slice(0, 300)}`);
      }
      if (sample.status !== 200 || json.errors || !json.data)
        throw new Error(`${name}: the sample answer is an error (HTTP ${sample.status}): ${text.slice(0, 500)}`);
      check?.(json.data);
      const options = { url: `${target}${path}`, connections: CONNECTIONS, headers, bodies };
      await load({ ...options, duration: WARMUP });
      const sqlBefore = ours ? await sqlCount() : 0;
      let rssMax = 0;
      const sampler = setInterval(() => (rssMax = Math.max(rssMax, rssMb(server.pid) ?? 0)), 200);
      const r = await load({ ...options, duration: DURATION });
      clearInterval(sampler);
      rssMax = Math.max(rssMax, rssMb(server.pid) ?? 0);
      if (ours) {
        r.sqlPerRequest = Math.round((((await sqlCount()) - sqlBefore) / Math.max(r.requests, 1)) * 10) / 10;
        r.serverRssMb = rssMax;
        // Where the memory is, right after the run (MB): the V8 heap of the main thread, external, and the rest.
        r.serverMemoryMb = await (await fetch(`${url}/__bench/memory`)).json();
      }
      r.sampleBytes = text.length;
      step(
        `${name}: ${r.requestsPerSecond} req/s, p50 ${r.latencyMs.p50} / p95 ${r.latencyMs.p95} / p99 ${r.latencyMs.p99} ms, ${r.errors} errors` +
          (ours ? `, ${r.sqlPerRequest} SQL/req, RSS ${rssMax} MB` : ''),
      );
      if (r.errorSamples.length) step(`  errors, e.g.: ${r.errorSamples[0]}`);
      return { ...r, sample: json.data };
    };

    const scenarios = [];
    const scenario = (key, label, product, limit) => scenarios.push({ key, label, product, limit });
    const threadBody = [operationBody('ThreadPage', { id: fixtures.thread.id })];
    const limitThreadBody = [JSON.stringify({ id: fixtures.thread.id })];
    const replyIds = (data) => data.thread.posts.edges.map((e) => e.node.id);
    const checkThread = (data) => {
      if (!data.thread || data.thread.posts.edges.length !== Math.min(20, fixtures.thread.reply_count) || !data.thread.acceptedAnswer) {
        throw new Error(`thread page: not the expected page (${JSON.stringify(data).slice(0, 300)})`);
      }
    };
    const sameThreadData = (ours, limit, label) => {
      const a = JSON.stringify([ours.thread.openingPost.id, ours.thread.acceptedAnswer.post.id, replyIds(ours)]);
      const b = JSON.stringify([limit.thread.openingPost.id, limit.thread.acceptedAnswer.post.id, replyIds(limit)]);
      if (a !== b) results.warnings.push(`${label}: the limit's page holds other posts than ours (${b} vs ${a})`);
      const votesOurs = replyIds(ours).filter((_, i) => ours.thread.posts.edges[i].node.viewerHasVoted).length;
      const votesLimit = replyIds(limit).filter((_, i) => limit.thread.posts.edges[i].node.viewerHasVoted).length;
      if (votesOurs !== votesLimit) results.warnings.push(`${label}: the limit shows ${votesLimit} of the viewer's votes, ours ${votesOurs}`);
    };

    step(`load: ${CONNECTIONS} connections, ${WARMUP} s warm-up + ${DURATION} s per scenario`);
    for (const [key, label, cookie] of [
      ['threadAnonymous', 'thread page, anonymous', ''],
      ['threadSignedIn', 'thread page, signed in', member.cookie],
    ]) {
      const headers = cookie ? { cookie } : {};
      const product = await measure(label, { headers, bodies: threadBody, check: checkThread });
      const limit = await measure(`${label} (limit: one SQL statement)`, {
        target: limitUrl,
        path: '/thread',
        headers,
        bodies: limitThreadBody,
        check: checkThread,
        ours: false,
      });
      sameThreadData(product.sample, limit.sample, label);
      scenario(key, label, product, limit);
    }
    scenario(
      'forumThreads',
      `forum thread list (${fixtures.forum.slug})`,
      await measure('forum thread list', { bodies: [operationBody('ForumThreads', { slug: fixtures.forum.slug, sort: 'LATEST_ACTIVITY', filter: {} })] }),
    );
    scenario('latest', 'home: Latest', await measure('home: Latest', { bodies: [operationBody('LatestThreads', { tab: 'LATEST' })] }));
    const searchProduct = await measure('search', {
      bodies: searchQueries.map((query) => operationBody('SearchPage', { query, filters: {}, sort: 'RELEVANCE' })),
    });
    const searchLimit = await measure('search (limit: Meilisearch)', {
      target: limitUrl,
      path: '/search',
      bodies: searchQueries.map((query) => JSON.stringify({ query })),
      ours: false,
    });
    scenario('search', 'search (search page), signed out: read cache hits', searchProduct, searchLimit);
    const memberHeaders = { cookie: member.cookie };
    // Signed in, the read cache never answers: what a new query costs.
    scenario(
      'searchSignedIn',
      'search (search page), signed in: never cached',
      await measure('search, signed in', {
        headers: memberHeaders,
        bodies: searchQueries.map((query) => operationBody('SearchPage', { query, filters: {}, sort: 'RELEVANCE' })),
      }),
      searchLimit,
    );
    const similarProduct = await measure('similarThreads', {
      headers: memberHeaders,
      bodies: similarInputs.map((s) => operationBody('SimilarThreads', { title: s.title, body: s.body, forum: fixtures.forum.id })),
    });
    const similarLimit = await measure('similarThreads (limit: Meilisearch)', {
      target: limitUrl,
      path: '/similar',
      bodies: similarInputs.map((s) => JSON.stringify(s)),
      ours: false,
    });
    scenario('similarThreads', 'similarThreads (composer)', similarProduct, similarLimit);
    scenario(
      'ticketQueue',
      'staff ticket queue',
      await measure('staff ticket queue', {
        headers: { cookie: admin.cookie },
        bodies: [operationBody('TicketQueue', { filter: { statuses: ['NEW', 'OPEN', 'PENDING', 'ON_HOLD'], assignee: 'ANYONE' }, first: 25 })],
        check: (data) => {
          if (data.ticketQueue.edges.length === 0) throw new Error('staff ticket queue: empty');
        },
      }),
    );
    scenario(
      'createReply',
      'create reply',
      await measure('create reply', {
        headers: memberHeaders,
        bodies: fixtures.replyThreadIds.map((threadId) =>
          operationBody('ReplyToThread', {
            input: { threadId, body: 'A bench reply ({{n}}): **restart** the `sync` and check the [status page](https://example.com/status).' },
          }),
        ),
      }),
    );
    scenario(
      'acceptAnswer',
      'accept answer (staff)',
      await measure('accept answer', {
        headers: { cookie: admin.cookie },
        // Each thread's accepted answer moves between two of its replies, so every request changes something.
        bodies: [0, 1].flatMap((round) => fixtures.acceptPairs.map((p) => operationBody('AcceptAnswer', { postId: p.postIds[round % p.postIds.length] }))),
      }),
    );
    results.scenarios = scenarios;

    // 4. Index lag, counters.
    step('waiting for the search worker to index the writes');
    results.index.afterWritesSeconds = await waitForIndex(db, 600_000);
    step(`index lag: ${LAG_SAMPLES} writes, each followed by searches until its new word is found`);
    results.indexLag = await measureIndexLag(member, fixtures);
    step(`index lag: p50 ${results.indexLag.p50} ms, p95 ${results.indexLag.p95} ms, max ${results.indexLag.max} ms`);
    results.counters = await checkCounters(db, fixtures.replyThreadIds);
    step(`counters: ${results.counters.exact ? 'exact' : `NOT exact: ${JSON.stringify(results.counters.mismatches)}`}`);
    results.serverRssMaxMb = Math.max(...scenarios.map((s) => s.product.serverRssMb));
  } finally {
    step('stopping');
    await cleanUp();
  }

  for (const s of results.scenarios) {
    delete s.product.sample;
    if (s.limit) delete s.limit.sample;
  }
  results.wallSeconds = seconds(benchStarted);
  results.evaluation = evaluate(results);
  const markdown = formatReport(results);
  const dir = join(root, 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  const stamp = results.at.replace(/[:.]/g, '-');
  writeFileSync(join(dir, `${stamp}.json`), JSON.stringify(results, null, 2) + '\n');
  writeFileSync(join(dir, `${stamp}.md`), markdown + '\n');
  writeFileSync(join(dir, 'latest.json'), JSON.stringify(results, null, 2) + '\n');
  process.stdout.write(`\n${markdown}\n\nWritten: bench/results/${stamp}.json and .md (and latest.json)\n`);
}

/** Starts the built server in production mode (and BENCH_METRICS=1) and waits until it is ready. */
async function startServer(env, scratch) {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const logFile = join(scratch, `server-${port}.log`);
  const log = createWriteStream(logFile);
  // As npm start runs it (package.json): a 32 MB young generation.
  const child = spawn(process.execPath, ['--max-semi-space-size=32', join(root, 'server/dist/server/src/main.js')], {
    env: { ...env, PORT: String(port), HOST: '127.0.0.1', BENCH_METRICS: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  let stopping = false;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.once('exit', (code) => {
    if (!stopping) process.stderr.write(`[bench] the server exited (${code}); its log:\n${readFileSync(logFile, 'utf8').slice(-3000)}\n`);
  });
  const started = performance.now();
  await waitFor(
    'the server to be ready',
    async () => {
      if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}) while starting`);
      return (await fetch(`${url}/readyz`).catch(() => null))?.ok === true;
    },
    120_000,
  );
  return {
    url,
    pid: child.pid,
    bootSeconds: seconds(started),
    async stop() {
      stopping = true;
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

/** The thread page's thread, the biggest forum, and the threads the other scenarios use (never the page's own). */
async function pickFixtures(db) {
  const q = async (sql, params) => (await db.query(sql, params)).rows;
  // About 20 replies on the first page and an accepted answer: of the original threads, the fewest replies from 20 up,
  // else the most.
  const [thread] = await q(
    `SELECT t.id, t.title, t.reply_count, t.forum_id FROM threads t JOIN accepted_answers a ON a.thread_id = t.id
      WHERE t.hidden_at IS NULL AND t.imported_from NOT LIKE 'synthetic:%'
      ORDER BY (t.reply_count >= 20) DESC, CASE WHEN t.reply_count >= 20 THEN t.reply_count ELSE -t.reply_count END, t.id LIMIT 1`,
  );
  if (!thread) throw new Error('no thread with an accepted answer in the data');
  const [forum] = await q(`SELECT id, slug FROM forums ORDER BY thread_count DESC, slug LIMIT 1`);
  const votePostIds = (await q(`SELECT id FROM posts WHERE thread_id = $1 AND post_number BETWEEN 2 AND 21 ORDER BY post_number LIMIT 3`, [thread.id])).map(
    (r) => r.id,
  );
  const sample = await q(
    `SELECT t.id, t.title, op.body_text FROM threads t JOIN posts op ON op.thread_id = t.id AND op.post_number = 1
      WHERE t.hidden_at IS NULL AND t.imported_from NOT LIKE 'synthetic:%' AND t.id <> $1 ORDER BY md5(t.id::text) LIMIT 300`,
    [thread.id],
  );
  const synthetic = (
    await q(`SELECT id FROM threads WHERE imported_from LIKE 'synthetic:%' AND hidden_at IS NULL AND locked_at IS NULL ORDER BY md5(id::text) LIMIT 64`)
  ).map((r) => r.id);
  const acceptPairs = (
    await q(
      `SELECT t.id, array_agg(p.id ORDER BY p.post_number) AS post_ids FROM threads t JOIN posts p ON p.thread_id = t.id AND p.post_number IN (2, 3) AND p.hidden_at IS NULL
        WHERE t.hidden_at IS NULL AND t.locked_at IS NULL AND t.id <> $1 AND t.reply_count >= 2
        GROUP BY t.id ORDER BY md5(t.id::text) LIMIT 200`,
      [thread.id],
    )
  ).map((r) => ({ threadId: r.id, postIds: r.post_ids }));
  return {
    thread,
    forum,
    votePostIds,
    titles: sample.map((r) => r.title),
    bodies: sample.map((r) => r.body_text),
    ticketThreadIds: sample.slice(0, TICKETS).map((r) => r.id),
    // Replies land on copies (never the thread page's thread): the page keeps its 20 replies.
    replyThreadIds: synthetic.length ? synthetic : sample.slice(TICKETS, TICKETS + 64).map((r) => r.id),
    acceptPairs,
  };
}

/** From each write's answer to the first `search` that finds its new word, alternating new threads and replies. */
async function measureIndexLag(member, fixtures) {
  const lags = [];
  for (let i = 0; i < LAG_SAMPLES; i++) {
    const word = `lagword${Date.now().toString(36)}x${i}`;
    if (i % 2 === 0) {
      await member.op('CreateThread', {
        input: { forumId: fixtures.forum.id, title: `Index lag sample ${i} ${word}`, body: 'Measuring how soon a new thread is searchable.', tags: [] },
      });
    } else {
      await member.op('ReplyToThread', { input: { threadId: fixtures.replyThreadIds[i % fixtures.replyThreadIds.length], body: `A reply saying ${word}.` } });
    }
    const since = performance.now();
    for (;;) {
      const { search } = await member.op('InstantSearch', { query: word });
      if (search.hits.length) break;
      if (performance.now() - since > 30_000) throw new Error(`index lag: "${word}" was not searchable within 30 s`);
      await sleep(10);
    }
    lags.push(performance.now() - since);
  }
  return { samples: lags.length, p50: Math.round(percentile(lags, 0.5)), p95: Math.round(percentile(lags, 0.95)), max: Math.round(Math.max(...lags)) };
}

/** Every thread's and forum's counters against COUNT(*) of their rows, after all the writes. */
async function checkCounters(db, replyThreadIds) {
  const { rows: threads } = await db.query(
    `SELECT t.id, t.reply_count, s.replies, t.last_post_number, s.max_number
       FROM threads t
       JOIN (SELECT thread_id, count(*) FILTER (WHERE post_number > 1 AND hidden_at IS NULL)::int AS replies, max(post_number) AS max_number
               FROM posts GROUP BY thread_id) s ON s.thread_id = t.id
      WHERE t.reply_count <> s.replies OR t.last_post_number < s.max_number`,
  );
  const { rows: forums } = await db.query(
    `SELECT f.slug, f.thread_count, f.post_count, c.threads, c.posts
       FROM forums f
       JOIN (SELECT t.forum_id, count(DISTINCT t.id)::int AS threads, count(p.id)::int AS posts
               FROM threads t LEFT JOIN posts p ON p.thread_id = t.id AND p.hidden_at IS NULL
              WHERE t.hidden_at IS NULL GROUP BY t.forum_id) c ON c.forum_id = f.id
      WHERE f.thread_count <> c.threads OR f.post_count <> c.posts`,
  );
  const { rows: checked } = await db.query(
    `SELECT (SELECT count(*)::int FROM threads) AS threads, (SELECT count(*)::int FROM forums) AS forums,
            (SELECT coalesce(sum(reply_count), 0)::int FROM threads WHERE id = ANY ($1::uuid[])) AS replies_on_reply_threads`,
    [replyThreadIds],
  );
  return { exact: threads.length === 0 && forums.length === 0, checked: checked[0], mismatches: { threads: threads.slice(0, 5), forums } };
}

main().then(
  () => process.exit(0),
  (err) => {
    process.stderr.write(`[bench] failed: ${err.stack ?? err.message}\n`);
    process.exit(1);
  },
);
