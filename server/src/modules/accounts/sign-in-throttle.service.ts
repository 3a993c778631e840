import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../platform/config/app-config';
import { RateLimitedError } from '../../platform/errors/domain-error';
import { afterFailure, decideSignIn, forgetAt, type BackoffPolicy, type FailureRecord, type SignInPolicy } from './domain/sign-in-backoff';
import { hashSessionToken, looksLikeSessionToken, newSessionToken } from './domain/session-token';

/** Who is trying to sign in: the client address (TRUST_PROXY-aware, IPv6 per /64) and the device cookie, if any. */
export interface SignInClient {
  address: string;
  deviceToken?: unknown;
}

/** An attempt that the limits let through; its failure is already counted until `succeeded` says otherwise. */
export interface SignInAttempt {
  pairKey: string;
  accountKey: string;
  trustedDevice: boolean;
  deviceToken: string | null;
}

/** A trusted device stays trusted this long after its last successful sign-in (the cookie lives as long). */
export const TRUSTED_DEVICE_DAYS = 365;
/** Each instance deletes rows that mean nothing any more at most this often. */
const PRUNE_INTERVAL_MS = 10 * 60 * 1000;

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/**
 * Per-account sign-in limits (issue 6 §3), the rules in domain/sign-in-backoff.ts, the state in PostgreSQL so every
 * instance agrees. Each attempt is counted as a failure *before* the password is checked, under a lock per key, so
 * a burst of concurrent guesses cannot all slip past a lock; a success takes its own count back.
 */
@Injectable()
export class SignInThrottle {
  private readonly policy: SignInPolicy;
  private lastPrune = 0;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    const s = config.signIn;
    const backoff = { baseLockSeconds: s.backoffSeconds, maxLockSeconds: s.backoffMaxSeconds, memorySeconds: s.failureMemorySeconds };
    this.policy = { pair: { freeFailures: s.clientFailures, ...backoff }, account: { freeFailures: s.accountFailures, ...backoff } };
  }

  /** Refuses with RATE_LIMITED while the pair (or, for an untrusted client, the account) is backing off. */
  async begin(email: string, client: SignInClient): Promise<SignInAttempt> {
    await this.pruneNowAndThen();
    const deviceToken = looksLikeSessionToken(client.deviceToken) ? client.deviceToken : null;
    return this.db.transaction(async (tx) => {
      // Unknown emails are never trusted, exactly like a known account seen from a new client.
      const trustedDevice =
        deviceToken !== null &&
        (await tx.query(`SELECT 1 FROM trusted_devices d JOIN users u ON u.id = d.user_id WHERE d.token_hash = $1 AND u.email = $2`, [
          hashSessionToken(deviceToken),
          email,
        ])).length > 0;
      const clientKey = trustedDevice ? `device:${hashSessionToken(deviceToken!).toString('hex')}` : `address:${client.address}`;
      const attempt: SignInAttempt = {
        pairKey: `pair:${sha256(`${email}\n${clientKey}`)}`,
        accountKey: `account:${sha256(email)}`,
        trustedDevice,
        deviceToken,
      };
      const { now, records } = await this.lockAndRead(tx, [attempt.pairKey, attempt.accountKey]);
      const pair = records.get(attempt.pairKey) ?? null;
      const account = records.get(attempt.accountKey) ?? null;
      const decision = decideSignIn({ pair, account, trustedDevice }, now, this.policy);
      if (!decision.allowed) throw new RateLimitedError('Too many failed sign-in attempts.', decision.retryAfterSeconds);
      await this.save(tx, attempt.pairKey, afterFailure(pair, now, this.policy.pair), this.policy.pair);
      // A trusted device's mistakes are its own: they never lock the account for anyone else.
      if (!trustedDevice) await this.save(tx, attempt.accountKey, afterFailure(account, now, this.policy.account), this.policy.account);
      return attempt;
    });
  }

  /**
   * The password was right: the pair's failures go, the account gets back the failure counted in advance, and the
   * device is trusted for this account. Returns the device token for the cookie.
   */
  async succeeded(attempt: SignInAttempt, userId: string): Promise<string> {
    return this.db.transaction(async (tx) => {
      await this.lockAndRead(tx, [attempt.pairKey, attempt.accountKey]);
      await tx.query(`DELETE FROM sign_in_failures WHERE key = $1`, [attempt.pairKey]);
      if (!attempt.trustedDevice) {
        await tx.query(`UPDATE sign_in_failures SET failures = greatest(failures - 1, 0) WHERE key = $1`, [attempt.accountKey]);
      }
      // Reuse a token this server issued (one browser, several accounts); anything else gets a fresh one.
      const known =
        attempt.deviceToken !== null && (await tx.query(`SELECT 1 FROM trusted_devices WHERE token_hash = $1 LIMIT 1`, [hashSessionToken(attempt.deviceToken)])).length > 0;
      const token = known ? attempt.deviceToken! : newSessionToken();
      await tx.query(
        `INSERT INTO trusted_devices (token_hash, user_id) VALUES ($1, $2)
         ON CONFLICT (token_hash, user_id) DO UPDATE SET last_used_at = now()`,
        [hashSessionToken(token), userId],
      );
      return token;
    });
  }

  /** Takes the keys' locks in a fixed order (no deadlocks) and reads their records and the database clock. */
  private async lockAndRead(tx: EntityManager, keys: string[]): Promise<{ now: Date; records: Map<string, FailureRecord> }> {
    const sorted = [...keys].sort();
    for (const key of sorted) await tx.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [key]);
    const [{ now }] = await tx.query(`SELECT clock_timestamp() AS now`);
    const rows: Array<{ key: string; failures: number; last_failure_at: Date }> = await tx.query(
      `SELECT key, failures, last_failure_at FROM sign_in_failures WHERE key = ANY ($1)`,
      [sorted],
    );
    return { now, records: new Map(rows.map((r) => [r.key, { failures: r.failures, lastFailureAt: r.last_failure_at }])) };
  }

  private async save(tx: EntityManager, key: string, record: FailureRecord, policy: BackoffPolicy): Promise<void> {
    await tx.query(
      `INSERT INTO sign_in_failures (key, failures, last_failure_at, forget_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (key) DO UPDATE SET failures = excluded.failures, last_failure_at = excluded.last_failure_at, forget_at = excluded.forget_at`,
      [key, record.failures, record.lastFailureAt, forgetAt(record, policy)],
    );
  }

  private async pruneNowAndThen(): Promise<void> {
    if (Date.now() - this.lastPrune < PRUNE_INTERVAL_MS) return;
    this.lastPrune = Date.now();
    await this.db.query(`DELETE FROM sign_in_failures WHERE forget_at < now()`);
    await this.db.query(`DELETE FROM trusted_devices WHERE last_used_at < now() - make_interval(days => $1)`, [TRUSTED_DEVICE_DAYS]);
  }
}
