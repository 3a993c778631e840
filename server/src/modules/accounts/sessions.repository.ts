import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { Role } from './domain/roles';

/** A live session with what the viewer needs from its user. */
export interface ActiveSessionRow {
  id: string;
  userId: string;
  roles: Role[];
  organizationId: string | null;
  lastSeenAt: Date;
}

/** The SQL of `sessions`. Methods that may run inside a caller's transaction take its EntityManager last. */
@Injectable()
export class SessionsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async insertSession(
    session: { userId: string; tokenHash: Buffer; expiresAt: Date; userAgent: string | null },
    manager: EntityManager = this.db.manager,
  ): Promise<void> {
    await manager.query(`INSERT INTO sessions (user_id, token_hash, expires_at, user_agent) VALUES ($1, $2, $3, $4)`, [
      session.userId,
      session.tokenHash,
      session.expiresAt,
      session.userAgent,
    ]);
  }

  /** The unexpired session with this token hash, joined with its user's roles and organization. */
  async findActiveByTokenHash(tokenHash: Buffer): Promise<ActiveSessionRow | null> {
    const rows: Array<{ id: string; user_id: string; roles: Role[]; organization_id: string | null; last_seen_at: Date; expires_at: Date }> =
      await this.db.query(
        `SELECT s.id, s.user_id, s.last_seen_at, s.expires_at, u.roles, u.organization_id
           FROM sessions s JOIN users u ON u.id = s.user_id
          WHERE s.token_hash = $1 AND s.expires_at > now()`,
        [tokenHash],
      );
    const row = rows[0];
    return row ? { id: row.id, userId: row.user_id, roles: row.roles, organizationId: row.organization_id, lastSeenAt: row.last_seen_at } : null;
  }

  /** Marks the session seen now and slides its expiry. */
  async touch(sessionId: string, expiresAt: Date): Promise<void> {
    await this.db.query(`UPDATE sessions SET last_seen_at = now(), expires_at = $2 WHERE id = $1`, [sessionId, expiresAt]);
  }

  async deleteById(sessionId: string): Promise<void> {
    await this.db.query(`DELETE FROM sessions WHERE id = $1`, [sessionId]);
  }

  /** Deletes every session of the user; returns how many there were. */
  async revokeAllForUser(userId: string, manager: EntityManager = this.db.manager): Promise<number> {
    // TypeORM's pg driver answers a DELETE with [rows, affected count].
    const [, count] = await manager.query(`DELETE FROM sessions WHERE user_id = $1`, [userId]);
    return count ?? 0;
  }

  async revokeAllForUserExcept(userId: string, keepSessionId: string, manager: EntityManager = this.db.manager): Promise<void> {
    await manager.query(`DELETE FROM sessions WHERE user_id = $1 AND id <> $2`, [userId, keepSessionId]);
  }
}
