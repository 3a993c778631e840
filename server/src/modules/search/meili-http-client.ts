import http from 'node:http';
import https from 'node:https';

/** Meilisearch's error answer, kept as the cause the client wraps (`err.cause.code`, e.g. `index_not_found`). */
export class MeiliHttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string | undefined,
    message: string,
  ) {
    super(message);
    this.name = 'MeiliHttpError';
  }
}

const agents = { 'http:': new http.Agent({ keepAlive: true }), 'https:': new https.Agent({ keepAlive: true }) };

/**
 * The Meilisearch client's `httpClient`: node:http with keep-alive instead of Node's fetch (undici). Measured here,
 * fetch stalls about 40 ms on every answer over ~2 KB from Meilisearch (a search page, a multi-search), which alone
 * would spend the whole 25 ms budget of a search; node:http answers the same request in 1.5–5 ms.
 *
 * The timeout is ours (`req.setTimeout`), not the client's `timeout` option: the client adds an abort listener to the
 * one signal a task wait shares across its polls and never removes it (a leak Node warns about). A signal the client
 * passes anyway (a task wait's own deadline) is still honoured.
 */
export function meiliHttpClient(timeoutMs: number) {
  return (input: URL | RequestInfo, init?: RequestInit) => request(input, init, timeoutMs);
}

function request(input: URL | RequestInfo, init: RequestInit | undefined, timeoutMs: number): Promise<unknown> {
  const url = new URL(typeof input === 'string' || input instanceof URL ? input : input.url);
  const transport = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    // The client reuses one signal across a task's polls: listen once per request and let go when it ends (passing
    // the signal to http.request would leave a listener behind on each kept-alive request).
    const signal = init?.signal;
    if (signal?.aborted) return reject(new MeiliHttpError(0, undefined, 'Meilisearch request aborted'));
    const onAbort = () => req.destroy(new MeiliHttpError(0, undefined, 'Meilisearch request timed out'));
    const done = () => signal?.removeEventListener('abort', onAbort);
    const req = transport.request(
      url,
      {
        method: init?.method ?? 'GET',
        headers: Object.fromEntries(new Headers(init?.headers).entries()),
        agent: agents[url.protocol as 'http:' | 'https:'],
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('error', (err) => {
          done();
          reject(err);
        });
        res.on('end', () => {
          done();
          const text = Buffer.concat(chunks).toString('utf8');
          let body: unknown;
          try {
            body = text === '' ? undefined : JSON.parse(text);
          } catch {
            return reject(new MeiliHttpError(res.statusCode ?? 0, undefined, `Meilisearch answered ${res.statusCode} with a body that is not JSON`));
          }
          if ((res.statusCode ?? 500) >= 400) {
            const e = (body ?? {}) as { code?: string; message?: string };
            return reject(new MeiliHttpError(res.statusCode ?? 0, e.code, `Meilisearch ${res.statusCode}: ${e.message ?? text.slice(0, 200)}`));
          }
          resolve(body);
        });
      },
    );
    req.setTimeout(timeoutMs, () => req.destroy(new MeiliHttpError(0, undefined, `Meilisearch did not answer within ${timeoutMs} ms`)));
    req.on('error', (err) => {
      done();
      reject(err);
    });
    signal?.addEventListener('abort', onAbort, { once: true });
    req.end(typeof init?.body === 'string' ? init.body : undefined);
  });
}
