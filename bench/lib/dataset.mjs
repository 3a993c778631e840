// The bench's data: every Stack Exchange site of the data folder through the product's importer (timed), or, on a
// fresh clone without that folder, dumps generated here in the same format and imported the same way; then copies
// of everything, made in SQL, up to the size asked for.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from '../../scripts/ensure-built.mjs';
import { dist } from './services.mjs';

/** The data folder's Stack Exchange dumps (THREADLINE_DATA_DIR, default ../shared/data, as the tests read it). */
export function stackExchangeDumps() {
  const dataRoot = process.env.THREADLINE_DATA_DIR ?? join(root, '..', 'shared', 'data');
  return join(dataRoot, 'stackexchange');
}

/** Runs `cli import <folder>` (the same code as `npm run import`); answers the importer's own time and its report. */
export function runImport(folder, env) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [join(root, 'server/dist/server/src/cli.js'), 'import', folder], { env, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`import exited ${code}:\n${out.slice(-2000)}`));
      // "Imported 8 sites in 7.6 s (...)": the importer's time, without the app's boot and migrations.
      const match = /^Imported (\d+) sites? in ([\d.]+) s/m.exec(out);
      if (!match) return reject(new Error(`import printed no summary:\n${out.slice(-2000)}`));
      resolve({ sites: Number(match[1]), importerSeconds: Number(match[2]), wallSeconds: (performance.now() - started) / 1000, report: out });
    });
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Generated dumps, for a clone without ../shared/data: three sites of questions and answers in the data-dump XML
// format, made of pseudo-random English words (deterministic), with a few long threads (the thread page wants about
// 20 replies and an accepted answer).

const WORDS = (
  'account api batch browser cache campaign client config connect contact cookie csv dashboard data date delay domain ' +
  'duplicate email error event export field filter form import inbox integration invoice key lead limit list login ' +
  'mailbox mapping merge message migration mobile owner page password payment pipeline plan portal queue quota record ' +
  'region report request retry role rule schedule score search segment sender server session setting signature source ' +
  'stage status subscriber sync tag task team template timezone token trigger upload user webhook widget workflow zone'
).split(' ');
const VERBS = 'add allow block break change check create delete edit fail fix hide import load map merge move open reset save send set show sync update'.split(
  ' ',
);

function rng(seed) {
  // mulberry32: small, fast and the same on every machine.
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const escapeXml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/\n/g, '&#xA;');

function generateSite(dir, seed, questions) {
  const random = rng(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const sentence = (n) => {
    const words = Array.from({ length: n }, () => (random() < 0.2 ? pick(VERBS) : pick(WORDS)));
    return words[0][0].toUpperCase() + words.join(' ').slice(1) + '.';
  };
  const paragraph = () => `<p>${Array.from({ length: 2 + Math.floor(random() * 4) }, () => sentence(6 + Math.floor(random() * 10))).join(' ')}</p>\n`;
  const body = () => Array.from({ length: 1 + Math.floor(random() * 3) }, paragraph).join('');
  const users = 400;
  const date = (i) => new Date(Date.UTC(2020, 0, 1) + i * 3_600_000).toISOString().replace('Z', '');
  const rows = [];
  let id = 1;
  for (let q = 0; q < questions; q++) {
    const qid = id++;
    // One question in fifty is a long thread, the rest have zero to five answers.
    const answers = q % 50 === 7 ? 22 + Math.floor(random() * 10) : Math.floor(random() * 6);
    const answerIds = Array.from({ length: answers }, () => id++);
    const accepted = answers && random() < 0.6 ? pick(answerIds) : null;
    const title = `How do I ${pick(VERBS)} the ${pick(WORDS)} ${pick(WORDS)} when the ${pick(WORDS)} ${pick(VERBS)}s?`;
    const tags = [pick(WORDS), pick(WORDS)].map((t) => `&lt;${t}&gt;`).join('');
    rows.push(
      `  <row Id="${qid}" PostTypeId="1"${accepted ? ` AcceptedAnswerId="${accepted}"` : ''} CreationDate="${date(qid)}" Body="${escapeXml(body())}" ` +
        `OwnerUserId="${1 + Math.floor(random() * users)}" Title="${escapeXml(title)}" Tags="${tags}" />`,
    );
    for (const aid of answerIds) {
      rows.push(
        `  <row Id="${aid}" PostTypeId="2" ParentId="${qid}" CreationDate="${date(aid)}" Body="${escapeXml(body())}" OwnerUserId="${1 + Math.floor(random() * users)}" />`,
      );
    }
  }
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'Posts.xml'), `<?xml version="1.0" encoding="utf-8"?>\n<posts>\n${rows.join('\n')}\n</posts>\n`);
  const userRows = Array.from(
    { length: users },
    (_, i) => `  <row Id="${i + 1}" DisplayName="${escapeXml(`${pick(WORDS)} ${pick(WORDS)} ${i + 1}`)}" CreationDate="${date(i)}" />`,
  );
  writeFileSync(join(dir, 'Users.xml'), `<?xml version="1.0" encoding="utf-8"?>\n<users>\n${userRows.join('\n')}\n</users>\n`);
}

