import { join } from 'node:path';
import { createForum, createThread, createUser, type TestUser } from '../support/factories';
import { startTestApp, type TestApp } from '../support/test-app';

const builtDist = join(__dirname, '..', '..', 'web', 'dist');
const IMG_ATTRS = 'loading="lazy" decoding="async" referrerpolicy="no-referrer"';
const markdown = '![chart](https://img.example.com/chart.png) and ![pixel](http://tracker.example.net/p.gif)';

function cspDirective(csp: string | null, name: string): string | undefined {
  return csp
    ?.split(';')
    .map((d) => d.trim())
    .find((d) => d.startsWith(`${name} `));
}

async function renderedOpeningPost(t: TestApp, author: TestUser, forumId: string): Promise<string> {
  const thread = await createThread(author, forumId, { body: markdown });
  const { post } = await author.client.ok(`query($id: ID!) { post(id: $id) { bodyHtml } }`, { id: thread.openingPostId });
  return post.bodyHtml;
}

async function setUp(overrides: Record<string, string> = {}) {
  const t = await startTestApp({ WEB_DIST: builtDist, ...overrides });
  const staff = await createUser(t, { roles: ['STAFF'] });
  const author = await createUser(t);
  const forum = await createForum(staff);
  return { t, author, forumId: forum.id };
}

describe("readers' addresses and third-party images", () => {
  describe('without an image allow-list', () => {
    let s: Awaited<ReturnType<typeof setUp>>;
    beforeAll(async () => {
      s = await setUp();
    });
    afterAll(() => s.t.close());

    it('renders every post image lazy and without a Referer', async () => {
      expect(await renderedOpeningPost(s.t, s.author, s.forumId)).toBe(
        `<p><img src="https://img.example.com/chart.png" alt="chart" ${IMG_ATTRS} /> and <img src="https://tracker.example.net/p.gif" alt="pixel" ${IMG_ATTRS} /></p>\n`,
      );
    });

    it('sends Referrer-Policy: no-referrer with the page and the API', async () => {
      for (const path of ['/', '/t/a-thread', '/graphql?query=%7B__typename%7D']) {
        const res = await fetch(`${s.t.url}${path}`, { headers: { 'apollo-require-preflight': 'true' } });
        expect([path, res.status, res.headers.get('referrer-policy')]).toEqual([path, 200, 'no-referrer']);
      }
    });

    it('lets the page load images from https hosts only', async () => {
      const res = await fetch(`${s.t.url}/`);
      expect(cspDirective(res.headers.get('content-security-policy'), 'img-src')).toBe("img-src 'self' data: https:");
    });
  });

  describe('with IMAGE_HOSTS set', () => {
    let s: Awaited<ReturnType<typeof setUp>>;
    beforeAll(async () => {
      s = await setUp({ IMAGE_HOSTS: 'img.example.com,*.cdn.example.org' });
    });
    afterAll(() => s.t.close());

    it('keeps images from the listed hosts and turns the others into links', async () => {
      expect(await renderedOpeningPost(s.t, s.author, s.forumId)).toBe(
        `<p><img src="https://img.example.com/chart.png" alt="chart" ${IMG_ATTRS} /> and <a href="https://tracker.example.net/p.gif" rel="nofollow ugc noopener">pixel</a></p>\n`,
      );
      const { previewMarkdown } = await s.author.client.ok(`query($b: String!) { previewMarkdown(body: $b) }`, { b: '![x](https://eu.cdn.example.org/x.png)' });
      expect(previewMarkdown).toBe(`<p><img src="https://eu.cdn.example.org/x.png" alt="x" ${IMG_ATTRS} /></p>\n`);
    });

    it('lets the page load images from the listed hosts only, older posts included', async () => {
      const res = await fetch(`${s.t.url}/`);
      expect(cspDirective(res.headers.get('content-security-policy'), 'img-src')).toBe(
        "img-src 'self' data: https://img.example.com https://*.cdn.example.org",
      );
    });
  });
});
