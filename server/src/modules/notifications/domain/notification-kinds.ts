/**
 * What a notification is about. Each kind names its subject: a post (MENTION), a group (the GROUP_* kinds) or a
 * support ticket (the TICKET_* kinds); a notification is shown only while its reader may still see that subject
 * (notifications.repository.ts).
 * - To a ticket's requester: TICKET_REPLY (a public reply from staff, never an internal note), TICKET_STATUS (a status
 *   change, SOLVED included, with its reason).
 * - To its assignee: TICKET_ASSIGNED, TICKET_CUSTOMER_REPLY, TICKET_BREACHED (the first response is overdue).
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
}

/** Nobody is told of their own doing. */
export function worthSending(n: NewNotification): boolean {
  return n.recipientId !== n.actorId;
}
