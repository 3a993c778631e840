import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../platform/config/app-config';
import type { Role } from './domain/roles';
import { hashSessionToken, looksLikeSessionToken, newSessionToken } from './domain/session-token';
import { ANONYMOUS, type Viewer } from './domain/viewer';
import { GroupMemberships } from './group-memberships';

const DAY_MS = 24 * 60 * 60 * 1000;
/** last_seen_at is refreshed at most this often, so reads do not turn into writes. */
const TOUCH_INTERVAL_MS = 10 * 60 * 1000;

@Injectable()
export class SessionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly memberships: GroupMemberships,
  ) {}

  get ttlMs(): number {
    return this.config.sessionTtlDays * DAY_MS;
  }

  /** Opens a session and returns the token for the cookie; only its hash is stored. */
  async create(userId: string, userAgent: string | undefined, manager: EntityManager = this.db.manager): Promise<{ token: string; expiresAt: Date }> {
    const token = newSessionToken();
    const expiresAt = new Date(Date.now() + this.ttlMs);
    await manager.query(`INSERT INTO sessions (user_id, token_hash, expires_at, user_agent) VALUES ($1, $2, $3, $4)`, [
      userId,
      hashSessionToken(token),
      expiresAt,
      userAgent?.slice(0, 300) ?? null,
    ]);
    return { token, expiresAt };
  }

  /** The viewer behind a cookie token; anonymous when absent, unknown or expired. Sliding expiry. */
  async resolveViewer(token: unknown): Promise<Viewer> {
    if (!looksLikeSessionToken(token)) return ANONYMOUS;
    const rows: Array<{ id: string; user_id: string; roles: Role[]; organization_id: string | null; last_seen_at: Date; expires_at: Date }> =
      await this.db.query(
        `SELECT s.id, s.user_id, s.last_seen_at, s.expires_at, u.roles, u.organization_id
           FROM sessions s JOIN users u ON u.id = s.user_id
          WHERE s.token_hash = $1 AND s.expires_at > now()`,
        [hashSessionToken(token)],
      );
    const row = rows[0];
    if (!row) return ANONYMOUS;
    if (Date.now() - row.last_seen_at.getTime() > TOUCH_INTERVAL_MS) {
      await this.db.query(`UPDATE sessions SET last_seen_at = now(), expires_at = $2 WHERE id = $1`, [row.id, new Date(Date.now() + this.ttlMs)]);
    }
    const groupIds = await this.memberships.groupIdsOf(row.user_id);
    return { userId: row.user_id, sessionId: row.id, roles: row.roles, organizationId: row.organization_id, groupIds };
  }

  async revoke(sessionId: string): Promise<void> {
    await this.db.query(`DELETE FROM sessions WHERE id = $1`, [sessionId]);
  }

  /** "Sign out everywhere": every session of the user, on every device. */
  async revokeAll(userId: string, manager: EntityManager = this.db.manager): Promise<number> {
    const [, count] = await manager.query(`DELETE FROM sessions WHERE user_id = $1`, [userId]);
    return count ?? 0;
  }

  async revokeAllExcept(userId: string, keepSessionId: string, manager: EntityManager = this.db.manager): Promise<void> {
    await manager.query(`DELETE FROM sessions WHERE user_id = $1 AND id <> $2`, [userId, keepSessionId]);
  }
}
