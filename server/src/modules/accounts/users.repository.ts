import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { insertColumns, insertInBatches, insertValuesSql } from '../../platform/database/insert-rows';
import { writeOutbox } from '../../platform/outbox/outbox.repository';
import type { Role } from './domain/roles';
import { UserEntity } from './entities/user.entity';

/** Serialises "is this the first account?" so two concurrent first sign-ups cannot both become admin. */
const FIRST_ADMIN_LOCK = 7_301_001;

export interface NewUser {
  email: string | null;
  displayName: string;
  passwordHash: string | null;
  roles: Role[];
  importedFrom?: string;
}

/** A users row as sign-up, the demo and the importer write it (a field left undefined takes the column's default). */
interface UserRow {
  email?: string | null;
  displayName: string;
  /** NULL: the account cannot sign in (imported and not yet claimed). */
  passwordHash?: string | null;
  roles: Role[];
  handle: string;
  importedFrom?: string | null;
  createdAt?: Date;
}

/** The columns every insert into users writes, per-row and bulk alike. */
const USER_INSERT_COLUMNS = insertColumns<UserRow>('users', {
  email: 'email',
  displayName: 'display_name',
  passwordHash: 'password_hash',
  roles: 'roles',
  handle: 'handle',
  importedFrom: 'imported_from',
  createdAt: 'created_at',
});

/** An account from another community: no email and no password, so it cannot sign in until its owner claims it. */
export interface ImportedUser {
  importedFrom: string;
  displayName: string;
  handle: string;
  createdAt: Date;
}

/**
 * The SQL of `users`. Methods that may run inside a caller's transaction take its EntityManager last (optional when
 * the statement also makes sense on its own, required when it only means something inside the transaction).
 */
