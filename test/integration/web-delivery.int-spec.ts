import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { startTestApp, type TestApp } from '../support/test-app';

const builtDist = join(__dirname, '..', '..', 'web', 'dist');
const YEAR_IMMUTABLE = 'public, max-age=31536000, immutable';

interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** One HTTP request with the bytes as sent (fetch would decode Content-Encoding and hide it). */
function raw(url: string, opts: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { method: opts.method ?? 'GET', headers: opts.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(opts.body);
  });
}

describe('delivering the SPA', () => {
  let t: TestApp;
  let scripts: string[];
  let stylesheets: string[];

  beforeAll(async () => {
    t = await startTestApp({ WEB_DIST: builtDist });
    const index = readFileSync(join(builtDist, 'index.html'), 'utf8');
    // The entry script and the modules it preloads; the stylesheets of pages loaded on demand (the entry's own
    // stylesheet is inlined into index.html).
    scripts = [...index.matchAll(/(?:src|href)="(\/assets\/[^"]+\.js)"/g)].map((m) => m[1]);
    stylesheets = readdirSync(join(builtDist, 'assets'))
      .filter((file) => file.endsWith('.css'))
      .map((file) => `/assets/${file}`);
  });
  afterAll(() => t.close());

  it('sends JavaScript and CSS compressed with brotli, or gzip for clients without it', async () => {
    expect(scripts.length).toBeGreaterThan(0);
    expect(stylesheets.length).toBeGreaterThan(0);
    // compression() leaves bodies under its 1 kB threshold as they are (the smallest shared chunks).
    const compressible = [...scripts, ...stylesheets].filter((asset) => readFileSync(join(builtDist, asset)).length >= 1024);
    expect(compressible.length).toBeGreaterThan(2);
    for (const asset of compressible) {
      const original = readFileSync(join(builtDist, asset));
      const br = await raw(`${t.url}${asset}`, { headers: { 'accept-encoding': 'gzip, deflate, br' } });
      expect([asset, br.headers['content-encoding']]).toEqual([asset, 'br']);
      expect(br.headers.vary).toBe('Accept-Encoding');
      expect(brotliDecompressSync(br.body).equals(original)).toBe(true);
      const gzip = await raw(`${t.url}${asset}`, { headers: { 'accept-encoding': 'gzip' } });
      expect([asset, gzip.headers['content-encoding']]).toEqual([asset, 'gzip']);
      expect(gunzipSync(gzip.body).equals(original)).toBe(true);
    }
    const main = scripts.map((s) => readFileSync(join(builtDist, s)).length).reduce((a, b) => Math.max(a, b));
    expect(main).toBeGreaterThan(10_000);
  });

  it('lets browsers keep hashed assets for a year without asking', async () => {
    for (const asset of [...scripts, ...stylesheets]) {
      const res = await raw(`${t.url}${asset}`);
      expect([asset, res.status, res.headers['cache-control']]).toEqual([asset, 200, YEAR_IMMUTABLE]);
    }
  });

  it('makes browsers revalidate index.html, at / and at every client route, and answers 304 when unchanged', async () => {
    const index = readFileSync(join(builtDist, 'index.html'));
    for (const path of ['/', '/index.html', '/f/some-forum', '/t/some-thread/42', '/favicon.svg']) {
      const res = await raw(`${t.url}${path}`);
      expect([path, res.status, res.headers['cache-control']]).toEqual([path, 200, 'no-cache']);
      if (path !== '/favicon.svg') expect(res.body.equals(index)).toBe(true);
    }
    const first = await raw(`${t.url}/f/some-forum`);
    expect(first.headers.etag).toBeTruthy();
    const again = await raw(`${t.url}/f/some-forum`, { headers: { 'if-none-match': first.headers.etag! } });
    expect(again.status).toBe(304);
  });

  it('answers a missing hashed asset with 404, not with index.html', async () => {
    const res = await raw(`${t.url}/assets/index-gone1234.js`);
    expect(res.status).toBe(404);
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
  });

  it('keeps GraphQL responses out of shared caches, and compresses large ones', async () => {
    const query = JSON.stringify({ query: '{ forums { id name description } }' });
    const res = await raw(`${t.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'accept-encoding': 'br' }, body: query });
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    const get = await raw(`${t.url}/graphql?query=${encodeURIComponent('{ __typename }')}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(get.status).toBe(200);
    expect(get.headers['cache-control']).toBe('no-store');
    // Introspection (on outside production) answers with every type: well over the 1 KB compression threshold.
    const big = JSON.stringify({ query: '{ __schema { types { name } } }' });
    const compressed = await raw(`${t.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'accept-encoding': 'br' }, body: big });
    expect(compressed.headers['content-encoding']).toBe('br');
    const types = JSON.parse(brotliDecompressSync(compressed.body).toString('utf8')).data.__schema.types as Array<{ name: string }>;
    expect(types.map((type) => type.name)).toContain('Thread');
  });
});
