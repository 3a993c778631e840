// The targets of issue 12 (on a 2-core machine at 32 connections), whether this run met them, and the Markdown table.

const RSS_TARGET_MB = 300;

/** The memory breakdown after the run with the highest RSS (older results have none). */
function memoryAtMax(results) {
  const runs = results.scenarios.map((s) => s.product).filter((p) => p.serverMemoryMb);
  if (!runs.length) return '';
  const top = runs.reduce((a, b) => (b.serverRssMb > a.serverRssMb ? b : a));
  const m = top.serverMemoryMb;
  const other = m.rss - m.heapTotal - m.external;
  return ` (right after that run: RSS ${m.rss} MB = V8 heap ${m.heapTotal} MB, ${m.heapUsed} MB of it in use; external ${m.external} MB, ${m.arrayBuffers} MB of it array buffers; the rest, ${other} MB: code, stacks, worker threads, malloc)`;
}

/** Each scenario's target as words and as a check of its figures (null: no target). */
const TARGETS = {
  threadAnonymous: { text: '≥ 1,500 req/s, p99 ≤ 60 ms', met: (p) => p.requestsPerSecond >= 1500 && p.latencyMs.p99 <= 60 },
  threadSignedIn: { text: '≥ 40% of limit, p99 ≤ 60 ms', met: (p, l) => p.requestsPerSecond >= 0.4 * l.requestsPerSecond && p.latencyMs.p99 <= 60 },
  forumThreads: { text: '≥ 1,500 req/s', met: (p) => p.requestsPerSecond >= 1500 },
  latest: { text: '≥ 1,500 req/s', met: (p) => p.requestsPerSecond >= 1500 },
  search: { text: 'p95 ≤ 25 ms', met: (p) => p.latencyMs.p95 <= 25 },
  searchSignedIn: { text: 'p95 ≤ 25 ms', met: (p) => p.latencyMs.p95 <= 25 },
  similarThreads: { text: 'p95 ≤ 25 ms', met: (p) => p.latencyMs.p95 <= 25 },
  createReply: { text: '≥ 300/s, counters exact', met: (p, _l, r) => p.requestsPerSecond >= 300 && r.counters.exact },
};

/** met / missed per target, with a word on why when missed; errors under load miss any target. */
export function evaluate(results) {
  const rows = {};
  for (const s of results.scenarios) {
    const target = TARGETS[s.key];
    if (!target) continue;
    const ok = target.met(s.product, s.limit, results) && s.product.errors === 0;
    rows[s.key] = { target: target.text, met: ok };
  }
  rows.import = { target: '≥ 5,000 posts/s', met: results.import.postsPerSecond >= 5000 };
  rows.indexLag = { target: 'p95 ≤ 1 s', met: results.indexLag.p95 <= 1000 };
  rows.serverRss = { target: `≤ ${RSS_TARGET_MB} MB`, met: results.serverRssMaxMb <= RSS_TARGET_MB };
  rows.counters = { target: 'exact after the writes', met: results.counters.exact };
  return rows;
}

const n = (x) => (x === null || x === undefined ? '–' : x.toLocaleString('en-US'));
const met = (row) => (row ? (row.met ? 'met' : '**missed**') : '–');

