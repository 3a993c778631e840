// Measures the similar-threads ranking on a Stack Exchange site imported with `npm run import`:
// for each question with a duplicate or related link (PostLinks LinkTypeId 1 or 3) to another question, is the
// linked question among the first 5 similar threads, asked with the title alone and with title and body?
//
//   DATABASE_URL=postgres://... MEILI_URL=http://127.0.0.1:7791 MEILI_MASTER_KEY=... \
//     node scripts/similar-recall.mjs /path/to/dump/site [--skip-index] [--index NAME] [--misses]
//
// It reads the domain functions from the built server (server/dist), so it measures exactly the shipped code:
// run `npm run build -w shared && npm run build -w server` first. The index it writes is its own (default
// `similar_recall_<database>`); the dump folder is only read.
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import http from 'node:http';
import { Meilisearch } from 'meilisearch';

const require = createRequire(import.meta.url);
const root = join(import.meta.dirname, '..');
const dist = join(root, 'server/dist/server/src/modules/search/domain');
const { buildSimilarSearches, buildRecheckSearches, rankSimilar } = require(join(dist, 'similar-query.js'));
const { THREAD_INDEX_SETTINGS } = require(join(dist, 'index-settings.js'));
const pg = require(require.resolve('pg', { paths: [join(root, 'server')] }));

const args = process.argv.slice(2);
const site = args.find((a) => !a.startsWith('--'));
const flag = (name) => args.includes(`--${name}`);
const option = (name) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
if (!site || !process.env.DATABASE_URL || !process.env.MEILI_URL) {
  process.stderr.write('Usage: DATABASE_URL=... MEILI_URL=... [MEILI_MASTER_KEY=...] node scripts/similar-recall.mjs <site dump folder>\n');
  process.exit(2);
}
const TOP = 5;
const BODY_CHARS = 4000;

const db = new pg.Client({ connectionString: process.env.DATABASE_URL });
await db.connect();
// node:http with keep-alive: Node's fetch (undici) loses ~40 ms per POST to Meilisearch here (Nagle and delayed ACK),
// which would hide the latency of the ranking itself.
const agent = new http.Agent({ keepAlive: true });
function httpClient(url, init) {
  return new Promise((resolve, reject) => {
    const headers = Object.fromEntries(new Headers(init.headers).entries());
    const req = http.request(url, { method: init.method, headers, agent }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c) => (text += c));
      res.on('end', () => {
        const json = text === '' ? undefined : JSON.parse(text);
        if (res.statusCode >= 400) reject(new Error(`Meilisearch ${res.statusCode}: ${text.slice(0, 300)}`));
        else resolve(json);
      });
    });
    req.on('error', reject);
    req.end(init.body);
  });
}
const meili = new Meilisearch({ host: process.env.MEILI_URL, apiKey: process.env.MEILI_MASTER_KEY, httpClient });
const indexUid = option('index') ?? `similar_recall_${new URL(process.env.DATABASE_URL).pathname.slice(1).replace(/\W/g, '_')}`;

// The documents, built as the sync worker builds them (ThreadSearchDocument).
const { rows } = await db.query(`
  SELECT t.id, t.title, t.tags, t.reply_count, t.imported_from, t.first_staff_reply_at IS NOT NULL AS has_staff_answer,
         extract(epoch FROM t.created_at)::bigint AS created_at, extract(epoch FROM t.last_activity_at)::bigint AS last_activity_at,
         f.id AS forum_id, f.name AS forum_name, f.product_area, f.group_id,
         op.body_text AS opening, acc.body_text AS accepted,
         ARRAY(SELECT p.body_text FROM posts p
                WHERE p.thread_id = t.id AND p.post_number > 1 AND p.hidden_at IS NULL AND p.id IS DISTINCT FROM aa.post_id
                ORDER BY p.helpful_count DESC, p.created_at, p.post_number) AS replies
    FROM threads t
    JOIN forums f ON f.id = t.forum_id
    LEFT JOIN posts op ON op.thread_id = t.id AND op.post_number = 1
    LEFT JOIN accepted_answers aa ON aa.thread_id = t.id
    LEFT JOIN posts acc ON acc.id = aa.post_id AND acc.hidden_at IS NULL
   WHERE t.hidden_at IS NULL AND f.archived_at IS NULL`);
await db.end();

function clipJoined(texts, max) {
  let out = '';
  for (const t of texts) {
    if (out.length >= max) break;
    out += (out ? '\n' : '') + t;
  }
  return out.slice(0, max);
}
const docs = rows.map((r) => ({
  id: r.id,
  title: r.title,
  accepted: (r.accepted ?? '').slice(0, 4000),
  opening: (r.opening ?? '').slice(0, 6000),
  replies: clipJoined(r.replies, 8000),
  tags: r.tags,
  forumId: r.forum_id,
  forumName: r.forum_name,
  productArea: r.product_area,
  solved: r.accepted !== null,
  hasStaffAnswer: r.has_staff_answer,
  replyCount: r.reply_count,
  createdAt: Number(r.created_at),
  lastActivityAt: Number(r.last_activity_at),
  visibility: r.group_id ? `group:${r.group_id}` : 'public',
}));

