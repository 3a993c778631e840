import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { decodeTypedCursor, toConnection, type ConnectionShape } from '../../platform/graphql/connection';
import { NotFoundError, UnauthenticatedError } from '../../platform/errors/domain-error';
import type { ReadScope } from '../forums/domain/read-scope';
import { AccountsService } from '../accounts/accounts.service';
import { GroupMemberships } from '../accounts/group-memberships.service';
import { readScopeOf } from '../forums/domain/read-scope';
import { MailService } from '../mail/mail.service';
import { notificationEmail } from './domain/notification-email';
import { NOTIFICATION_KINDS, worthSending, type ModerationNoticeAction, type NewNotification } from './domain/notification-kinds';
import { effectiveLevel, replyNotifications, type WatchLevel } from './domain/watch-rules';
import { NotificationsRepository, type NotificationRow } from './notifications.repository';

/**
 * In-app notifications: other modules write them in their own transaction (`notify`, `notifyMentions`); readers get
 * only those whose subject their read scope still shows.
 */
@Injectable()
export class NotificationsService implements OnModuleInit {
  constructor(
    private readonly repo: NotificationsRepository,
    private readonly mail: MailService,
    private readonly accounts: AccountsService,
    private readonly memberships: GroupMemberships,
  ) {}

  onModuleInit(): void {
    // Emails about notifications are built when they are sent, from what the recipient may see then.
    this.mail.registerNotificationSource({
      kinds: NOTIFICATION_KINDS,
      compose: async (m, recipientId, ids) => {
        const user = await this.accounts.getById(recipientId);
        const groupIds = await this.memberships.groupIdsOf(recipientId);
        const scope = readScopeOf({ userId: recipientId, sessionId: null, roles: user.roles, organizationId: user.organizationId, groupIds });
        return (await this.repo.forEmail(scope, ids, m)).map(notificationEmail);
      },
    });
  }

  /** Writes notifications in the caller's transaction (nobody is told of their own doing), and queues their emails. */
  async notify(rows: NewNotification[], m: EntityManager): Promise<void> {
    await this.mail.queueNotifications(m, await this.repo.insert(rows.filter(worthSending), m));
  }

  /** Tells users newly mentioned in a post, if they may see it (and emails them, as they chose). */
  async notifyMentions(postId: string, newlyMentionedUserIds: readonly string[], authorId: string, m: EntityManager): Promise<void> {
    await this.mail.queueNotifications(m, await this.repo.insertMentions(postId, newlyMentionedUserIds, authorId, m));
  }

  /**
   * A new reply: its author now watches the thread (unless they chose otherwise), and watchers, the author of the post it
   * answers and earlier posters are told by the rules of watch-rules.ts, each only if they may see the reply.
   */
  async notifyReply(
    reply: { postId: string; threadId: string; authorId: string; replyToPostId: string | null },
    newlyMentionedUserIds: readonly string[],
    m: EntityManager,
  ): Promise<void> {
    const relations = await this.repo.threadRelations(reply.threadId, reply.postId, m);
    const quotedAuthorId = reply.replyToPostId ? await this.repo.postAuthor(reply.replyToPostId, m) : null;
    const rows = replyNotifications({ postId: reply.postId, authorId: reply.authorId, quotedAuthorId, mentionedUserIds: newlyMentionedUserIds }, relations);
    await this.mail.queueNotifications(m, await this.repo.insertAboutPosts(rows, m));
    await this.repo.watchUnlessChosen(reply.authorId, reply.threadId, m);
  }

  /** Whoever starts a thread watches it. */
  watchNewThread(authorId: string, threadId: string, m: EntityManager): Promise<void> {
    return this.repo.watchUnlessChosen(authorId, threadId, m);
  }

