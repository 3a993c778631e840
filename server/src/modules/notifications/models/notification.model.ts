import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '../../../platform/graphql/connection';
import { NOTIFICATION_KINDS, type NotificationKind } from '../domain/notification-kinds';
import type { NotificationRow } from '../notifications.repository';

export const NotificationKindEnum = Object.fromEntries(NOTIFICATION_KINDS.map((k) => [k, k])) as { [K in NotificationKind]: K };
registerEnumType(NotificationKindEnum, {
  name: 'NotificationKind',
  description:
    'MENTION: someone mentioned you in a post you can see. GROUP_*: join requests (to owners), their approval or denial, invitations. ' +
    'TICKET_REPLY / TICKET_STATUS: to the requester (a public staff reply; a status change). TICKET_ASSIGNED / TICKET_CUSTOMER_REPLY / TICKET_BREACHED: to the assignee. ' +
    'REPLY: a new reply on a thread you watch (started, replied to, chose to watch, or in a forum you watch). QUOTED: a reply to one of your posts. ' +
    'ANSWER_ACCEPTED: your reply was accepted or verified. MODERATION: a moderator acted on your thread or reply (moderationAction, and the reason in message)',
});

@ObjectType('Notification', { description: 'Shown only while its reader may still see its subject (the post, the group or the ticket)' })
export class NotificationModel {
  @Field(() => ID) id: string;
  @Field(() => NotificationKindEnum) kind: NotificationKind;
  @Field() read: boolean;
  @Field(() => Date) createdAt: Date;
  @Field({
    description: "A message from the person who acted (a join request, an owner's answer to it, a ticket reply's opening words, a status change's reason)",
  })
  message: string;
  @Field(() => Int, { nullable: true, description: 'The support ticket it is about (TICKET_* kinds): link to it as #number' })
  ticketNumber: number | null;
  @Field(() => String, {
    nullable: true,
    description: 'MODERATION: what the moderator did (HIDE_POST, RESTORE_POST, HIDE_THREAD, LOCK_THREAD, MOVE_THREAD...); `message` holds the reason',
  })
  moderationAction: string | null;
  @Field(() => ID, { nullable: true, description: 'The thread of the post it is about: link to /t/<threadId>#post-<postNumber>' })
  threadId: string | null;
  @Field(() => Int, { nullable: true, description: 'The number of the post it is about in its thread' })
  postNumber: number | null;
  actorId: string | null;
  groupId: string | null;
  postId: string | null;
  joinRequestId: string | null;
  invitationId: string | null;

  static from(row: NotificationRow): NotificationModel {
    return Object.assign(new NotificationModel(), {
      id: row.id,
      kind: row.kind,
      read: row.readAt !== null,
      createdAt: row.createdAt,
      message: row.message,
      actorId: row.actorId,
      groupId: row.groupId,
      postId: row.postId,
      joinRequestId: row.joinRequestId,
      invitationId: row.invitationId,
      ticketNumber: row.ticketNumber,
      moderationAction: row.action,
      threadId: row.threadId,
      postNumber: row.postNumber,
    });
  }
}

@ObjectType()
export class NotificationConnection extends Connection(NotificationModel, 'Notification') {}
