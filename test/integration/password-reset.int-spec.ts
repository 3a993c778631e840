import { MailService } from '../../server/src/modules/mail/mail.service';
import { HOUR, MINUTE, SettableClock } from '../support/clock';
import { createUser, DEFAULT_PASSWORD, type TestUser } from '../support/factories';
import { linkIn, readMails } from '../support/mail';
import { startTestApp, type TestApp } from '../support/test-app';

const REQUEST = `mutation($e: String!) { requestPasswordReset(email: $e) }`;
const RESET = `mutation($input: ResetPasswordInput!) { resetPassword(input: $input) { user { id email } } }`;
const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { user { id } } }`;
const ME = `{ me { id } }`;
const NEW_PASSWORD = 'a brand new passphrase';

describe('password reset', () => {
  let t: TestApp;
  const clock = new SettableClock(new Date());
  beforeAll(async () => {
    t = await startTestApp({ AUTH_RATE_LIMIT_PER_MINUTE: '1000' }, { clock });
  });
  afterAll(() => t.close());

  const mailTo = (user: TestUser) => readMails(t.config.mailDir).filter((m) => m.to.includes(user.email));

  /** Asks for a link and sends the queued mail (as the worker would); answers the token from the emailed link. */
  async function emailedToken(user: TestUser): Promise<string> {
    await t.client().ok(REQUEST, { e: user.email.toUpperCase() });
    await t.app.get(MailService).drain();
    const link = linkIn(mailTo(user).at(-1)!, '/reset-password');
    return new URL(link, 'http://x').searchParams.get('token')!;
  }

  it('answers the same whether or not the address has an account, and only mails the account', async () => {
    const user = await createUser(t);
    const known = await t.client().request(REQUEST, { e: user.email });
    const unknown = await t.client().request(REQUEST, { e: 'nobody-here@example.test' });
    expect(known).toEqual(unknown);
    expect(known.data).toEqual({ requestPasswordReset: true });
    // Nothing is sent inside the request: the message waits in the outbox for the worker.
    expect(mailTo(user)).toHaveLength(0);
    expect(await t.app.get(MailService).drain()).toBe(1);
    const [mail] = mailTo(user);
    expect(mail.subject).toBe('Reset your Threadline password');
    expect(mail.text).toContain('/reset-password?token=');
    expect(mail.html).toContain('/reset-password?token=');
    expect(readMails(t.config.mailDir).filter((m) => m.to.includes('nobody-here'))).toHaveLength(0);
  });

  it('stores only the hash of the token, and the sent link leaves no copy behind', async () => {
    const user = await createUser(t);
    const token = await emailedToken(user);
    const [stored] = await t.db.query(`SELECT count(*)::int AS n FROM password_reset_tokens WHERE token_hash = sha256(convert_to($1, 'UTF8'))`, [token]);
    expect(stored.n).toBe(1);
    const [outbox] = await t.db.query(`SELECT count(*)::int AS n FROM mail_outbox WHERE recipient_id = $1`, [user.id]);
    expect(outbox.n).toBe(0);
  });

  it('sets the new password, signs the person in and ends every other session', async () => {
    const user = await createUser(t);
    const token = await emailedToken(user);
    const browser = t.client();
    const { resetPassword } = await browser.ok(RESET, { input: { token, newPassword: NEW_PASSWORD } });
    expect(resetPassword.user.id).toBe(user.id);
    expect((await browser.ok(ME)).me).toEqual({ id: user.id });
    // The session the factory opened (another device) is over.
    expect((await user.client.ok(ME)).me).toBeNull();
    expect((await t.client().error(SIGN_IN, { input: { email: user.email, password: DEFAULT_PASSWORD } })).extensions?.code).toBe('UNAUTHENTICATED');
    await t.client().ok(SIGN_IN, { input: { email: user.email, password: NEW_PASSWORD } });
  });

  it('refuses a used link with a clear error and changes nothing', async () => {
    const user = await createUser(t);
    const token = await emailedToken(user);
    await t.client().ok(RESET, { input: { token, newPassword: NEW_PASSWORD } });
    const [before] = await t.db.query(`SELECT password_hash FROM users WHERE id = $1`, [user.id]);
    const again = t.client();
    const err = await again.error(RESET, { input: { token, newPassword: 'yet another passphrase' } });
    expect(err.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token' });
    expect(err.message).toBe('This reset link has already been used. Ask for a new one.');
    expect(again.cookie).toBeNull();
    const [after] = await t.db.query(`SELECT password_hash FROM users WHERE id = $1`, [user.id]);
    expect(after.password_hash).toBe(before.password_hash);
  });

  it('refuses a link after its hour, and an unknown one, changing nothing', async () => {
    const user = await createUser(t);
    const token = await emailedToken(user);
    clock.advance(HOUR + MINUTE);
    try {
      const err = await t.client().error(RESET, { input: { token, newPassword: NEW_PASSWORD } });
      expect(err.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token' });
      expect(err.message).toBe('This reset link has expired (links last an hour). Ask for a new one.');
    } finally {
      clock.set(new Date());
    }
    const unknown = await t.client().error(RESET, { input: { token: 'A'.repeat(43), newPassword: NEW_PASSWORD } });
    expect(unknown.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token' });
    // The old password still works and the other session lives on.
    expect((await user.client.ok(ME)).me).toEqual({ id: user.id });
    await t.client().ok(SIGN_IN, { input: { email: user.email, password: DEFAULT_PASSWORD } });
  });

  it('holds a new password to the sign-up rules, leaving the link usable', async () => {
    const user = await createUser(t);
    const token = await emailedToken(user);
    const err = await t.client().error(RESET, { input: { token, newPassword: 'short' } });
    expect(err.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newPassword' });
    await t.client().ok(RESET, { input: { token, newPassword: NEW_PASSWORD } });
  });

  it('limits requests per address asked about, whether or not it has an account', async () => {
    for (const email of [(await createUser(t)).email, 'nobody-flood@example.test']) {
      const answers: string[] = [];
      for (let i = 0; i < 4; i++) answers.push((await t.client().request(REQUEST, { e: email })).errors?.[0]?.extensions?.code ?? 'ok');
      expect(answers).toEqual(['ok', 'ok', 'ok', 'RATE_LIMITED']);
    }
  });
});
