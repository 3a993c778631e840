import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CLOCK, type Clock } from '../../platform/clock/clock';
import { BadUserInputError, RateLimitedError } from '../../platform/errors/domain-error';
import { SharedRateLimiter, type SharedLimit } from '../../platform/rate-limit/shared-rate-limiter';
import { AccountsService } from '../accounts/accounts.service';
import { normalizeEmail } from '../accounts/domain/password-policy';
import { MailService } from '../mail/mail.service';
import { hashResetToken, looksLikeResetToken, newResetToken, resetTokenProblem, RESET_TOKEN_TTL_MS } from './domain/reset-token';
import { PasswordResetRepository } from './password-reset.repository';

/** Reset requests per client address per 15 minutes, and per email address per hour, across all instances. */
const PER_ADDRESS: SharedLimit = { name: 'reset-address', limit: 30, windowMs: 15 * 60_000 };
const PER_EMAIL: SharedLimit = { name: 'reset-email', limit: 3, windowMs: 60 * 60_000 };

/**
 * Password reset (issue 11 §3): a request answers the same whether or not the address has an account, and queues the
 * link by email when it does; the link's token works once, for an hour, and using it ends every session of the account.
 */
@Injectable()
export class PasswordResetService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly accounts: AccountsService,
    private readonly mail: MailService,
    private readonly repo: PasswordResetRepository,
    private readonly limiter: SharedRateLimiter,
  ) {}

  async request(email: string, clientAddress: string): Promise<void> {
    const normalized = normalizeEmail(email);
    const wait = (await this.limiter.take(PER_ADDRESS, clientAddress)) || (await this.limiter.take(PER_EMAIL, normalized));
    if (wait) throw new RateLimitedError('Too many password reset requests.', wait);
    const userId = await this.accounts.accountIdByEmail(normalized);
    const token = newResetToken();
    const tokenHash = hashResetToken(token);
    const now = this.clock.now();
    await this.db.transaction(async (m) => {
      // Both answers go through a transaction on the tokens' index, so the work does not tell them apart.
      if (!userId) return this.repo.probe(m, tokenHash);
      await this.repo.insert(m, { userId, tokenHash, createdAt: now, expiresAt: new Date(now.getTime() + RESET_TOKEN_TTL_MS) });
      await this.mail.queuePasswordReset(m, userId, token);
    });
  }

  /** Sets the new password and answers the new session; a bad token is BAD_USER_INPUT `token` and changes nothing. */
  async reset(token: string, newPassword: string, userAgent: string | undefined) {
    const now = this.clock.now();
    const row = looksLikeResetToken(token) ? await this.repo.findByHash(hashResetToken(token)) : null;
    const problem = resetTokenProblem(row, now);
    if (problem || !row) throw new BadUserInputError('token', problem ?? 'This reset link is not valid. Ask for a new one.');
    const passwordHash = await this.accounts.checkedPasswordHash(row.userId, newPassword);
    return this.db.transaction(async (m) => {
      if (!(await this.repo.use(m, row, now))) throw new BadUserInputError('token', 'This reset link has already been used. Ask for a new one.');
      return this.accounts.replacePasswordAndSignIn(row.userId, passwordHash, userAgent, m);
    });
  }
}
