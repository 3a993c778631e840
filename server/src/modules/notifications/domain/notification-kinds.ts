/**
 * What a notification is about. Each kind names its subject: a post (MENTION), a group (the GROUP_* kinds) or a
 * support ticket (the TICKET_* kinds); a notification is shown only while its reader may still see that subject
 * (notifications.repository.ts).
 * - To a ticket's requester: TICKET_REPLY (a public reply from staff, never an internal note), TICKET_STATUS (a status
 *   change, SOLVED included, with its reason).
 * - To its assignee: TICKET_ASSIGNED, TICKET_CUSTOMER_REPLY, TICKET_BREACHED (the first response is overdue).
 * - The forum's (issue 11), each about a post: REPLY (a new reply on a thread the reader watches: started, replied to,
 *   chose to watch, or in a forum they watch), QUOTED (a reply answering one of the reader's posts), ANSWER_ACCEPTED
 *   (the reader's reply accepted or verified), MODERATION (a moderator acted on the reader's thread or reply; `action`
 *   names it and `message` holds the reason). Who gets which is decided in watch-rules.ts.
 */
export const NOTIFICATION_KINDS = [
  'MENTION',
  'GROUP_JOIN_REQUESTED',
  'GROUP_REQUEST_APPROVED',
  'GROUP_REQUEST_DENIED',
  'GROUP_INVITATION',
  'TICKET_REPLY',
  'TICKET_STATUS',
  'TICKET_ASSIGNED',
  'TICKET_CUSTOMER_REPLY',
  'TICKET_BREACHED',
  'REPLY',
  'QUOTED',
  'ANSWER_ACCEPTED',
  'MODERATION',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export interface NewNotification {
  recipientId: string;
  kind: NotificationKind;
  actorId: string | null;
  groupId?: string | null;
  postId?: string | null;
  joinRequestId?: string | null;
  invitationId?: string | null;
  ticketId?: string | null;
  message?: string;
  /** MODERATION only: what was done (HIDE_POST, LOCK_THREAD, MOVE_THREAD...). */
  action?: ModerationNoticeAction | null;
}

export const MODERATION_NOTICE_ACTIONS = [
  'HIDE_THREAD',
  'RESTORE_THREAD',
  'LOCK_THREAD',
  'UNLOCK_THREAD',
  'PIN_THREAD',
  'UNPIN_THREAD',
  'MOVE_THREAD',
  'HIDE_POST',
  'RESTORE_POST',
] as const;
export type ModerationNoticeAction = (typeof MODERATION_NOTICE_ACTIONS)[number];

/** Nobody is told of their own doing. */
export function worthSending(n: NewNotification): boolean {
  return n.recipientId !== n.actorId;
}