@Injectable()
export class UsersRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async findById(id: string, manager: EntityManager = this.db.manager): Promise<UserEntity | null> {
    return manager.getRepository(UserEntity).findOneBy({ id });
  }

  /** The user, who must exist (throws TypeORM's EntityNotFoundError otherwise). */
  async getExistingById(id: string): Promise<UserEntity> {
    return this.db.getRepository(UserEntity).findOneByOrFail({ id });
  }

  async findByIds(ids: readonly string[]): Promise<UserEntity[]> {
    return this.db.getRepository(UserEntity).findBy({ id: In([...ids]) });
  }

  /**
   * Mention suggestions: a handle prefix or display-name word prefixes (both served by indexes of migration
   * 1764203000000), the exact handle first, then handle prefixes, then by display name.
   */
  async suggest(query: { handlePrefix: string | null; nameWords: string[] }, limit: number): Promise<UserEntity[]> {
    const qb = this.db.getRepository(UserEntity).createQueryBuilder('u');
    const matches: string[] = [];
    const params: Record<string, string> = {};
    if (query.handlePrefix) {
      matches.push(`u.handle LIKE :handleLike`);
      params.handleLike = `${query.handlePrefix.replace(/[\\%_]/g, '\\$&')}%`;
      params.handle = query.handlePrefix;
    }
    if (query.nameWords.length) {
      // Letters and digits only (domain/user-suggestions.ts), so each word is a plain prefix term.
      matches.push(`to_tsvector('simple', u.display_name) @@ to_tsquery('simple', :nameQuery)`);
      params.nameQuery = query.nameWords.map((w) => `${w}:*`).join(' & ');
    }
    if (!matches.length) return [];
    qb.where(`(${matches.join(' OR ')})`, params);
    if (query.handlePrefix) {
      qb.orderBy('(u.handle = :handle)', 'DESC').addOrderBy('(u.handle LIKE :handleLike)', 'DESC');
    }
    return qb.addOrderBy('lower(u.display_name)', 'ASC').addOrderBy('u.id', 'ASC').limit(limit).getMany();
  }

  async findByHandles(handles: readonly string[]): Promise<UserEntity[]> {
    return this.db.getRepository(UserEntity).findBy({ handle: In([...handles]) });
  }

  /** Ids of the users with these handles, keyed by handle; handles nobody has are absent. */
  async idsByHandle(handles: string[]): Promise<Map<string, string>> {
    const rows: Array<{ id: string; handle: string }> = await this.db.query(`SELECT id, handle FROM users WHERE handle = ANY ($1)`, [handles]);
    return new Map(rows.map((r) => [r.handle, r.id]));
  }

  /** What a sign-in checks: the account's id and password hash (null for accounts without a password). */
  async findCredentialsByEmail(email: string): Promise<{ id: string; passwordHash: string | null } | null> {
    const rows: Array<{ id: string; password_hash: string | null }> = await this.db.query(`SELECT id, password_hash FROM users WHERE email = $1`, [email]);
    return rows[0] ? { id: rows[0].id, passwordHash: rows[0].password_hash } : null;
  }

  /** What a password change checks: the account's email and current password hash. */
  async findCredentialsById(id: string): Promise<{ email: string | null; passwordHash: string | null } | null> {
    const [row] = await this.db.query(`SELECT email, password_hash FROM users WHERE id = $1`, [id]);
    return row ? { email: row.email, passwordHash: row.password_hash } : null;
  }

  async findRolesByEmail(email: string): Promise<{ id: string; roles: Role[] } | null> {
    const rows: Array<{ id: string; roles: Role[] }> = await this.db.query(`SELECT id, roles FROM users WHERE email = $1`, [email]);
    return rows[0] ?? null;
  }

  /** Display names of everyone with a staff, moderator or admin role, except the given user. */
  async staffDisplayNames(exceptUserId: string | null): Promise<string[]> {
    const rows: Array<{ display_name: string }> = await this.db.query(
      `SELECT display_name FROM users WHERE roles && ARRAY['STAFF', 'MODERATOR', 'ADMIN']::text[] AND id IS DISTINCT FROM $1`,
      [exceptUserId],
    );
    return rows.map((r) => r.display_name);
  }

  /**
   * Takes the first-admin lock (held until the caller's transaction ends) and then says whether any admin exists,
   * so concurrent first sign-ups answer one after another.
   */
  async lockFirstAdminAndCheckAnyAdmin(manager: EntityManager): Promise<boolean> {
    await manager.query('SELECT pg_advisory_xact_lock($1)', [FIRST_ADMIN_LOCK]);
    const [{ exists }] = await manager.query(`SELECT EXISTS (SELECT 1 FROM users WHERE 'ADMIN' = ANY (roles)) AS exists`);
    return exists;
  }

  /** Locks every admin's row until the caller's transaction ends and returns their ids. */
  async lockAdminIds(manager: EntityManager): Promise<string[]> {
    const admins: Array<{ id: string }> = await manager.query(`SELECT id FROM users WHERE 'ADMIN' = ANY (roles) FOR UPDATE`);
    return admins.map((a) => a.id);
  }

  /** Inserts the user with this handle; null when the handle is taken (the caller tries another). */
  async insertWithHandle(user: NewUser, handle: string, manager: EntityManager = this.db.manager): Promise<{ id: string; handle: string } | null> {
    const { sql, params } = insertValuesSql(USER_INSERT_COLUMNS, [
      { email: user.email, displayName: user.displayName, passwordHash: user.passwordHash, roles: user.roles, handle, importedFrom: user.importedFrom ?? null },
    ]);
    const rows = await manager.query(`${sql} ON CONFLICT (handle) DO NOTHING RETURNING id, handle`, params);
    return rows[0] ?? null;
  }

  /** Ids of the imported accounts with these source keys (users.imported_from), keyed by it; unknown keys are absent. */
  async idsByImportedFrom(keys: readonly string[], manager: EntityManager): Promise<Map<string, string>> {
    const rows: Array<{ id: string; imported_from: string }> = await manager.query(
      `SELECT id, imported_from FROM users WHERE imported_from = ANY ($1::text[])`,
      [keys],
    );
    return new Map(rows.map((r) => [r.imported_from, r.id]));
  }

  /** Which of these handles someone has, as the caller's transaction sees it. */
  async takenHandles(handles: readonly string[], manager: EntityManager): Promise<string[]> {
    const rows: Array<{ handle: string }> = await manager.query(`SELECT handle FROM users WHERE handle = ANY ($1::text[])`, [handles]);
    return rows.map((r) => r.handle);
  }

  /**
   * Inserts imported accounts as members, in multi-row INSERTs (BULK_INSERT_ROWS each; `onBatch` hears each batch's
   * size); a source key imported already is skipped. Returns the inserted accounts' ids and keys.
   */
  async insertImported(
    users: readonly ImportedUser[],
    manager: EntityManager,
    onBatch?: (rows: number) => void,
  ): Promise<Array<{ id: string; importedFrom: string }>> {
    const inserted = await insertInBatches<UserRow, { id: string; imported_from: string }>(
      USER_INSERT_COLUMNS,
      users.map((u) => ({ displayName: u.displayName, handle: u.handle, roles: ['MEMBER'], importedFrom: u.importedFrom, createdAt: u.createdAt })),
      'ON CONFLICT (imported_from) DO NOTHING RETURNING id, imported_from',
      (sql, params) => manager.query(sql, params),
      onBatch,
    );
    return inserted.map((r) => ({ id: r.id, importedFrom: r.imported_from }));
  }

  async updatePasswordHash(userId: string, passwordHash: string, manager: EntityManager = this.db.manager): Promise<void> {
    await manager.query(`UPDATE users SET password_hash = $2, updated_at = now() WHERE id = $1`, [userId, passwordHash]);
  }

  async updateDisplayName(userId: string, displayName: string, manager: EntityManager = this.db.manager): Promise<void> {
    await manager.query(`UPDATE users SET display_name = $2, updated_at = now() WHERE id = $1`, [userId, displayName]);
  }

  /** Records a `user` outbox event in the caller's transaction: the author shown on their threads changed. */
  recordChanged(userId: string, manager: EntityManager): Promise<void> {
    return writeOutbox(manager, [{ topic: 'user', userId }]);
  }

  async updateRoles(userId: string, roles: Role[], manager: EntityManager = this.db.manager): Promise<void> {
    await manager.query(`UPDATE users SET roles = $2, updated_at = now() WHERE id = $1`, [userId, roles]);
  }

  /** The start-up promotion of the configured admin; as it always has, it leaves updated_at alone. */
  async updateRolesAtStartup(userId: string, roles: Role[]): Promise<void> {
    await this.db.query(`UPDATE users SET roles = $2 WHERE id = $1`, [userId, roles]);
  }

  /** Puts the user in the organization (or none); false when there is no such user. */
  async updateOrganization(userId: string, organizationId: string | null): Promise<boolean> {
    // TypeORM's pg driver answers an UPDATE with [rows, affected count].
    const [rows] = await this.db.query(`UPDATE users SET organization_id = $2, updated_at = now() WHERE id = $1 RETURNING id`, [userId, organizationId]);
    return !!rows?.length;
  }

  /** Staff's list of accounts: by display name then id, optionally matching name or email, after a keyset cursor. */
  async listByDisplayName(opts: { first: number; query?: string; after?: { displayName: string; id: string } | null }): Promise<UserEntity[]> {
    const qb = this.db
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .orderBy('u.display_name', 'ASC')
      .addOrderBy('u.id', 'ASC')
      .limit(opts.first + 1);
    if (opts.query) qb.andWhere('(u.display_name ILIKE :q OR u.email ILIKE :q)', { q: `%${opts.query.replace(/[\\%_]/g, '\\$&')}%` });
    if (opts.after) qb.andWhere('(u.display_name, u.id) > (:name, :id)', { name: opts.after.displayName, id: opts.after.id });
    return qb.getMany();
  }
}