export function formatReport(results) {
  const { machine, options, evaluation } = results;
  const lines = [
    `## Threadline bench, ${results.mode} mode, ${results.at} (${Math.round(results.wallSeconds)} s)`,
    '',
    `${machine.cpus} CPUs (${machine.cpuModel}), ${machine.memoryGb} GB, ${machine.platform}, node ${machine.node}; ` +
      `${options.connections} connections, ${options.durationSeconds} s per scenario after ${options.warmupSeconds} s of warm-up; ` +
      `load generator, server, PostgreSQL (${results.services.postgres}) and Meilisearch (${results.services.meilisearch}) on the same machine.`,
    '',
    `Data: ${results.import.source === 'generated' ? '**generated dumps** (no Stack Exchange data found)' : `${results.import.sites} Stack Exchange sites`}, ` +
      `${n(results.import.posts)} posts imported, plus ${n(results.synthetic.written.posts)} synthetic copies (×${results.synthetic.copies}): ${n(results.totals.posts)} posts in ` +
      `${n(results.totals.threads)} threads, ${n(results.totals.indexedDocuments)} search documents. Thread page: "${results.thread.title}" ` +
      `(${results.thread.replyCount} replies, accepted answer).`,
    '',
    '| scenario | req/s | p50 ms | p95 ms | p99 ms | errors | SQL/req | RSS MB | limit req/s | ratio | target | met |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |',
  ];
  for (const s of results.scenarios) {
    const p = s.product;
    const limit = s.limit;
    // Throughput against the limit's throughput; for the search cases, where the target is latency, p95 too.
    const ratio = limit
      ? `${(p.requestsPerSecond / limit.requestsPerSecond).toFixed(2)}` +
        (s.key === 'search' || s.key === 'searchSignedIn' || s.key === 'similarThreads' ? ` (p95 ${limit.latencyMs.p95} ms)` : '')
      : '–';
    const row = evaluation[s.key];
    lines.push(
      `| ${s.label} | ${n(p.requestsPerSecond)} | ${p.latencyMs.p50} | ${p.latencyMs.p95} | ${p.latencyMs.p99} | ${n(p.errors)} | ${p.sqlPerRequest} | ${p.serverRssMb} | ` +
        `${limit ? n(limit.requestsPerSecond) : '–'} | ${ratio} | ${row?.target ?? '–'} | ${met(row)} |`,
    );
  }
  lines.push(
    '',
    '| other | figure | target | met |',
    '| --- | --- | --- | --- |',
    `| import (the importer's own time) | ${n(results.import.postsPerSecond)} posts/s (${n(results.import.posts)} posts in ${results.import.importerSeconds} s; ${results.import.wallSeconds} s with boot) | ${evaluation.import.target} | ${met(evaluation.import)} |`,
    `| new text searchable: from a createThread / replyToThread answer to the first search that finds it (${results.indexLag.samples} writes) | p50 ${n(results.indexLag.p50)} ms, p95 ${n(results.indexLag.p95)} ms, max ${n(results.indexLag.max)} ms | ${evaluation.indexLag.target} | ${met(evaluation.indexLag)} |`,
    `| server RSS, max over the runs | ${results.serverRssMaxMb} MB${memoryAtMax(results)} | ${evaluation.serverRss.target} | ${met(evaluation.serverRss)} |`,
    `| counters after the writes (${n(results.counters.checked.threads)} threads, ${results.counters.checked.forums} forums) | ${results.counters.exact ? 'equal to COUNT(*)' : 'DIFFERENT from COUNT(*)'} | ${evaluation.counters.target} | ${met(evaluation.counters)} |`,
    `| synthetic copies (SQL) | ${n(results.synthetic.written.posts)} posts in ${results.synthetic.seconds} s | – | – |`,
    `| search worker | imported threads in ${results.index.importedSeconds} s; ${n(results.synthetic.written.threads)} copies in ${results.index.syntheticSeconds} s (${n(results.index.syntheticThreadsPerSecond)} threads/s) | – | – |`,
  );
  lines.push(
    '',
    'Limits: the thread page by one hand-written SQL statement (JSON aggregation) in a bare `node:http` process, with the same viewer; ' +
      "search and similarThreads by Meilisearch queried directly (the product's parameters and ranking code, no PostgreSQL) from a bare `node:http` process. " +
      "Ratio: our req/s ÷ the limit's. SQL/req: statements requests issued through the app's pool (BENCH_METRICS=1), divided by requests.",
  );
  if (results.warnings.length) lines.push('', ...results.warnings.map((w) => `**Warning:** ${w}`));
  return lines.join('\n');
}
