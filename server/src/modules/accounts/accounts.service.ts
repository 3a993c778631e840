import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import { isUniqueViolation } from '../../platform/database/pg-errors';
import { APP_CONFIG, type AppConfig } from '../../platform/config/app-config';
import { BadUserInputError, NotFoundError, UnauthenticatedError } from '../../platform/errors/domain-error';
import type { LoaderRegistry } from '../../platform/graphql/loaders';
import { byKeys } from '../../platform/graphql/loaders';
import { EmailTakenError, InvalidCredentialsError } from './accounts.exception';
import { displayNameProblem, imitatedStaffName, normalizeDisplayName, reservedWordIn } from './domain/display-name';
import { handleCandidate, handleFromDisplayName } from './domain/handle';
import { normalizeEmail, passwordProblem } from './domain/password-policy';
import { normalizeRoles, type Role } from './domain/roles';
import { isModerator, isSignedIn, isStaff, type Viewer } from './domain/viewer';
import { UserEntity } from './entities/user.entity';
import { PasswordHasher } from './password-hasher';
import { SessionsService } from './sessions.service';
import { SignInThrottle, type SignInClient } from './sign-in-throttle.service';

/** Serialises "is this the first account?" so two concurrent first sign-ups cannot both become admin. */
const FIRST_ADMIN_LOCK = 7_301_001;

@Injectable()
export class AccountsService {
  private readonly logger = new Logger(AccountsService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionsService,
    private readonly signInThrottle: SignInThrottle,
  ) {}

  async signUp(input: { email: string; displayName: string; password: string }, userAgent?: string) {
    const email = normalizeEmail(input.email);
    const displayName = await this.checkedDisplayName(input.displayName, null);
    const problem = passwordProblem(input.password, { email, displayName });
    if (problem) throw new BadUserInputError('password', problem);
    const passwordHash = await this.hasher.hash(input.password);
    try {
      return await this.db.transaction(async (tx) => {
        let roles: Role[] = ['MEMBER'];
        if (!this.config.adminEmail) {
          // Documented first-run path: without ADMIN_EMAIL, the first account on an instance becomes its admin.
          await tx.query('SELECT pg_advisory_xact_lock($1)', [FIRST_ADMIN_LOCK]);
          const [{ exists }] = await tx.query(`SELECT EXISTS (SELECT 1 FROM users WHERE 'ADMIN' = ANY (roles)) AS exists`);
          if (!exists) roles = ['MEMBER', 'ADMIN'];
        }
        const user = await this.insertUser(tx, { email, displayName, passwordHash, roles });
        if (roles.includes('ADMIN')) this.logger.log(`First account ${email} is this instance's admin`);
        const session = await this.sessions.create(user.id, userAgent, tx);
        return { userId: user.id as string, ...session };
      });
    } catch (err) {
      if (isUniqueViolation(err, 'users_email_key')) throw new EmailTakenError();
      throw err;
    }
  }

  /** Inserts a user with a free @handle derived from the display name. */
  async insertUser(
    tx: EntityManager,
    user: { email: string | null; displayName: string; passwordHash: string | null; roles: Role[]; importedFrom?: string },
  ): Promise<{ id: string; handle: string }> {
    const base = handleFromDisplayName(user.displayName);
    for (let attempt = 0; ; attempt++) {
      const handle = handleCandidate(base, attempt);
      const rows = await tx.query(
        `INSERT INTO users (email, display_name, password_hash, roles, handle, imported_from) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (handle) DO NOTHING RETURNING id, handle`,
        [user.email, user.displayName, user.passwordHash, user.roles, handle, user.importedFrom ?? null],
      );
      if (rows[0]) return rows[0];
      if (attempt > 20) throw new Error(`No free handle for ${base}`);
    }
  }

  /** Checks the password within the per-account limits; on success also returns the device token for the cookie. */
  async signIn(input: { email: string; password: string }, client: SignInClient & { userAgent?: string }) {
    const email = normalizeEmail(input.email);
    const attempt = await this.signInThrottle.begin(email, client);
    const rows: Array<{ id: string; password_hash: string | null }> = await this.db.query(
      `SELECT id, password_hash FROM users WHERE email = $1`,
      [email],
    );
    const ok = await this.hasher.verify(rows[0]?.password_hash, input.password);
    if (!ok || !rows[0]) throw new InvalidCredentialsError();
    const deviceToken = await this.signInThrottle.succeeded(attempt, rows[0].id);
    const session = await this.sessions.create(rows[0].id, client.userAgent);
    return { userId: rows[0].id, ...session, deviceToken };
  }

