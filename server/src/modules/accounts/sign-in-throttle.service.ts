import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../platform/config/app-config';
import { RateLimitedError } from '../../platform/errors/domain-error';
import { afterFailure, decideSignIn, forgetAt, type SignInPolicy } from './domain/sign-in-backoff';
import { hashSessionToken, looksLikeSessionToken, newSessionToken } from './domain/session-token';
import { SignInFailuresRepository } from './sign-in-failures.repository';
import { TrustedDevicesRepository } from './trusted-devices.repository';

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
    private readonly failures: SignInFailuresRepository,
    private readonly trustedDevices: TrustedDevicesRepository,
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
      const trustedDevice = deviceToken !== null && (await this.trustedDevices.isTrustedFor(hashSessionToken(deviceToken), email, tx));
      const clientKey = trustedDevice ? `device:${hashSessionToken(deviceToken!).toString('hex')}` : `address:${client.address}`;
      const attempt: SignInAttempt = {
        pairKey: `pair:${sha256(`${email}\n${clientKey}`)}`,
        accountKey: `account:${sha256(email)}`,
        trustedDevice,
        deviceToken,
      };
      const { now, records } = await this.failures.lockAndRead([attempt.pairKey, attempt.accountKey], tx);
      const pair = records.get(attempt.pairKey) ?? null;
      const account = records.get(attempt.accountKey) ?? null;
      const decision = decideSignIn({ pair, account, trustedDevice }, now, this.policy);
      if (!decision.allowed) throw new RateLimitedError('Too many failed sign-in attempts.', decision.retryAfterSeconds);
      const pairRecord = afterFailure(pair, now, this.policy.pair);
      await this.failures.upsert(attempt.pairKey, pairRecord, forgetAt(pairRecord, this.policy.pair), tx);
      // A trusted device's mistakes are its own: they never lock the account for anyone else.
      if (!trustedDevice) {
        const accountRecord = afterFailure(account, now, this.policy.account);
        await this.failures.upsert(attempt.accountKey, accountRecord, forgetAt(accountRecord, this.policy.account), tx);
      }
      return attempt;
    });
  }

  /**
   * The password was right: the pair's failures go, the account gets back the failure counted in advance, and the
   * device is trusted for this account. Returns the device token for the cookie.
   */
  async succeeded(attempt: SignInAttempt, userId: string): Promise<string> {
    return this.db.transaction(async (tx) => {
      await this.failures.lockAndRead([attempt.pairKey, attempt.accountKey], tx);
      await this.failures.deleteKey(attempt.pairKey, tx);
      if (!attempt.trustedDevice) await this.failures.takeBackOneFailure(attempt.accountKey, tx);
      // Reuse a token this server issued (one browser, several accounts); anything else gets a fresh one.
      const known = attempt.deviceToken !== null && (await this.trustedDevices.isKnown(hashSessionToken(attempt.deviceToken), tx));
      const token = known ? attempt.deviceToken! : newSessionToken();
      await this.trustedDevices.trust(hashSessionToken(token), userId, tx);
      return token;
    });
  }

  private async pruneNowAndThen(): Promise<void> {
    if (Date.now() - this.lastPrune < PRUNE_INTERVAL_MS) return;
    this.lastPrune = Date.now();
    await this.failures.deleteForgotten();
    await this.trustedDevices.deleteUnusedForDays(TRUSTED_DEVICE_DAYS);
  }
}
