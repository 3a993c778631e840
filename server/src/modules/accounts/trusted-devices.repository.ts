import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

/** The SQL of `trusted_devices`: device tokens (hashed) that signed in to an account successfully. */
@Injectable()
export class TrustedDevicesRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Whether the device token was trusted by the account with this email. */
  async isTrustedFor(tokenHash: Buffer, email: string, manager: EntityManager): Promise<boolean> {
    const rows = await manager.query(`SELECT 1 FROM trusted_devices d JOIN users u ON u.id = d.user_id WHERE d.token_hash = $1 AND u.email = $2`, [
      tokenHash,
      email,
    ]);
    return rows.length > 0;
  }

  /** Whether this server ever issued the device token, for any account. */
  async isKnown(tokenHash: Buffer, manager: EntityManager): Promise<boolean> {
    return (await manager.query(`SELECT 1 FROM trusted_devices WHERE token_hash = $1 LIMIT 1`, [tokenHash])).length > 0;
  }

  /** Trusts the device for the user, or marks it used now if it already is. */
  async trust(tokenHash: Buffer, userId: string, manager: EntityManager): Promise<void> {
    await manager.query(
      `INSERT INTO trusted_devices (token_hash, user_id) VALUES ($1, $2)
       ON CONFLICT (token_hash, user_id) DO UPDATE SET last_used_at = now()`,
      [tokenHash, userId],
    );
  }

  async deleteUnusedForDays(days: number): Promise<void> {
    await this.db.query(`DELETE FROM trusted_devices WHERE last_used_at < now() - make_interval(days => $1)`, [days]);
  }
}