/** Writes three generated sites (about 14,000 posts, like the shared data) under `folder`; answers the folder. */
export function generateDumps(folder) {
  ['generated-billing', 'generated-integrations', 'generated-reporting'].forEach((site, i) => generateSite(join(folder, site), 1000 + i, 1200));
  return folder;
}

export function dumpsAvailable(folder) {
  return existsSync(folder);
}

// ---------------------------------------------------------------------------------------------------------------
// Synthetic copies. Every thread present (the imported ones) is copied as often as needed for `extraPosts` more
// posts (whole copies, then part of one: threads in a fixed pseudo-random order until the posts are reached), with new
// ids, in the same forum, by the same authors, copy k dated k × 30 days earlier, its title suffixed " (synthetic k)"
// and its imported_from set to "synthetic:k:<source key>". Posts, their revisions, votes and mentions and the accepted
// answers come along; references to threads and posts (found from the foreign keys, so new columns come along too)
// point to the copies. Counters: threads keep their originals' (their posts are copied exactly), forums are recounted
// with the statement of counters.repository.ts; users keep no stored counters. An outbox row per new thread: the
// product's search worker indexes the copies exactly as it indexes any thread.

const COPIED_TABLES = ['threads', 'posts', 'post_revisions', 'post_votes', 'post_mentions', 'accepted_answers'];
const MAPPED = { threads: 'bench_thread_map', posts: 'bench_post_map' };

/** Columns of a table, and for each the table its single-column foreign key points to (threads, posts, ...). */
async function columnsOf(db, table) {
  const { rows } = await db.query(
    `SELECT a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type,
            (SELECT c.confrelid::regclass::text FROM pg_constraint c
              WHERE c.conrelid = a.attrelid AND c.contype = 'f' AND c.conkey = ARRAY[a.attnum]::int2[] LIMIT 1) AS refers_to
       FROM pg_attribute a
      WHERE a.attrelid = $1::regclass AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
      ORDER BY a.attnum`,
    [table],
  );
  return rows;
}

/** The SELECT list copying `alias`'s row of `table` for copy `m.k`. */
function copyExpressions(table, columns, alias, overrides) {
  return columns.map((c) => {
    if (overrides[c.name]) return overrides[c.name];
    const source = `${alias}.${c.name}`;
    // Composite keys (accepted_answers' (post_id, thread_id)) name each column too: map by column name as well.
    const target = c.refers_to ?? (c.name === 'thread_id' ? 'threads' : c.name === 'post_id' ? 'posts' : null);
    if (target && MAPPED[target]) return `(SELECT x.new_id FROM ${MAPPED[target]} x WHERE x.old_id = ${source} AND x.k = m.k)`;
    if (c.type === 'timestamp with time zone') return `${source} - m.shift`;
    return source;
  });
}

