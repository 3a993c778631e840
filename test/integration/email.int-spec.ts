import { MailService } from '../../server/src/modules/mail/mail.service';
import { createForum, createThread, createUser, type TestUser } from '../support/factories';
import { headerValue, linkIn, readMails } from '../support/mail';
import { startTestApp, UNLIMITED_POSTING, type TestApp } from '../support/test-app';

const PREFS = `{ myEmailPreferences { kind delivery } }`;
const UPDATE = `mutation($input: [EmailPreferenceInput!]!) { updateEmailPreferences(input: $input) { kind delivery } }`;
const UNSUBSCRIBE = `mutation($token: String!) { unsubscribe(token: $token) }`;

describe('email', () => {
  let t: TestApp;
  let staff: TestUser;
  let author: TestUser;
  let forum: { id: string };
  beforeAll(async () => {
    t = await startTestApp(UNLIMITED_POSTING);
    staff = await createUser(t, { roles: ['STAFF', 'MODERATOR'] });
    author = await createUser(t, { displayName: 'Ann <Author>' });
    forum = await createForum(staff);
  });
  afterAll(() => t.close());

  const mailsTo = (user: TestUser) => readMails(t.config.mailDir).filter((m) => m.to.includes(user.email));
  const drain = () => t.app.get(MailService).drain();
  const mention = (who: TestUser, title = 'Routing leads by state, again') =>
    createThread(author, forum.id, { title, body: `Hello @${who.handle}, **bold** advice & <script>alert(1)</script> here` });

  it('emails a mention once the worker runs, with a text and an HTML part, escaped, and a one-click unsubscribe', async () => {
    const reader = await createUser(t);
    await mention(reader, 'Printer <b>setup</b> & more');
    expect(mailsTo(reader)).toHaveLength(0);
    expect(await drain()).toBe(1);
    const [mail] = mailsTo(reader);
    expect(mail.subject).toBe('Ann <Author> mentioned you in “Printer <b>setup</b> & more”');
    expect(mail.text).toContain('Hello @');
    expect(mail.text).toContain('/t/');
    expect(mail.html).toContain('Ann &lt;Author&gt; mentioned you in “Printer &lt;b&gt;setup&lt;/b&gt; &amp; more”');
    expect(mail.html).toContain('<strong>bold</strong>');
    expect(mail.html).not.toContain('<script>');
    expect(headerValue(mail, 'List-Unsubscribe')).toMatch(/^<http:\/\/[^>]+\/api\/unsubscribe\?token=[^>]+>$/);
    expect(headerValue(mail, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
    expect(await drain()).toBe(0);
  });

  it('lists every notification kind with its default, and refuses an unknown kind naming the field', async () => {
    const reader = await createUser(t);
    const { myEmailPreferences } = await reader.client.ok(PREFS);
    expect(myEmailPreferences).toContainEqual({ kind: 'MENTION', delivery: 'IMMEDIATE' });
    expect(myEmailPreferences).toContainEqual({ kind: 'TICKET_REPLY', delivery: 'IMMEDIATE' });
    expect(myEmailPreferences).toContainEqual({ kind: 'GROUP_INVITATION', delivery: 'DAILY' });
    const err = await reader.client.error(UPDATE, {
      input: [
        { kind: 'MENTION', delivery: 'NEVER' },
        { kind: 'NOT_A_KIND', delivery: 'DAILY' },
      ],
    });
    expect(err.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.1.kind' });
    // Nothing of a refused update is saved.
    expect((await reader.client.ok(PREFS)).myEmailPreferences).toContainEqual({ kind: 'MENTION', delivery: 'IMMEDIATE' });
  });

  it('sends nothing for a kind set to NEVER', async () => {
    const reader = await createUser(t);
    await reader.client.ok(UPDATE, { input: [{ kind: 'MENTION', delivery: 'NEVER' }] });
    await mention(reader);
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM mail_outbox WHERE recipient_id = $1`, [reader.id]);
    expect(n).toBe(0);
    await drain();
    expect(mailsTo(reader)).toHaveLength(0);
  });

  it('collects a DAILY kind into the daily digest', async () => {
    const reader = await createUser(t);
    await reader.client.ok(UPDATE, { input: [{ kind: 'MENTION', delivery: 'DAILY' }] });
    await mention(reader, 'First thread for the digest');
    await mention(reader, 'Second thread for the digest');
    await drain();
    expect(mailsTo(reader)).toHaveLength(0);
    await t.app.get(MailService).queueDigests();
    await drain();
    const digests = mailsTo(reader);
    expect(digests).toHaveLength(1);
    expect(digests[0].subject).toBe('Threadline digest: 2 new notifications');
    expect(digests[0].text).toContain('mentioned you in “First thread for the digest”');
    expect(digests[0].text).toContain('mentioned you in “Second thread for the digest”');
    // The next digest starts where this one stopped.
    await t.app.get(MailService).queueDigests();
    await drain();
    expect(mailsTo(reader)).toHaveLength(1);
  });

  it('unsubscribes through the emailed link without signing in, and refuses a forged one', async () => {
    const reader = await createUser(t);
    await mention(reader);
    await drain();
    const token = new URL(linkIn(mailsTo(reader)[0], '/unsubscribe'), 'http://x').searchParams.get('token')!;
    const [, signature] = token.split('.');
    const forged = `${Buffer.from(`${reader.id}.TICKET_REPLY`).toString('base64url')}.${signature}`;
    const err = await t.client().error(UNSUBSCRIBE, { token: forged });
    expect(err.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token' });
    expect((await t.client().ok(UNSUBSCRIBE, { token })).unsubscribe).toEqual(['MENTION']);
    expect((await reader.client.ok(PREFS)).myEmailPreferences).toContainEqual({ kind: 'MENTION', delivery: 'NEVER' });
    expect((await reader.client.ok(PREFS)).myEmailPreferences).toContainEqual({ kind: 'TICKET_REPLY', delivery: 'IMMEDIATE' });
    await mention(reader);
    await drain();
    expect(mailsTo(reader)).toHaveLength(1);
  });

  it('unsubscribes with one click from the mail client (RFC 8058: a POST to the List-Unsubscribe address)', async () => {
    const reader = await createUser(t);
    await mention(reader);
    await drain();
    const oneClick = /^<http:\/\/[^/]+(\/api\/unsubscribe\?token=[^>]+)>$/.exec(headerValue(mailsTo(reader)[0], 'List-Unsubscribe'))![1];
    const forged = await fetch(`${t.url}${oneClick.replace(/.{4}$/, 'AAAA')}`, { method: 'POST' });
    expect(forged.status).toBe(400);
    const res = await fetch(`${t.url}${oneClick}`, { method: 'POST', body: 'List-Unsubscribe=One-Click' });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ unsubscribed: ['MENTION'] });
    expect((await reader.client.ok(PREFS)).myEmailPreferences).toContainEqual({ kind: 'MENTION', delivery: 'NEVER' });
  });

  it('never emails what the reader can no longer see: a thread hidden before the worker runs sends nothing', async () => {
    const reader = await createUser(t);
    const thread = await mention(reader, 'A thread about to be hidden');
    await staff.client.ok(`mutation($input: ModerateThreadInput!) { moderateThread(input: $input) { id } }`, {
      input: { threadId: thread.id, action: 'HIDE', reason: 'Spam' },
    });
    await drain();
    expect(mailsTo(reader)).toHaveLength(0);
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM mail_outbox WHERE recipient_id = $1`, [reader.id]);
    expect(n).toBe(0);
  });
});
