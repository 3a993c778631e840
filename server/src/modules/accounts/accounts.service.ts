import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { isUniqueViolation } from '../../platform/database/pg-errors';
import { APP_CONFIG, type AppConfig } from '../../platform/config/app-config';
import { BadUserInputError, NotFoundError, UnauthenticatedError } from '../../platform/errors/domain-error';
import { byKeys, loaderKey, type LoaderRegistry } from '../../platform/graphql/loaders';
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
import { UsersRepository, type NewUser } from './users.repository';

const USER_BY_ID = loaderKey<string, UserEntity | null>('accounts.userById');
const USER_BY_HANDLE = loaderKey<string, UserEntity | null>('accounts.userByHandle');

@Injectable()
export class AccountsService {
  private readonly logger = new Logger(AccountsService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly users: UsersRepository,
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
          if (!(await this.users.lockFirstAdminAndCheckAnyAdmin(tx))) roles = ['MEMBER', 'ADMIN'];
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
  async insertUser(tx: EntityManager, user: NewUser): Promise<{ id: string; handle: string }> {
    const base = handleFromDisplayName(user.displayName);
    for (let attempt = 0; ; attempt++) {
      const inserted = await this.users.insertWithHandle(user, handleCandidate(base, attempt), tx);
      if (inserted) return inserted;
      if (attempt > 20) throw new Error(`No free handle for ${base}`);
    }
  }

  /** Checks the password within the per-account limits; on success also returns the device token for the cookie. */
  async signIn(input: { email: string; password: string }, client: SignInClient & { userAgent?: string }) {
    const email = normalizeEmail(input.email);
    const attempt = await this.signInThrottle.begin(email, client);
    const account = await this.users.findCredentialsByEmail(email);
    const ok = await this.hasher.verify(account?.passwordHash, input.password);
    if (!ok || !account) throw new InvalidCredentialsError();
    const deviceToken = await this.signInThrottle.succeeded(attempt, account.id);
    const session = await this.sessions.create(account.id, client.userAgent);
    return { userId: account.id, ...session, deviceToken };
  }

  async changePassword(viewer: Viewer, currentPassword: string, newPassword: string): Promise<void> {
    if (!isSignedIn(viewer)) throw new UnauthenticatedError();
    const account = await this.users.findCredentialsById(viewer.userId);
    if (!(await this.hasher.verify(account?.passwordHash, currentPassword))) {
      throw new BadUserInputError('currentPassword', 'Current password is incorrect');
    }
    const problem = passwordProblem(newPassword, { email: account!.email ?? undefined });
    if (problem) throw new BadUserInputError('newPassword', problem);
    const hash = await this.hasher.hash(newPassword);
    await this.db.transaction(async (tx) => {
      await this.users.updatePasswordHash(viewer.userId, hash, tx);
      // A new password ends every other session: whoever knew the old one is signed out.
      await this.sessions.revokeAllExcept(viewer.userId, viewer.sessionId, tx);
    });
  }

  /** The account behind an email address, if any (password reset: the caller must answer the same either way). */
  async accountIdByEmail(email: string): Promise<string | null> {
    return (await this.users.findCredentialsByEmail(normalizeEmail(email)))?.id ?? null;
  }

  /** A new password checked against the same policy as sign-up and password changes, hashed (BAD_USER_INPUT `newPassword`). */
  async checkedPasswordHash(userId: string, newPassword: string): Promise<string> {
    const account = await this.users.findCredentialsById(userId);
    const problem = passwordProblem(newPassword, { email: account?.email ?? undefined });
    if (problem) throw new BadUserInputError('newPassword', problem);
    return this.hasher.hash(newPassword);
  }

  /**
   * Sets a password reached through a reset link, in the caller's transaction: every session of the account ends
   * (whoever knew the old password is signed out) and a new one starts for the person who reset it.
   */
  async replacePasswordAndSignIn(userId: string, passwordHash: string, userAgent: string | undefined, tx: EntityManager) {
    await this.users.updatePasswordHash(userId, passwordHash, tx);
    await this.sessions.revokeAll(userId, tx);
    return { userId, ...(await this.sessions.create(userId, userAgent, tx)) };
  }

  async updateProfile(viewer: Viewer, displayName: string): Promise<UserEntity> {
    if (!isSignedIn(viewer)) throw new UnauthenticatedError();
    const name = await this.checkedDisplayName(displayName, viewer);
    await this.db.transaction(async (tx) => {
      await this.users.updateDisplayName(viewer.userId, name, tx);
      // Search shows authors by display name.
      await this.users.recordChanged(viewer.userId, tx);
    });
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
    const staffNames = await this.users.staffDisplayNames(viewer?.userId ?? null);
    const reserved = reservedWordIn(name);
    if (reserved) throw new BadUserInputError('displayName', `Only staff names may say "${reserved}": the badge shows who is staff`);
    if (imitatedStaffName(name, staffNames)) {
      throw new BadUserInputError('displayName', "This name is too close to a staff member's; choose another so members can tell you apart");
    }
    return name;
  }

  async getById(id: string): Promise<UserEntity> {
    const user = await this.users.findById(id);
    if (!user) throw new NotFoundError('User');
    return user;
  }

  /** A page of accounts by display name, for staff (the resolver checks who asks). */
  async listByDisplayName(opts: { first: number; query?: string; after?: { displayName: string; id: string } | null }): Promise<UserEntity[]> {
    return this.users.listByDisplayName(opts);
  }

  /** Existing handles among candidates (for @mentions). */
  async existingHandles(handles: string[]): Promise<Map<string, string>> {
    if (!handles.length) return new Map();
    return this.users.idsByHandle(handles);
  }

  /** Per-request batched lookup of users by lowercase @handle (profile pages, many aliases in one request). */
  userByHandleLoader(loaders: LoaderRegistry) {
    return loaders.get(USER_BY_HANDLE, async (handles) => {
      const users = await this.users.findByHandles(handles);
      return byKeys(handles, users, (u) => u.handle);
    });
  }

  /** Per-request batched lookup of users by id (authors, account managers, ...). */
  userLoader(loaders: LoaderRegistry) {
    return loaders.getShared(USER_BY_ID, async (ids) => {
      const users = await this.users.findByIds(ids);
      return byKeys(ids, users, (u) => u.id);
    });
  }

  /** Creates or promotes the configured first admin (ADMIN_EMAIL / ADMIN_PASSWORD). Idempotent. */
  async ensureConfiguredAdmin(): Promise<void> {
    const { adminEmail, adminPassword } = this.config;
    if (!adminEmail || !adminPassword) return;
    const email = normalizeEmail(adminEmail);
    const existing = await this.users.findRolesByEmail(email);
    if (existing) {
      if (!existing.roles.includes('ADMIN')) {
        await this.users.updateRolesAtStartup(existing.id, normalizeRoles([...existing.roles, 'ADMIN']));
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
