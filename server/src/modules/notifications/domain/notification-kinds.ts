/**
 * What a notification is about. Each kind names its subject: a post (MENTION) or a group (the GROUP_* kinds); a
 * notification is shown only while its reader may still see that subject (notifications.repository.ts).
 */
export const NOTIFICATION_KINDS = ['MENTION', 'GROUP_JOIN_REQUESTED', 'GROUP_REQUEST_APPROVED', 'GROUP_REQUEST_DENIED', 'GROUP_INVITATION'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export interface NewNotification {
  recipientId: string;
  kind: NotificationKind;
  actorId: string | null;
  groupId?: string | null;
  postId?: string | null;
  joinRequestId?: string | null;
  invitationId?: string | null;
  message?: string;
}

/** Nobody is told of their own doing. */
export function worthSending(n: NewNotification): boolean {
  return n.recipientId !== n.actorId;
}
