import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../platform/config/app-config';
import { RateLimitedError } from '../../platform/errors/domain-error';
import { isModerator, isStaff, type Viewer } from '../accounts/domain/viewer';
import { postingTier, takePostingSlot, type PostingAction, type PostingPolicy } from './domain/posting-limits';
import { PostingAllowancesRepository } from './posting-allowances.repository';

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
    private readonly allowances: PostingAllowancesRepository,
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
    const { userId } = viewer;
    if (!userId) return;
    await this.pruneNowAndThen();
    await this.db.transaction(async (tx) => {
      await this.allowances.lock(userId, action, tx);
      const row = await this.allowances.read(userId, action, tx);
      if (!row) return;
      const tier = postingTier({ createdAt: row.createdAt, staffOrModerator: isStaff(viewer) || isModerator(viewer) }, row.now, this.policy);
      const decision = takePostingSlot(row.tat, row.now, this.policy.limits[action][tier], this.policy.windowSeconds);
      if (!decision.allowed) throw new RateLimitedError(REASONS[action], decision.retryAfterSeconds);
      await this.allowances.save(userId, action, decision.nextTat, tx);
    });
  }

  private async pruneNowAndThen(): Promise<void> {
    if (Date.now() - this.lastPrune < PRUNE_INTERVAL_MS) return;
    this.lastPrune = Date.now();
    await this.allowances.deleteFull();
  }
}