  async changePassword(viewer: Viewer, currentPassword: string, newPassword: string): Promise<void> {
    if (!isSignedIn(viewer)) throw new UnauthenticatedError();
    const [row] = await this.db.query(`SELECT email, password_hash FROM users WHERE id = $1`, [viewer.userId]);
    if (!(await this.hasher.verify(row?.password_hash, currentPassword))) {
      throw new BadUserInputError('currentPassword', 'Current password is incorrect');
    }
    const problem = passwordProblem(newPassword, { email: row.email });
    if (problem) throw new BadUserInputError('newPassword', problem);
    const hash = await this.hasher.hash(newPassword);
    await this.db.transaction(async (tx) => {
      await tx.query(`UPDATE users SET password_hash = $2, updated_at = now() WHERE id = $1`, [viewer.userId, hash]);
      // A new password ends every other session: whoever knew the old one is signed out.
      await this.sessions.revokeAllExcept(viewer.userId, viewer.sessionId, tx);
    });
  }

  async updateProfile(viewer: Viewer, displayName: string): Promise<UserEntity> {
    if (!isSignedIn(viewer)) throw new UnauthenticatedError();
    const name = await this.checkedDisplayName(displayName, viewer);
    await this.db.query(`UPDATE users SET display_name = $2, updated_at = now() WHERE id = $1`, [viewer.userId, name]);
    return this.getById(viewer.userId);
  }

  /**
   * A display name as stored (NFC, invisible characters out; no text-direction controls), refused as BAD_USER_INPUT on
   * `displayName` when a member's name could pass for a current staff member's, moderator's or admin's.
   */
  private async checkedDisplayName(raw: string, viewer: Viewer | null): Promise<string> {
    const problem = displayNameProblem(raw);
    if (problem) throw new BadUserInputError('displayName', problem);
    const name = normalizeDisplayName(raw);
    if (viewer && (isStaff(viewer) || isModerator(viewer))) return name;
    const staff: Array<{ display_name: string }> = await this.db.query(
      `SELECT display_name FROM users WHERE roles && ARRAY['STAFF', 'MODERATOR', 'ADMIN']::text[] AND id IS DISTINCT FROM $1`,
      [viewer?.userId ?? null],
    );
    const reserved = reservedWordIn(name);
    if (reserved) throw new BadUserInputError('displayName', `Only staff names may say "${reserved}": the badge shows who is staff`);
    if (imitatedStaffName(name, staff.map((s) => s.display_name))) {
      throw new BadUserInputError('displayName', 'This name is too close to a staff member\'s; choose another so members can tell you apart');
    }
    return name;
  }

  async getById(id: string): Promise<UserEntity> {
    const user = await this.db.getRepository(UserEntity).findOneBy({ id });
    if (!user) throw new NotFoundError('User');
    return user;
  }

  /** Existing handles among candidates (for @mentions). */
  async existingHandles(handles: string[]): Promise<Map<string, string>> {
    if (!handles.length) return new Map();
    const rows: Array<{ id: string; handle: string }> = await this.db.query(`SELECT id, handle FROM users WHERE handle = ANY ($1)`, [handles]);
    return new Map(rows.map((r) => [r.handle, r.id]));
  }

  /** Per-request batched lookup of users by lowercase @handle (profile pages, many aliases in one request). */
  userByHandleLoader(loaders: LoaderRegistry) {
    return loaders.get<string, UserEntity | null>('accounts.userByHandle', async (handles) => {
      const users = await this.db.getRepository(UserEntity).findBy({ handle: In([...handles]) });
      return byKeys(handles, users, (u) => u.handle);
    });
  }

  /** Per-request batched lookup of users by id (authors, account managers, ...). */
  userLoader(loaders: LoaderRegistry) {
    return loaders.get<string, UserEntity | null>('accounts.userById', async (ids) => {
      const users = await this.db.getRepository(UserEntity).findBy({ id: In([...ids]) });
      return byKeys(ids, users, (u) => u.id);
    });
  }

  /** Creates or promotes the configured first admin (ADMIN_EMAIL / ADMIN_PASSWORD). Idempotent. */
  async ensureConfiguredAdmin(): Promise<void> {
    const { adminEmail, adminPassword } = this.config;
    if (!adminEmail || !adminPassword) return;
    const email = normalizeEmail(adminEmail);
    const existing: Array<{ id: string; roles: Role[] }> = await this.db.query(`SELECT id, roles FROM users WHERE email = $1`, [email]);
    if (existing[0]) {
      if (!existing[0].roles.includes('ADMIN')) {
        await this.db.query(`UPDATE users SET roles = $2 WHERE id = $1`, [existing[0].id, normalizeRoles([...existing[0].roles, 'ADMIN'])]);
      }
      return;
    }
    const hash = await this.hasher.hash(adminPassword);
    try {
      await this.insertUser(this.db.manager, { email, displayName: 'Admin', passwordHash: hash, roles: ['MEMBER', 'ADMIN'] });
    } catch (err) {
      // Another instance created it first.
      if (!isUniqueViolation(err, 'users_email_key')) throw err;
      return;
    }
    this.logger.log(`Created the first admin ${email} from ADMIN_EMAIL`);
  }
}
