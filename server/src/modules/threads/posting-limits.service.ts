import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../platform/config/app-config';
import { RateLimitedError } from '../../platform/errors/domain-error';
import { isModerator, isStaff, type Viewer } from '../accounts/domain/viewer';
import { postingTier, takePostingSlot, type PostingAction, type PostingPolicy } from './domain/posting-limits';

/** Each instance deletes allowances that are back to full at most this often. */
const PRUNE_INTERVAL_MS = 10 * 60 * 1000;

const REASONS: Record<PostingAction, string> = {
  post: "You're posting too quickly.",
  edit: "You're editing too quickly.",
};

/**
 * Flood control for posting (issue 6 §3): the rule is domain/posting-limits.ts; the allowance lives in PostgreSQL
 * and is taken under a lock per user and action, so concurrent requests on any instance cannot all pass.
 */
@Injectable()
export class PostingLimitsService {
  private readonly policy: PostingPolicy;
  private lastPrune = 0;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    const p = config.posting;
    this.policy = {
      windowSeconds: 60,
      newAccountSeconds: p.newAccountHours * 3600,
      limits: {
        post: { new: p.newAccountPerMinute, member: p.memberPerMinute, staff: p.staffPerMinute },
        edit: { new: p.editsPerMinute, member: p.editsPerMinute, staff: Math.max(p.editsPerMinute, p.staffPerMinute) },
      },
    };
  }

  /** Uses up one action of the viewer's allowance, or answers RATE_LIMITED saying when the next one fits. */
  async take(viewer: Viewer, action: PostingAction): Promise<void> {
    if (!viewer.userId) return;
    await this.pruneNowAndThen();
    await this.db.transaction(async (tx) => {
      await tx.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`posting:${action}:${viewer.userId}`]);
      const [row]: Array<{ now: Date; created_at: Date; tat: Date | null }> = await tx.query(
        `SELECT clock_timestamp() AS now, u.created_at, a.tat
           FROM users u LEFT JOIN posting_allowances a ON a.user_id = u.id AND a.action = $2
          WHERE u.id = $1`,
        [viewer.userId, action],
      );
      if (!row) return;
      const tier = postingTier({ createdAt: row.created_at, staffOrModerator: isStaff(viewer) || isModerator(viewer) }, row.now, this.policy);
      const decision = takePostingSlot(row.tat, row.now, this.policy.limits[action][tier], this.policy.windowSeconds);
      if (!decision.allowed) throw new RateLimitedError(REASONS[action], decision.retryAfterSeconds);
      await tx.query(
        `INSERT INTO posting_allowances (user_id, action, tat) VALUES ($1, $2, $3)
         ON CONFLICT (user_id, action) DO UPDATE SET tat = excluded.tat`,
        [viewer.userId, action, decision.nextTat],
      );
    });
  }

  private async pruneNowAndThen(): Promise<void> {
    if (Date.now() - this.lastPrune < PRUNE_INTERVAL_MS) return;
    this.lastPrune = Date.now();
    await this.db.query(`DELETE FROM posting_allowances WHERE tat < now()`);
  }
}
