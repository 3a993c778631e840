import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../platform/config/app-config';
import { hashSessionToken, looksLikeSessionToken, newSessionToken } from './domain/session-token';
import { ANONYMOUS, type Viewer } from './domain/viewer';
import { GroupMemberships } from './group-memberships.service';
import { setSessionCookie } from './session-cookie';
import { SessionsRepository } from './sessions.repository';

const DAY_MS = 24 * 60 * 60 * 1000;
/** last_seen_at is refreshed at most this often, so reads do not turn into writes. */
const TOUCH_INTERVAL_MS = 10 * 60 * 1000;

@Injectable()
export class SessionsService {
  constructor(
    private readonly sessions: SessionsRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly memberships: GroupMemberships,
  ) {}

  get ttlMs(): number {
    return this.config.sessionTtlDays * DAY_MS;
  }

  /** Opens a session and returns the token for the cookie; only its hash is stored. */
  async create(userId: string, userAgent: string | undefined, manager?: EntityManager): Promise<{ token: string; expiresAt: Date }> {
    const token = newSessionToken();
    const expiresAt = new Date(Date.now() + this.ttlMs);
    await this.sessions.insertSession({ userId, tokenHash: hashSessionToken(token), expiresAt, userAgent: userAgent?.slice(0, 300) ?? null }, manager);
    return { token, expiresAt };
  }

  /** The viewer behind a cookie token; anonymous when absent, unknown or expired. Sliding expiry. */
  async resolveViewer(token: unknown): Promise<Viewer> {
    if (!looksLikeSessionToken(token)) return ANONYMOUS;
    const session = await this.sessions.findActiveByTokenHash(hashSessionToken(token));
    if (!session) return ANONYMOUS;
    if (Date.now() - session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
      await this.sessions.touch(session.id, new Date(Date.now() + this.ttlMs));
    }
    const groupIds = await this.memberships.groupIdsOf(session.userId);
    return { userId: session.userId, sessionId: session.id, roles: session.roles, organizationId: session.organizationId, groupIds };
  }

  /** Hands a session opened outside the sign-in resolvers (a password reset) to the browser, as sign-in does. */
  setCookie(res: Parameters<typeof setSessionCookie>[0], session: { token: string; expiresAt: Date }): void {
    setSessionCookie(res, session.token, session.expiresAt, this.config.nodeEnv === 'production');
  }

  async revoke(sessionId: string): Promise<void> {
    await this.sessions.deleteById(sessionId);
  }

  /** "Sign out everywhere": every session of the user, on every device. */
  async revokeAll(userId: string, manager?: EntityManager): Promise<number> {
    return this.sessions.revokeAllForUser(userId, manager);
  }

  async revokeAllExcept(userId: string, keepSessionId: string, manager?: EntityManager): Promise<void> {
    await this.sessions.revokeAllForUserExcept(userId, keepSessionId, manager);
  }
}