  /** The author of an accepted (by the asker) or verified (by staff) reply is told. */
  async notifyAnswerAccepted(post: { id: string; authorId: string }, acceptedById: string, kind: 'ASKER' | 'STAFF', m: EntityManager): Promise<void> {
    const n: NewNotification = {
      recipientId: post.authorId,
      kind: 'ANSWER_ACCEPTED',
      actorId: acceptedById,
      postId: post.id,
      message: kind === 'STAFF' ? 'Verified by staff' : 'Accepted by the asker',
    };
    await this.mail.queueNotifications(m, await this.repo.insertAboutPosts([n].filter(worthSending), m));
  }

  /** The author of a post (or of a thread: its opening post) is told of a moderator's action on it, with its reason. */
  async notifyModeration(
    target: { postId: string } | { threadId: string },
    action: ModerationNoticeAction,
    moderatorId: string | null,
    reason: string,
    m: EntityManager,
  ): Promise<void> {
    const post =
      'postId' in target ? { id: target.postId, authorId: await this.repo.postAuthor(target.postId, m) } : await this.repo.openingPost(target.threadId, m);
    if (!post?.authorId) return;
    const n: NewNotification = { recipientId: post.authorId, kind: 'MODERATION', actorId: moderatorId, postId: post.id, message: reason, action };
    await this.mail.queueNotifications(m, await this.repo.insertAboutPosts([n].filter(worthSending), m));
  }

  /** Signed in: chooses a level for a thread the caller may see (the caller checked that). */
  async setThreadWatch(userId: string, threadId: string, level: WatchLevel): Promise<void> {
    await this.repo.setThreadWatch(userId, threadId, level);
  }

  async setForumWatch(userId: string, forumId: string, level: WatchLevel): Promise<void> {
    await this.repo.setForumWatch(userId, forumId, level);
  }

  /** The level that applies to the user on each thread (effectiveLevel), in the order asked. */
  async threadLevels(userId: string, threadIds: readonly string[]): Promise<WatchLevel[]> {
    const rows = await this.repo.relationsToThreads(userId, threadIds);
    const byId = new Map(rows.map((r) => [r.threadId, effectiveLevel(r)]));
    return threadIds.map((id) => byId.get(id) ?? 'NORMAL');
  }

  /** The level the user chose for each forum (NORMAL when none), in the order asked. */
  async forumLevels(userId: string, forumIds: readonly string[]): Promise<WatchLevel[]> {
    const rows = await this.repo.forumLevels(userId, forumIds);
    const byId = new Map(rows.map((r) => [r.forumId, r.level]));
    return forumIds.map((id) => byId.get(id) ?? 'NORMAL');
  }

  /** Drops the owners' notifications of a join request that was withdrawn. */
  forgetJoinRequest(joinRequestId: string, m: EntityManager): Promise<void> {
    return this.repo.deleteForJoinRequest(joinRequestId, m);
  }

  async list(scope: ReadScope, first: number, after: string | null | undefined, unreadOnly: boolean): Promise<ConnectionShape<NotificationRow>> {
    signedIn(scope);
    const cursor = after ? (decodeTypedCursor(after, ['timestamptz', 'uuid']) as [string, string]) : null;
    const rows = await this.repo.list(scope, first, cursor, unreadOnly);
    return toConnection(
      rows,
      first,
      (r) => [r.createdAt.toISOString(), r.id],
      (r) => r,
      !!cursor,
    );
  }

  unreadCount(scope: ReadScope): Promise<number> {
    signedIn(scope);
    return this.repo.unreadCount(scope);
  }

  async markRead(scope: ReadScope, id: string): Promise<NotificationRow> {
    signedIn(scope);
    const row = await this.repo.markRead(scope, id);
    if (!row) throw new NotFoundError('Notification');
    return row;
  }

  markAllRead(scope: ReadScope): Promise<number> {
    signedIn(scope);
    return this.repo.markAllRead(scope);
  }
}

function signedIn(scope: ReadScope): void {
  if (!scope.userId) throw new UnauthenticatedError('Sign in to see your notifications');
}
