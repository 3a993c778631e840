import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createForum, createTicket, createUser, SAMPLE_FILES, uploadAttachment, type TestUser } from '../support/factories';
import { startTestApp, type TestApp } from '../support/test-app';

/** Hostile attachments: names that try to leave the upload folder or fake their type, content that tries to run. */
describe('ticket attachments under attack', () => {
  let t: TestApp;
  let root: string;
  let uploadsDir: string;
  let asker: TestUser;
  let forumId: string;
  let number: number;

  beforeAll(async () => {
    // The upload folder sits inside a folder of its own, so anything written beside it would show.
    root = mkdtempSync(join(tmpdir(), 'tl-uploads-sec-'));
    uploadsDir = join(root, 'uploads');
    mkdirSync(uploadsDir);
    t = await startTestApp({ UPLOADS_DIR: uploadsDir, POST_RATE_LIMIT_PER_MINUTE: '1000', POST_RATE_LIMIT_NEW_ACCOUNT_PER_MINUTE: '1000' });
    const staff = await createUser(t, { roles: ['STAFF'] });
    asker = await createUser(t);
    forumId = (await createForum(staff, { name: 'Hostile files' })).id;
  });
  // A ticket per case: each holds at most ten attachments.
  beforeEach(async () => {
    number = (await createTicket(asker, forumId)).number;
  });
  afterAll(async () => {
    await t.close();
    rmSync(root, { recursive: true, force: true });
  });

  async function attach(name: string, bytes: Uint8Array | string, type?: string) {
    const res = await uploadAttachment(t.url, asker.client, number, { name, bytes, type });
    expect(res.status).toBe(201);
    return res.body.data!.attachment;
  }

  /** A multipart upload written by hand, with the Content-Disposition parameters given. */
  async function rawUpload(filenameParam: string, bytes: Buffer) {
    const boundary = 'tl-raw-boundary';
    const body = Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; ${filenameParam}\r\nContent-Type: application/pdf\r\n\r\n`),
      bytes,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const res = await fetch(`${t.url}/api/tickets/${number}/attachments`, {
      method: 'POST',
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, 'x-threadline-csrf': '1', cookie: asker.client.cookie! },
      body,
    });
    expect(res.status).toBe(201);
    return ((await res.json()) as { data: { attachment: Record<string, any> } }).data.attachment;
  }

  async function download(path: string) {
    const res = await fetch(`${t.url}${path}`, { headers: { cookie: asker.client.cookie! } });
    return { status: res.status, headers: res.headers, text: await res.text() };
  }

  it('keeps path-traversal names as plain labels and stores every file under a random key inside the upload folder', async () => {
    const slash = await attach('../../x.png', SAMPLE_FILES.png);
    const backslash = await attach('..\\..\\windows\\evil.png', SAMPLE_FILES.png);
    const dotted = await attach('....//....//etc/passwd', SAMPLE_FILES.log);
    expect([slash.filename, backslash.filename, dotted.filename]).toEqual(['x.png', 'evil.png', 'passwd.txt']);
    // Nothing beside the upload folder; inside it, only random keys (no user-chosen name), readable by the owner alone.
    expect(readdirSync(root)).toEqual(['uploads']);
    const files = readdirSync(uploadsDir);
    expect(files.length).toBeGreaterThanOrEqual(3);
    for (const file of files) {
      expect(file).toMatch(/^[0-9a-f]{48}$/);
      expect(statSync(join(uploadsDir, file)).mode & 0o777).toBe(0o600);
    }
    expect(statSync(uploadsDir).mode & 0o777).toBe(0o700);
  });

  it('never lets a stored key point outside the upload folder', async () => {
    const { id } = await attach('fine.log', 'fine\n');
    await expect(t.db.query(`UPDATE ticket_attachments SET storage_key = '../../../etc/passwd' WHERE id = $1`, [id])).rejects.toThrow(
      /ticket_attachments_storage_key_check/,
    );
  });

  it('serves HTML disguised as text as a text download that no browser renders or sniffs', async () => {
    const html = '<!doctype html><html><body><script>fetch("/graphql",{method:"POST"})</script></body></html>\n';
    const page = await attach('page.html', html, 'text/html');
    expect(page).toMatchObject({ filename: 'page.html.txt', contentType: 'text/plain' });
    const svg = await attach('logo.svg', '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>', 'image/svg+xml');
    expect(svg).toMatchObject({ filename: 'logo.svg.txt', contentType: 'text/plain' });

    for (const file of [page, svg]) {
      const res = await download(file.downloadUrl);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/plain; charset=utf-8');
      expect(res.headers.get('content-disposition')).toBe(`attachment; filename=${file.filename}`);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('content-security-policy')).toBe("sandbox; default-src 'none'");
    }
    expect((await download(page.downloadUrl)).text).toBe(html);
  });

  it('serves a PNG with HTML appended (a polyglot) as an image download in a sandbox', async () => {
    const polyglot = Buffer.concat([SAMPLE_FILES.png, Buffer.from('<html><script>alert(document.cookie)</script></html>')]);
    const file = await attach('cute.html', polyglot, 'text/html');
    expect(file).toMatchObject({ filename: 'cute.html.png', contentType: 'image/png' });
    const res = await download(file.downloadUrl);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename=cute.html.png');
    expect(res.headers.get('content-security-policy')).toBe("sandbox; default-src 'none'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('shows a name for what it is: no right-to-left tricks, no control characters, no header injection', async () => {
    const rtl = await attach('invoice\u202Egnp.exe', SAMPLE_FILES.png);
    expect(rtl.filename).toBe('invoicegnp.exe.png');
    // Quotes and line breaks in the name itself (RFC 5987 `filename*`, which a hand-made request can send).
    const injected = await rawUpload(`filename*=UTF-8''${encodeURIComponent('report";\r\nX-Injected: yes\r\n.pdf')}`, SAMPLE_FILES.pdf);
    expect(injected.filename).toBe('report_; X-Injected_ yes .pdf');
    const res = await download(injected.downloadUrl);
    expect(res.status).toBe(200);
    expect(res.headers.get('x-injected')).toBeNull();
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="report_; X-Injected_ yes .pdf"');
    const long = await attach(`${'x'.repeat(5000)}.log`, 'long name\n');
    expect(long.filename).toBe(`${'x'.repeat(196)}.log`);
  });

  it('refuses programs whatever their name and claimed type, and stores nothing for them', async () => {
    const before = readdirSync(uploadsDir).length;
    for (const [name, bytes] of [
      ['screenshot.png', SAMPLE_FILES.elf],
      ['log.txt', SAMPLE_FILES.elf],
      ['invoice.pdf', SAMPLE_FILES.exe],
    ] as const) {
      const res = await uploadAttachment(t.url, asker.client, number, { name, bytes, type: 'image/png' });
      expect(res.status).toBe(400);
      expect(res.body.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'file' });
      expect(res.body.errors![0].message).toMatch(/^This file cannot be attached \(its content is a program\)/);
    }
    expect(readdirSync(uploadsDir).length).toBe(before);
  });

  it('refuses a cross-site form post: the session cookie alone does not upload', async () => {
    const before = readdirSync(uploadsDir).length;
    const res = await uploadAttachment(t.url, asker.client, number, { name: 'csrf.png', bytes: SAMPLE_FILES.png }, { csrf: false });
    expect(res.status).toBe(403);
    expect(res.body.errors![0].extensions).toEqual({ code: 'FORBIDDEN', reason: 'CSRF_HEADER_REQUIRED' });
    expect(readdirSync(uploadsDir).length).toBe(before);
  });
});
