import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../platform/config/app-config';
import { RateLimitedError, UnauthenticatedError } from '../../platform/errors/domain-error';
import { SharedRateLimiter, type SharedLimit } from '../../platform/rate-limit/shared-rate-limiter';
import { handlesToLookUp, suggestionQuery } from './domain/user-suggestions';
import { isSignedIn, type Viewer } from './domain/viewer';
import type { UserEntity } from './entities/user.entity';
import { UsersRepository } from './users.repository';

/**
 * The composer's mentions: who `@ma` may mean, and which typed handles belong to nobody. Signed-in members only; the
 * users come back as profiles (the User type shows emails, roles and organizations only to whom profiles show them).
 */
@Injectable()
export class UserSuggestionsService {
  // Typing asks once per pause, like the header search: the same budget per person per minute, across instances.
  private readonly rule: SharedLimit;

  constructor(
    private readonly users: UsersRepository,
    private readonly limiter: SharedRateLimiter,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.rule = { name: 'suggest', limit: config.searchPerMinute, windowMs: 60_000 };
  }

  async suggest(viewer: Viewer, prefix: string, first: number): Promise<UserEntity[]> {
    const userId = this.signedIn(viewer, 'Sign in to mention people');
    const query = suggestionQuery(prefix, first);
    const retryAfter = await this.limiter.take(this.rule, userId);
    if (retryAfter) throw new RateLimitedError('Too many suggestion requests.', retryAfter);
    return this.users.suggest(query, first);
  }

  async byHandles(viewer: Viewer, handles: readonly string[]): Promise<UserEntity[]> {
    this.signedIn(viewer, 'Sign in to look up members');
    const wanted = handlesToLookUp(handles);
    return wanted.length ? this.users.findByHandles(wanted) : [];
  }

  private signedIn(viewer: Viewer, message: string): string {
    if (!isSignedIn(viewer)) throw new UnauthenticatedError(message);
    return viewer.userId;
  }
}
