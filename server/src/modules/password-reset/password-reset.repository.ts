import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';

export interface ResetTokenRow {
  id: string;
  userId: string;
  expiresAt: Date;
  usedAt: Date | null;
}

/** The SQL of password-reset tokens (only their SHA-256 is stored). */
@Injectable()
export class PasswordResetRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async insert(m: EntityManager, row: { userId: string; tokenHash: Buffer; createdAt: Date; expiresAt: Date }): Promise<void> {
    await m.query(`INSERT INTO password_reset_tokens (user_id, token_hash, created_at, expires_at) VALUES ($1, $2, $3, $4)`, [
      row.userId,
      row.tokenHash,
      row.createdAt,
      row.expiresAt,
    ]);
  }

  /** What an unknown address does instead of the insert: a lookup of the same index, so both answers take a similar path. */
  async probe(m: EntityManager, tokenHash: Buffer): Promise<void> {
    await m.query(`SELECT 1 FROM password_reset_tokens WHERE token_hash = $1 FOR UPDATE`, [tokenHash]);
  }

  async findByHash(tokenHash: Buffer): Promise<ResetTokenRow | null> {
    const [row] = await this.db.query(
      `SELECT id, user_id AS "userId", expires_at AS "expiresAt", used_at AS "usedAt" FROM password_reset_tokens WHERE token_hash = $1`,
      [tokenHash],
    );
    return row ?? null;
  }

  /** Uses the token (if still unused and unexpired at `now`) and retires the account's other open tokens; false when it lost a race. */
  async use(m: EntityManager, token: ResetTokenRow, now: Date): Promise<boolean> {
    const [, used] = await m.query(`UPDATE password_reset_tokens SET used_at = $2 WHERE id = $1 AND used_at IS NULL AND expires_at > $2`, [token.id, now]);
    if (!used) return false;
    await m.query(`UPDATE password_reset_tokens SET used_at = $2 WHERE user_id = $1 AND used_at IS NULL`, [token.userId, now]);
    return true;
  }
}
