// The load generator, in a process of its own (forked by bench/run.mjs), so that the bench's own bookkeeping never
// shares an event loop with it. Each message is one autocannon run; the answer holds exact latency percentiles (from
// every response, since autocannon's summary has no p95) and the responses that were errors: non-2xx, connection
// errors and timeouts, and 2xx answers whose body carries GraphQL `errors` (autocannon cannot see those itself).
import autocannon from 'autocannon';

const percentile = (sorted, p) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] : null);
const round = (ms) => (ms === null ? null : Math.round(ms * 10) / 10);

/**
 * One run: `bodies` are used in turn (one per request); `{{n}}` in a body becomes a number unique to this process,
 * so that writes (replies) differ from each other.
 */
function run({ url, connections, duration, headers = {}, bodies, method = 'POST' }) {
  return new Promise((resolve, reject) => {
    const latencies = [];
    const errorSamples = [];
    let graphqlErrors = 0;
    let next = 0;
    const body = () => {
      const b = bodies[next++ % bodies.length];
      return b.includes('{{n}}') ? b.replaceAll('{{n}}', `${process.pid}-${next}`) : b;
    };
    const instance = autocannon(
      {
        url,
        connections,
        duration,
        headers: { 'content-type': 'application/json', ...headers },
        requests: [
          {
            method,
            setupRequest: (req) => (method === 'POST' ? { ...req, body: body() } : req),
            onResponse: (status, text) => {
              // A JSON-encoded body holds `"errors":` unescaped only as the GraphQL response's own key.
              if (status >= 200 && status < 300 && text.includes('"errors":')) {
                graphqlErrors++;
                if (errorSamples.length < 3) errorSamples.push(text.slice(0, 300));
              } else if ((status < 200 || status >= 300) && errorSamples.length < 3) {
                errorSamples.push(`HTTP ${status}: ${text.slice(0, 300)}`);
              }
            },
          },
        ],
      },
      (err, r) => {
        if (err) return reject(err);
        latencies.sort((a, b) => a - b);
        resolve({
          requests: r.requests.total,
          seconds: r.duration,
          requestsPerSecond: Math.round(r.requests.total / r.duration),
          latencyMs: {
            p50: round(percentile(latencies, 0.5)),
            p95: round(percentile(latencies, 0.95)),
            p99: round(percentile(latencies, 0.99)),
            max: round(latencies[latencies.length - 1] ?? null),
          },
          errors: r.non2xx + r.errors + r.timeouts + graphqlErrors,
          errorDetail: { non2xx: r.non2xx, connection: r.errors, timeouts: r.timeouts, graphql: graphqlErrors },
          errorSamples,
          bytesPerResponse: r.requests.total ? Math.round(r.throughput.total / r.requests.total) : 0,
        });
      },
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
}

process.on('message', async ({ id, options }) => {
  try {
    process.send({ id, result: await run(options) });
  } catch (err) {
    process.send({ id, error: err instanceof Error ? err.message : String(err) });
  }
});
process.on('disconnect', () => process.exit(0));
