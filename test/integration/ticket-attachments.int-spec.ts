import { readdirSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { QueryCounter } from '../../server/src/platform/database/query-counter';
import { createForum, createTicket, createUser, SAMPLE_FILES, uploadAttachment, type TestUser } from '../support/factories';
import { startTestApp, type TestApp } from '../support/test-app';

/** Small limits, so "too large" is cheap to send. */
const MAX_BYTES = 64 * 1024;

const ATTACHMENTS = `query($n: Int!) {
  ticket(number: $n) { attachments { id filename contentType sizeBytes createdAt downloadUrl uploader { id } } }
}`;

/** Ticket attachments (issue 10): screenshots and logs, sniffed, stored under random names, for the ticket's readers only. */
describe('ticket attachments', () => {
  let t: TestApp;
  let uploadsDir: string;
  let staff: TestUser;
  let asker: TestUser;
  let otherMember: TestUser;
  let forumId: string;

  beforeAll(async () => {
    t = await startTestApp({
      UPLOAD_MAX_BYTES: String(MAX_BYTES),
      POST_RATE_LIMIT_PER_MINUTE: '1000',
      POST_RATE_LIMIT_NEW_ACCOUNT_PER_MINUTE: '1000',
    });
    // The test app's own folder, removed when it closes.
    uploadsDir = t.config.uploadsDir;
    staff = await createUser(t, { roles: ['STAFF'] });
    asker = await createUser(t);
    otherMember = await createUser(t);
    forumId = (await createForum(staff, { name: 'Attachment support' })).id;
  });
  afterAll(() => t.close());

  const upload = (who: TestUser | null, number: number | string, file: { name: string; bytes: Uint8Array | string; type?: string }, opts = {}) =>
    uploadAttachment(t.url, who?.client ?? null, number, file, opts);

  async function download(who: TestUser | null, path: string) {
    const res = await fetch(`${t.url}${path}`, { headers: who?.client.cookie ? { cookie: who.client.cookie } : {} });
    return { status: res.status, headers: res.headers, bytes: Buffer.from(await res.arrayBuffer()) };
  }

  /** The files in the upload folder: exactly the ones whose rows exist, and nothing half-written. */
  async function filesOnDiskMatchRows() {
    const rows: Array<{ storage_key: string }> = await t.db.query(`SELECT storage_key FROM ticket_attachments`);
    expect(readdirSync(uploadsDir).sort()).toEqual(rows.map((r) => r.storage_key).sort());
  }

  const refusal = (message: string | RegExp, code = 'BAD_USER_INPUT', extra: Record<string, unknown> = { field: 'file' }) => ({
    errors: [{ message: typeof message === 'string' ? message : expect.stringMatching(message), extensions: { code, ...extra } }],
  });

  it('attaches a screenshot, a PDF and a log from the requester and staff, and lists them on the ticket', async () => {
    const { number } = await createTicket(asker, forumId);
    const png = await upload(asker, number, { name: 'routing error.png', bytes: SAMPLE_FILES.png, type: 'image/png' });
    expect(png.status).toBe(201);
    expect(png.body.data!.attachment).toMatchObject({
      filename: 'routing error.png',
      contentType: 'image/png',
      sizeBytes: SAMPLE_FILES.png.length,
      uploaderId: asker.id,
      downloadUrl: `/api/tickets/${number}/attachments/${png.body.data!.attachment.id}`,
    });
    // The browser's claimed type is ignored: the content decides.
    const pdf = await upload(staff, number, { name: 'Runbook.pdf', bytes: SAMPLE_FILES.pdf, type: 'text/html' });
    expect(pdf.status).toBe(201);
    expect(pdf.body.data!.attachment.contentType).toBe('application/pdf');
    const log = await upload(asker, number, { name: 'router.log', bytes: SAMPLE_FILES.log });
    expect(log.body.data!.attachment.contentType).toBe('text/plain');

    const { ticket } = await asker.client.ok(ATTACHMENTS, { n: number });
    expect(ticket.attachments.map((a: any) => [a.filename, a.contentType, a.sizeBytes, a.uploader.id])).toEqual([
      ['routing error.png', 'image/png', SAMPLE_FILES.png.length, asker.id],
      ['Runbook.pdf', 'application/pdf', SAMPLE_FILES.pdf.length, staff.id],
      ['router.log', 'text/plain', SAMPLE_FILES.log.length, asker.id],
    ]);
    const { ticket: staffView } = await staff.client.ok(ATTACHMENTS, { n: number });
    expect(staffView.attachments).toEqual(ticket.attachments);
    const [row] = await t.db.query(`SELECT sha256, storage_key FROM ticket_attachments WHERE id = $1`, [png.body.data!.attachment.id]);
    expect(row.sha256).toBe(createHash('sha256').update(SAMPLE_FILES.png).digest('hex'));
    expect(row.storage_key).toMatch(/^[0-9a-f]{48}$/);
    await filesOnDiskMatchRows();
  });

  it('serves each file as a download with its sniffed type, the same bytes, and headers that keep browsers from rendering it', async () => {
    const { number } = await createTicket(asker, forumId);
    const png = (await upload(asker, number, { name: 'screen.png', bytes: SAMPLE_FILES.png })).body.data!.attachment;
    const log = (await upload(asker, number, { name: 'café log.txt', bytes: SAMPLE_FILES.log })).body.data!.attachment;

    for (const who of [asker, staff]) {
      const image = await download(who, png.downloadUrl);
      expect(image.status).toBe(200);
      expect(image.bytes.equals(SAMPLE_FILES.png)).toBe(true);
      expect(image.headers.get('content-type')).toBe('image/png');
      expect(image.headers.get('content-disposition')).toBe('attachment; filename=screen.png');
      expect(image.headers.get('x-content-type-options')).toBe('nosniff');
      expect(image.headers.get('content-security-policy')).toBe("sandbox; default-src 'none'");
      expect(image.headers.get('cache-control')).toBe('private, no-store');
    }
    const text = await download(asker, log.downloadUrl);
    expect(text.bytes.equals(SAMPLE_FILES.log)).toBe(true);
    expect(text.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(text.headers.get('content-disposition')).toBe(`attachment; filename="caf? log.txt"; filename*=UTF-8''caf%C3%A9%20log.txt`);
  });

  it('answers 404 to everyone else, and to an attachment asked for under another ticket', async () => {
    const { number } = await createTicket(asker, forumId);
    const mine = (await upload(asker, number, { name: 'mine.png', bytes: SAMPLE_FILES.png })).body.data!.attachment;
    const other = await createTicket(otherMember, forumId);
    const notFound = refusal('Ticket not found', 'NOT_FOUND', {});

    for (const who of [otherMember, null]) {
      expect(await upload(who, number, { name: 'x.png', bytes: SAMPLE_FILES.png })).toEqual({ status: 404, body: notFound });
      const res = await download(who, mine.downloadUrl);
      expect(res.status).toBe(404);
      expect(JSON.parse(res.bytes.toString())).toEqual(notFound);
    }
    // The other member's own ticket, with this attachment's id: not theirs to see.
    const crossed = await download(otherMember, `/api/tickets/${other.number}/attachments/${mine.id}`);
    expect(crossed.status).toBe(404);
    expect(JSON.parse(crossed.bytes.toString())).toEqual(refusal('Attachment not found', 'NOT_FOUND', {}));
    // The asker with a ticket of theirs and an id that is not on it, or not an id at all.
    const second = await createTicket(asker, forumId);
    expect((await download(asker, `/api/tickets/${second.number}/attachments/${mine.id}`)).status).toBe(404);
    expect((await download(asker, `/api/tickets/${number}/attachments/not-a-uuid`)).status).toBe(404);
    expect((await download(asker, `/api/tickets/99999999/attachments/${mine.id}`)).status).toBe(404);
    expect((await upload(asker, 'abc', { name: 'x.png', bytes: SAMPLE_FILES.png })).status).toBe(404);
    await filesOnDiskMatchRows();
  });

  it('refuses an executable renamed .png, other programs, and binary or NUL-laced "text"', async () => {
    const { number } = await createTicket(asker, forumId);
    const program = /^This file cannot be attached \(its content is a program\)/;
    expect(await upload(asker, number, { name: 'evil.png', bytes: SAMPLE_FILES.elf, type: 'image/png' })).toEqual({ status: 400, body: refusal(program) });
    expect(await upload(asker, number, { name: 'setup.pdf', bytes: SAMPLE_FILES.exe })).toEqual({ status: 400, body: refusal(program) });
    const nul = await upload(asker, number, { name: 'trace.log', bytes: 'line one\u0000line two' });
    expect(nul).toEqual({ status: 400, body: refusal(/neither a known file type nor UTF-8 text/) });
    const latin1 = await upload(asker, number, { name: 'old.log', bytes: Buffer.from('caf\xe9 au lait', 'latin1') });
    expect(latin1).toEqual({ status: 400, body: refusal(/neither a known file type nor UTF-8 text/) });
    expect(await upload(asker, number, { name: 'empty.log', bytes: '' })).toEqual({ status: 400, body: refusal('The file is empty') });
    const { ticket } = await asker.client.ok(ATTACHMENTS, { n: number });
    expect(ticket.attachments).toEqual([]);
    await filesOnDiskMatchRows();
  });

  it('refuses a file over the limit, whether its size was declared or streamed, and leaves nothing on disk', async () => {
    const { number } = await createTicket(asker, forumId);
    const tooLarge = refusal('The file is too large: attachments can be up to 64 KB');
    // Just over the limit: the declared length passes the envelope check, the stream is cut at the limit.
    const justOver = await upload(asker, number, { name: 'big.log', bytes: 'a'.repeat(MAX_BYTES + 1) });
    expect(justOver).toEqual({ status: 413, body: tooLarge });
    // Far over: refused from its Content-Length before a byte is read.
    const farOver = await upload(asker, number, { name: 'huge.log', bytes: 'a'.repeat(MAX_BYTES * 3) });
    expect(farOver).toEqual({ status: 413, body: tooLarge });
    // No length declared at all (chunked): cut off while it streams in.
    const boundary = 'tl-boundary-7d3f';
    const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="stream.log"\r\nContent-Type: text/plain\r\n\r\n`);
    const chunk = Buffer.alloc(16 * 1024, 0x61);
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent === 0) controller.enqueue(head);
        if (sent > MAX_BYTES * 4) {
          controller.enqueue(Buffer.from(`\r\n--${boundary}--\r\n`));
          controller.close();
          return;
        }
        sent += chunk.length;
        controller.enqueue(chunk);
      },
    });
    const res = await fetch(`${t.url}/api/tickets/${number}/attachments`, {
      method: 'POST',
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, 'x-threadline-csrf': '1', cookie: asker.client.cookie! },
      body,
      duplex: 'half',
    } as RequestInit);
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual(tooLarge);
    // Exactly at the limit is fine.
    expect((await upload(asker, number, { name: 'exact.log', bytes: 'b'.repeat(MAX_BYTES) })).status).toBe(201);
    await filesOnDiskMatchRows();
  });

  it('holds ten attachments per ticket, also when two arrive at once', async () => {
    const { number } = await createTicket(asker, forumId);
    for (let i = 1; i <= 9; i += 1) {
      expect((await upload(asker, number, { name: `part-${i}.log`, bytes: `line ${i}\n` })).status).toBe(201);
    }
    const both = await Promise.all([upload(asker, number, { name: 'a.log', bytes: 'a\n' }), upload(staff, number, { name: 'b.log', bytes: 'b\n' })]);
    expect(both.map((r) => r.status).sort()).toEqual([201, 400]);
    expect(both.find((r) => r.status === 400)!.body).toEqual(refusal('A ticket holds at most 10 attachments'));
    const eleventh = await upload(staff, number, { name: 'c.log', bytes: 'c\n' });
    expect(eleventh).toEqual({ status: 400, body: refusal('A ticket holds at most 10 attachments') });
    const { ticket } = await asker.client.ok(ATTACHMENTS, { n: number });
    expect(ticket.attachments).toHaveLength(10);
    await filesOnDiskMatchRows();
  });

  it('refuses uploads without the CSRF header, without a file, with two files, and on a closed ticket', async () => {
    const { number } = await createTicket(asker, forumId);
    const noHeader = await upload(asker, number, { name: 'x.png', bytes: SAMPLE_FILES.png }, { csrf: false });
    expect(noHeader).toEqual({
      status: 403,
      body: refusal('Uploads must come from the app (the X-Threadline-CSRF header is missing)', 'FORBIDDEN', { reason: 'CSRF_HEADER_REQUIRED' }),
    });

    const post = (form: FormData) =>
      fetch(`${t.url}/api/tickets/${number}/attachments`, { method: 'POST', body: form, headers: { 'x-threadline-csrf': '1', cookie: asker.client.cookie! } });
    const empty = new FormData();
    empty.append('note', 'no file here');
    const none = await post(empty);
    expect([none.status, await none.json()]).toEqual([400, refusal('Choose a file to attach')]);
    const two = new FormData();
    two.append('file', new Blob([SAMPLE_FILES.png]), 'one.png');
    two.append('file', new Blob([SAMPLE_FILES.png]), 'two.png');
    const twice = await post(two);
    expect([twice.status, await twice.json()]).toEqual([400, refusal('Attach one file per request')]);
    const json = await fetch(`${t.url}/api/tickets/${number}/attachments`, {
      method: 'POST',
      body: JSON.stringify({ file: 'x' }),
      headers: { 'content-type': 'application/json', 'x-threadline-csrf': '1', cookie: asker.client.cookie! },
    });
    expect([json.status, await json.json()]).toEqual([400, refusal('Send the file as multipart/form-data')]);

    await t.db.query(`UPDATE tickets SET status = 'CLOSED' WHERE number = $1`, [number]);
    const closed = await upload(asker, number, { name: 'late.png', bytes: SAMPLE_FILES.png });
    expect(closed).toEqual({
      status: 403,
      body: refusal('This ticket is closed: escalate the thread again or ask a new question for more help', 'FORBIDDEN', { reason: 'TICKET_CLOSED' }),
    });
    const { ticket } = await asker.client.ok(ATTACHMENTS, { n: number });
    expect(ticket.attachments).toEqual([]);
    await filesOnDiskMatchRows();
  });

  it('removes the file when its row is refused: the ticket closed while the file was streaming in', async () => {
    const { number } = await createTicket(asker, forumId);
    const boundary = 'tl-boundary-close';
    let finish!: () => void;
    const released = new Promise<void>((resolve) => (finish = resolve));
    const body = new ReadableStream<Uint8Array>({
      async start(controller) {
        controller.enqueue(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="late.log"\r\n\r\nfirst line\n`));
        await released;
        controller.enqueue(Buffer.from(`second line\n\r\n--${boundary}--\r\n`));
        controller.close();
      },
    });
    const response = fetch(`${t.url}/api/tickets/${number}/attachments`, {
      method: 'POST',
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, 'x-threadline-csrf': '1', cookie: asker.client.cookie! },
      body,
      duplex: 'half',
    } as RequestInit);
    // The server has checked the ticket and is writing the file: close the ticket before the file is complete.
    while (!readdirSync(uploadsDir).some((f) => f.endsWith('.part'))) await new Promise((r) => setTimeout(r, 10));
    await t.db.query(`UPDATE tickets SET status = 'CLOSED' WHERE number = $1`, [number]);
    finish();
    const res = await response;
    expect(res.status).toBe(403);
    expect(await res.json()).toEqual(
      refusal('This ticket is closed: escalate the thread again or ask a new question for more help', 'FORBIDDEN', { reason: 'TICKET_CLOSED' }),
    );
    await filesOnDiskMatchRows();
  });

  it('lists the attachments of many tickets in a number of SQL queries that does not grow with them', async () => {
    const requester = await createUser(t);
    const counter = t.app.get(QueryCounter);
    const measure = async () => {
      counter.reset();
      const { myTickets } = await requester.client.ok(`{ myTickets { number attachments { filename uploader { id } } } }`);
      return { count: counter.count, files: myTickets.map((k: any) => k.attachments.map((a: any) => a.filename)) };
    };
    const addTicketWithFiles = async (names: string[]) => {
      const { number } = await createTicket(requester, forumId);
      for (const name of names) expect((await upload(requester, number, { name, bytes: `${name}\n` })).status).toBe(201);
    };
    await addTicketWithFiles(['a.log']);
    await addTicketWithFiles(['b.log', 'c.log']);
    const two = await measure();
    expect(two.files).toEqual([['b.log', 'c.log'], ['a.log']]);
    await addTicketWithFiles(['d.log']);
    await addTicketWithFiles(['e.log', 'f.log', 'g.log']);
    const four = await measure();
    expect(four.files).toEqual([['e.log', 'f.log', 'g.log'], ['d.log'], ['b.log', 'c.log'], ['a.log']]);
    expect(four.count).toBe(two.count);
  });
});