const index = meili.index(indexUid);
if (!flag('skip-index')) {
  const wait = { timeout: 120_000, interval: 50 };
  await meili
    .deleteIndex(indexUid)
    .waitTask(wait)
    .catch(() => undefined);
  await meili.createIndex(indexUid, { primaryKey: 'id' }).waitTask(wait);
  await index.updateSettings(THREAD_INDEX_SETTINGS).waitTask(wait);
  const started = performance.now();
  const task = await index.addDocuments(docs).waitTask(wait);
  if (task.status !== 'succeeded') throw new Error(`indexing failed: ${JSON.stringify(task.error)}`);
  process.stdout.write(`Indexed ${docs.length} threads in ${((performance.now() - started) / 1000).toFixed(1)} s into ${indexUid}\n`);
}

// The links: source key of a question is `se:<site>:q:<post id>` (see se-mapping.ts).
const siteName = basename(site.replace(/\/+$/, ''));
const byKey = new Map(rows.map((r, i) => [r.imported_from, docs[i]]));
const pairs = new Map();
for (const m of readFileSync(join(site, 'PostLinks.xml'), 'utf8').matchAll(/<row [^>]*\/>/g)) {
  const attr = (n) => m[0].match(new RegExp(` ${n}="([^"]*)"`))?.[1];
  if (!['1', '3'].includes(attr('LinkTypeId'))) continue;
  const from = byKey.get(`se:${siteName}:q:${attr('PostId')}`);
  const to = byKey.get(`se:${siteName}:q:${attr('RelatedPostId')}`);
  if (from && to && from.id !== to.id) pairs.set(`${from.id} ${to.id}`, { from, to });
}
process.stdout.write(`${pairs.size} linked question pairs on ${siteName}\n`);

const visibility = 'visibility = "public"';
async function similar(title, body) {
  const searches = buildSimilarSearches(title, body);
  const started = performance.now();
  const run = async (qs) =>
    qs.length ? (await meili.multiSearch({ queries: qs.map((s) => ({ ...s, indexUid, filter: [visibility, ...(s.filter ?? [])] })) })).results : [];
  const results = await run(searches);
  let searchMs = performance.now() - started;
  // The second phase, when the shipped code has one: the common words of the best candidates.
  let feedback;
  let feedbackCount = 0;
  let rankMs = 0;
  if (buildRecheckSearches && !process.env.NO_RECHECK) {
    const planned = performance.now();
    const more = buildRecheckSearches(title, body, results);
    rankMs += performance.now() - planned;
    const again = performance.now();
    feedback = await run(more);
    searchMs += performance.now() - again;
    feedbackCount = more.length;
  }
  const ranked = performance.now();
  const ids = rankSimilar(title, body, results, TOP + 1, feedback);
  rankMs += performance.now() - ranked;
  const candidates = new Set([...results, ...(feedback ?? [])].flatMap((r) => r.hits.map((h) => h.id)));
  return { ids, candidates, searchMs, rankMs, searches: searches.length + feedbackCount };
}
async function plain(title) {
  const { hits } = await index.search(title, { limit: TOP + 1, attributesToRetrieve: ['id'], filter: visibility });
  return { ids: hits.map((h) => h.id) };
}

const percentile = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))];
const methods = [
  ['meilisearch, plain title', (from) => plain(from.title)],
  ['similar, title alone', (from) => similar(from.title, null)],
  ['similar, title and body', (from) => similar(from.title, from.opening.slice(0, BODY_CHARS))],
];
for (const [name, run] of methods) {
  let hits = 0;
  const total = [];
  const search = [];
  const rank = [];
  let searchCount = 0;
  let found = 0;
  const misses = [];
  for (const { from, to } of pairs.values()) {
    const started = performance.now();
    const r = await run(from);
    total.push(performance.now() - started);
    if (r.searchMs !== undefined) {
      search.push(r.searchMs);
      rank.push(r.rankMs);
      searchCount += r.searches;
    }
    // The query question is in the index: drop it, as the composer never sees its own thread.
    const top = r.ids.filter((id) => id !== from.id).slice(0, TOP);
    if (r.candidates?.has(to.id)) found++;
    if (top.includes(to.id)) hits++;
    else misses.push(`  ${from.title}  =>  ${to.title}`);
  }
  let line = `${name.padEnd(28)} recall@${TOP} ${(hits / pairs.size).toFixed(3)} (${hits}/${pairs.size})`;
  line += `  p50 ${percentile(total, 0.5).toFixed(1)} ms p95 ${percentile(total, 0.95).toFixed(1)} ms`;
  if (search.length) {
    line += ` [multi-search p95 ${percentile(search, 0.95).toFixed(1)} ms, rerank p95 ${percentile(rank, 0.95).toFixed(2)} ms max ${Math.max(...rank).toFixed(2)} ms,`;
    line += ` ${(searchCount / search.length).toFixed(1)} queries, linked thread among the candidates ${(found / pairs.size).toFixed(2)}]`;
  }
  process.stdout.write(line + '\n');
  if (flag('misses')) process.stdout.write(misses.join('\n') + '\n');
}
