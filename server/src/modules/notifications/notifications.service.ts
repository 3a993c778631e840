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
import { NOTIFICATION_KINDS, worthSending, type NewNotification } from './domain/notification-kinds';
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
