import { MODERATION_NOTICE_VERBS } from '@threadline/shared';
import { notificationEmail, type NotificationEmailFacts } from './notification-email';
import { MODERATION_NOTICE_ACTIONS } from './notification-kinds';

const base: NotificationEmailFacts = {
  kind: 'REPLY',
  message: '',
  action: null,
  actorName: 'Priya Natarajan',
  threadId: '0b9c1c9e-6f1e-4d8a-9b55-3f7f1c2a4b10',
  threadTitle: 'Leads stuck in the unassigned queue',
  postNumber: 3,
  postHtml: '<p>Check the routing rule order.</p>',
  postText: 'Check the routing rule order.',
  groupName: null,
  groupSlug: null,
  ticketNumber: null,
  ticketSubject: null,
};

describe('notificationEmail', () => {
  it('names who replied and where, quotes the reply and links to it', () => {
    expect(notificationEmail(base)).toEqual({
      kind: 'REPLY',
      headline: 'Priya Natarajan replied in “Leads stuck in the unassigned queue”',
      quote: { html: '<p>Check the routing rule order.</p>', text: 'Check the routing rule order.' },
      path: `/t/${base.threadId}#post-3`,
    });
  });

  it('says a reply answered the reader, and that their answer was accepted', () => {
    expect(notificationEmail({ ...base, kind: 'QUOTED' }).headline).toBe('Priya Natarajan replied to your post in “Leads stuck in the unassigned queue”');
    expect(notificationEmail({ ...base, kind: 'ANSWER_ACCEPTED' }).headline).toBe('Your answer in “Leads stuck in the unassigned queue” was accepted');
  });

  it('says what a moderator did and why', () => {
    const email = notificationEmail({ ...base, kind: 'MODERATION', action: 'HIDE_POST', message: 'Shares a customer phone number' });
    expect(email.headline).toBe('A moderator hid your reply in “Leads stuck in the unassigned queue”. Reason: Shares a customer phone number');
    expect(notificationEmail({ ...base, kind: 'MODERATION', action: 'LOCK_THREAD', message: '' }).headline).toBe(
      'A moderator locked your thread in “Leads stuck in the unassigned queue”',
    );
  });

  it('has words for every moderation action the server records, and only those', () => {
    expect(Object.keys(MODERATION_NOTICE_VERBS).sort()).toEqual([...MODERATION_NOTICE_ACTIONS].sort());
  });

  it('links a thread notification on its opening post to the thread itself', () => {
    expect(notificationEmail({ ...base, kind: 'MENTION', postNumber: 1 }).path).toBe(`/t/${base.threadId}`);
  });

  it('links ticket notifications to the ticket and never quotes its messages', () => {
    const email = notificationEmail({ ...base, kind: 'TICKET_REPLY', ticketNumber: 1004, ticketSubject: 'Webhook retries' });
    expect(email.path).toBe('/tickets/1004');
    expect(email.quote).toBeUndefined();
    expect(email.headline).toBe('Priya Natarajan replied on ticket #1004 (“Webhook retries”)');
  });
});
