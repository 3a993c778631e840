import { connect } from 'node:net';
import { gzipSync } from 'node:zlib';
import { REQUEST_BODY_LIMIT_BYTES } from '../../server/src/platform/http/body-limit';
import { BODY_MAX, bodyProblem } from '../../server/src/modules/threads/domain/thread-rules';
import { createForum, createThread, createUser, reply, type TestUser } from '../support/factories';
import { startTestApp, UNLIMITED_POSTING, type TestApp } from '../support/test-app';

/** JSON with every non-ASCII UTF-16 unit escaped as \uXXXX: legal, and the most bytes a character can take. */
function escapedJson(value: unknown): string {
  return JSON.stringify(value).replace(/[\u0080-\uffff]/g, (unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A valid GraphQL request padded with JSON whitespace to exactly `bytes` bytes. */
function paddedTypenameRequest(bytes: number): string {
  const request = JSON.stringify({ query: '{ __typename }' });
  return request + ' '.repeat(bytes - Buffer.byteLength(request));
}

const TOO_LARGE = {
  errors: [
    { message: `Request body too large: the limit is ${REQUEST_BODY_LIMIT_BYTES.toLocaleString('en-US')} bytes`, extensions: { code: 'BAD_USER_INPUT' } },
  ],
};

describe('request body limit', () => {
  let t: TestApp;
  let author: TestUser;
  let forumId: string;

  beforeAll(async () => {
    // Posting limits have their own suite; these long posts come from one new account in quick succession.
    t = await startTestApp(UNLIMITED_POSTING);
    const staff = await createUser(t, { roles: ['STAFF'] });
    author = await createUser(t);
    forumId = (await createForum(staff)).id;
  });
  afterAll(() => t.close());

  async function bodySource(postId: string): Promise<string> {
    const { post } = await author.client.ok(`query($id: ID!) { post(id: $id) { bodySource } }`, { id: postId });
    return post.bodySource;
  }

  function post(body: string | Buffer | ReadableStream, headers: Record<string, string> = {}) {
    return fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
      ...(body instanceof ReadableStream ? { duplex: 'half' } : {}),
    } as RequestInit);
  }

  it('accepts a 50,000-character post in Chinese as a new thread and as a reply', async () => {
    const chinese = '论坛帖子'.repeat(BODY_MAX / 4);
    expect(chinese.length).toBe(BODY_MAX);
    // About 150 KB as UTF-8: the old 100 KB limit refused it with a bare {"statusCode":413}.
    expect(Buffer.byteLength(JSON.stringify({ body: chinese }))).toBeGreaterThan(150_000);
    const thread = await createThread(author, forumId, { body: chinese });
    expect(await bodySource(thread.openingPostId)).toBe(chinese);
    const answer = await reply(author, thread.id, chinese);
    expect(await bodySource(answer.id)).toBe(chinese);
  });

  it('accepts the longest valid posts with every character escaped as \\uXXXX', async () => {
    const thread = await createThread(author, forumId);
    // As many emoji as the thread rules allow, however they count characters.
    const emojiCount = [BODY_MAX, BODY_MAX / 2].find((n) => bodyProblem('😀'.repeat(n)) === null)!;
    for (const body of ['中'.repeat(BODY_MAX), '😀'.repeat(emojiCount)]) {
      const request = escapedJson({
        query: 'mutation($input: ReplyInput!) { replyToThread(input: $input) { id } }',
        variables: { input: { threadId: thread.id, body } },
      });
      expect(Buffer.byteLength(request)).toBeGreaterThanOrEqual(300_000);
      const res = await post(request, { cookie: author.client.cookie! });
      expect(res.status).toBe(200);
      const { data } = (await res.json()) as { data: { replyToThread: { id: string } } };
      expect(await bodySource(data.replyToThread.id)).toBe(body);
    }
  });

  it('parses a body of exactly the limit and refuses one byte more with a GraphQL-shaped 413', async () => {
    const atLimit = await post(paddedTypenameRequest(REQUEST_BODY_LIMIT_BYTES));
    expect(atLimit.status).toBe(200);
    expect(await atLimit.json()).toEqual({ data: { __typename: 'Query' } });

    const over = await post(paddedTypenameRequest(REQUEST_BODY_LIMIT_BYTES + 1));
    expect(over.status).toBe(413);
    expect(over.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(await over.json()).toEqual(TOO_LARGE);
  });

  it('refuses an oversize body sent in chunks, without a Content-Length, the same way', async () => {
    const chunk = new TextEncoder().encode(' '.repeat(64 * 1024));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent === 0) controller.enqueue(new TextEncoder().encode('{"query":"{ __typename }"}'));
        if (sent > REQUEST_BODY_LIMIT_BYTES) return controller.close();
        sent += chunk.length;
        controller.enqueue(chunk);
      },
    });
    const res = await post(stream);
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual(TOO_LARGE);
  });

  it('refuses a small gzip body that inflates past the limit with 413, not a 500', async () => {
    const bomb = gzipSync(paddedTypenameRequest(REQUEST_BODY_LIMIT_BYTES * 4));
    expect(bomb.length).toBeLessThan(10_000);
    const res = await post(bomb, { 'content-encoding': 'gzip' });
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual(TOO_LARGE);
  });

  it('answers malformed JSON and an unknown content encoding with GraphQL-shaped 4xx errors', async () => {
    const malformed = await post('{"query": ');
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toEqual({ errors: [{ message: 'The request body is not valid JSON', extensions: { code: 'BAD_USER_INPUT' } }] });
    const unknownEncoding = await post('{"query":"{ __typename }"}', { 'content-encoding': 'x-secret' });
    expect(unknownEncoding.status).toBe(415);
    expect(await unknownEncoding.json()).toEqual({
      errors: [{ message: 'Unsupported Content-Encoding for the request body', extensions: { code: 'BAD_USER_INPUT' } }],
    });
  });

  it('answers a declared oversize body at once and closes the connection instead of reading it', async () => {
    const { url } = t;
    const { port } = new URL(url);
    const started = Date.now();
    const { response, closedAfterMs } = await new Promise<{ response: string; closedAfterMs: number }>((resolve, reject) => {
      const socket = connect(Number(port), '127.0.0.1');
      let response = '';
      const giveUp = setTimeout(() => {
        socket.destroy();
        reject(new Error(`connection still open after 10 s; got ${JSON.stringify(response.slice(0, 200))}`));
      }, 10_000);
      socket.on('connect', () => {
        // Announces 100 MB and sends a few bytes: a server that waits for the rest hangs here.
        socket.write(`POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${100 * 1024 * 1024}\r\n\r\n{"query":`);
      });
      socket.on('data', (d) => (response += d.toString('utf8')));
      socket.on('error', reject);
      socket.on('close', () => {
        clearTimeout(giveUp);
        resolve({ response, closedAfterMs: Date.now() - started });
      });
    });
    expect(response.split('\r\n')[0]).toBe('HTTP/1.1 413 Payload Too Large');
    expect(response).toMatch(/\r\nconnection: close\r\n/i);
    expect(JSON.parse(response.slice(response.indexOf('\r\n\r\n') + 4))).toEqual(TOO_LARGE);
    expect(closedAfterMs).toBeLessThan(5_000);
  });
});
