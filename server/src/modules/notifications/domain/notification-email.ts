import { moderationNoticeVerb } from '@threadline/shared';
import type { ModerationNoticeAction, NotificationKind } from './notification-kinds';

/** What an email about one notification says, from facts the recipient may see (read at send time). */
export interface NotificationEmailFacts {
  kind: NotificationKind;
  message: string;
  /** MODERATION only: what the moderator did. */
  action: ModerationNoticeAction | null;
  actorName: string | null;
  threadId: string | null;
  threadTitle: string | null;
  postNumber: number | null;
  postHtml: string | null;
  postText: string | null;
  groupName: string | null;
  groupSlug: string | null;
  ticketNumber: number | null;
  ticketSubject: string | null;
}

export interface NotificationEmail {
  kind: NotificationKind;
  headline: string;
  quote?: { html: string; text: string };
  path: string;
}

/** Post text quoted in an email is cut here (the link leads to the rest). */
const QUOTE_CHARS = 2000;

/** The headline, the quoted post (its sanitized HTML only) and the link of a notification's email. */
export function notificationEmail(f: NotificationEmailFacts): NotificationEmail {
  const who = f.actorName ?? 'Someone';
  const thread = f.threadTitle ? `“${f.threadTitle}”` : 'a thread';
  const ticket = f.ticketNumber ? `ticket #${f.ticketNumber}${f.ticketSubject ? ` (“${f.ticketSubject}”)` : ''}` : 'your ticket';
  const group = f.groupName ? `“${f.groupName}”` : 'a group';
  const path = f.ticketNumber
    ? `/tickets/${f.ticketNumber}`
    : f.threadId
      ? `/t/${f.threadId}${f.postNumber && f.postNumber > 1 ? `#post-${f.postNumber}` : ''}`
      : f.groupSlug
        ? `/g/${f.groupSlug}`
        : '/notifications';
  const headlines: Partial<Record<string, string>> = {
    MENTION: `${who} mentioned you in ${thread}`,
    GROUP_JOIN_REQUESTED: `${who} asked to join ${group}`,
    GROUP_REQUEST_APPROVED: `You may now join ${group}`,
    GROUP_REQUEST_DENIED: `Your request to join ${group} was declined`,
    GROUP_INVITATION: `${who} invited you to ${group}`,
    TICKET_REPLY: `${who} replied on ${ticket}`,
    TICKET_STATUS: `${ticket[0].toUpperCase()}${ticket.slice(1)} changed status`,
    TICKET_ASSIGNED: `${ticket[0].toUpperCase()}${ticket.slice(1)} was assigned to you`,
    TICKET_CUSTOMER_REPLY: `${who} replied on ${ticket}`,
    TICKET_BREACHED: `${ticket[0].toUpperCase()}${ticket.slice(1)} missed its first-response target`,
    REPLY: `${who} replied in ${thread}`,
    QUOTED: `${who} replied to your post in ${thread}`,
    ANSWER_ACCEPTED: `Your answer in ${thread} was accepted`,
    MODERATION: `A moderator ${moderationNoticeVerb(f.action)} in ${thread}`,
  };
  let headline = headlines[f.kind] ?? `New notification: ${f.kind.toLowerCase().replace(/_/g, ' ')}`;
  // The moderator's reason for MODERATION; ticket and group kinds carry their own short message.
  if (f.message) headline += f.kind === 'MODERATION' ? `. Reason: ${f.message}` : `: ${f.message}`;
  const quote =
    f.postHtml && f.postText && !f.ticketNumber
      ? {
          html: f.postHtml.length > QUOTE_CHARS * 4 ? '' : f.postHtml,
          text: f.postText.length > QUOTE_CHARS ? `${f.postText.slice(0, QUOTE_CHARS)}…` : f.postText,
        }
      : undefined;
  return { kind: f.kind, headline, quote: quote && quote.html ? quote : undefined, path };
}