/** Copies the data until it holds `extraPosts` more posts, in one transaction. Answers what it wrote. `db`: a pg client. */
export async function multiply(db, extraPosts) {
  const started = performance.now();
  const [{ posts }] = (await db.query(`SELECT count(*)::int AS posts FROM posts`)).rows;
  const whole = Math.floor(extraPosts / posts);
  const rest = extraPosts - whole * posts;
  await db.query('BEGIN');
  try {
    // The big joins look expensive to the planner, and JIT compiling them takes longer than running them.
    await db.query('SET LOCAL jit = off');
    // Numbers written into the statement: CREATE TABLE AS takes no bind parameters.
    await db.query(
      `CREATE TEMP TABLE bench_thread_map ON COMMIT DROP AS
         SELECT id AS old_id, gen_random_uuid() AS new_id, k, make_interval(days => 30 * k) AS shift
           FROM (SELECT t.id, k FROM threads t CROSS JOIN generate_series(1, ${whole}) AS k
                 UNION ALL
                 -- The part copy: threads until their posts reach the rest (the last one may pass it).
                 SELECT id, ${whole + 1} FROM (
                   SELECT c.thread_id AS id, sum(c.n) OVER (ORDER BY md5(c.thread_id::text)) - c.n AS before
                     FROM (SELECT thread_id, count(*) AS n FROM posts GROUP BY thread_id) c) s
                  WHERE before < ${rest}) x`,
    );
    await db.query(`CREATE UNIQUE INDEX ON bench_thread_map (old_id, k)`);
    await db.query(`
      CREATE TEMP TABLE bench_post_map ON COMMIT DROP AS
        SELECT p.id AS old_id, gen_random_uuid() AS new_id, m.k, m.shift FROM posts p JOIN bench_thread_map m ON m.old_id = p.thread_id`);
    await db.query(`CREATE UNIQUE INDEX ON bench_post_map (old_id, k)`);
    await db.query(`ANALYZE bench_thread_map; ANALYZE bench_post_map`);

    const written = {};
    for (const table of COPIED_TABLES) {
      const columns = await columnsOf(db, table);
      const names = columns.map((c) => c.name);
      let from;
      const overrides = {};
      if (table === 'threads') {
        from = `threads t JOIN bench_thread_map m ON m.old_id = t.id`;
        overrides.id = 'm.new_id';
        overrides.title = `left(t.title, 200 - length(' (synthetic ' || m.k || ')')) || ' (synthetic ' || m.k || ')'`;
        overrides.imported_from = `'synthetic:' || m.k || ':' || coalesce(t.imported_from, t.id::text)`;
      } else if (table === 'posts') {
        from = `posts t JOIN bench_post_map pm ON pm.old_id = t.id JOIN bench_thread_map m ON m.old_id = t.thread_id AND m.k = pm.k`;
        overrides.id = 'pm.new_id';
        overrides.imported_from = `'synthetic:' || m.k || ':' || coalesce(t.imported_from, t.id::text)`;
      } else if (table === 'accepted_answers') {
        from = `accepted_answers t JOIN bench_thread_map m ON m.old_id = t.thread_id`;
      } else {
        // Rows of posts: one copy per copy of their post.
        from = `${table} t JOIN bench_post_map m ON m.old_id = t.post_id`;
        if (names.includes('id')) overrides.id = 'gen_random_uuid()';
      }
      const select = copyExpressions(table, columns, 't', overrides);
      const res = await db.query(`INSERT INTO ${table} (${names.join(', ')}) SELECT ${select.join(', ')} FROM ${from}`);
      written[table] = res.rowCount;
    }
    // Every forum's threads, posts and last activity from its rows: the product's own recount (its query() is the
    // pg client's), run inside this transaction.
    const forumIds = (await db.query(`SELECT id FROM forums`)).rows.map((r) => r.id);
    await dist('modules/threads/counters.repository.js').recountForums(db, forumIds);
    // What writeOutbox (platform/outbox) records for a changed thread: the worker rebuilds its document.
    const outbox = await db.query(`INSERT INTO outbox (topic, entity_id) SELECT 'thread', new_id FROM bench_thread_map ORDER BY k, old_id`);
    written.outbox = outbox.rowCount;
    await db.query('COMMIT');
    // Fresh planner statistics, as autovacuum would have them after such a load in a while.
    await db.query('ANALYZE');
    return { copies: Math.round((extraPosts / posts) * 100) / 100, written, seconds: (performance.now() - started) / 1000 };
  } catch (err) {
    await db.query('ROLLBACK').catch(() => undefined);
    throw err;
  }
}
