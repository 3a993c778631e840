import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { userSeesForumSql, userSeesPostSql, visibleGroupSql, visibleSql, type ReadScope } from '../forums/domain/read-scope';
import type { ModerationNoticeAction, NewNotification, NotificationKind } from './domain/notification-kinds';
import type { ThreadRelation, WatchLevel } from './domain/watch-rules';

export interface NotificationRow {
  id: string;
  recipientId: string;
  kind: NotificationKind;
  actorId: string | null;
  groupId: string | null;
  postId: string | null;
  joinRequestId: string | null;
  invitationId: string | null;
  ticketId: string | null;
  /** The ticket's number, for a link (#1001). */
  ticketNumber: number | null;
  message: string;
  action: ModerationNoticeAction | null;
  /** The post's thread and number, for a link (/t/<threadId>#post-<n>). */
  threadId: string | null;
  postNumber: number | null;
  createdAt: Date;
  readAt: Date | null;
}

const COLUMNS = `n.id, n.recipient_id AS "recipientId", n.kind, n.actor_id AS "actorId", n.group_id AS "groupId", n.post_id AS "postId",
  n.join_request_id AS "joinRequestId", n.invitation_id AS "invitationId", n.ticket_id AS "ticketId",
  (SELECT tk.number FROM tickets tk WHERE tk.id = n.ticket_id) AS "ticketNumber", n.message, n.action,
  (SELECT lp.thread_id FROM posts lp WHERE lp.id = n.post_id) AS "threadId", (SELECT lp.post_number FROM posts lp WHERE lp.id = n.post_id) AS "postNumber", n.created_at AS "createdAt", n.read_at AS "readAt"`;

export interface NotificationEmailRow {
  id: string;
  kind: NotificationKind;
  message: string;
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

/**
 * The notifications a reader may see now: the reader's own, whose subject (a post, a group, a ticket) their read scope still
 * shows. The same clause serves the list, the unread count and marking one read, so none of them tells more than the
 * others.
 */
function shownSql(scope: ReadScope, params: unknown[]): string {
  params.push(scope.userId);
  const recipient = `n.recipient_id = $${params.length}`;
  const post = `(n.post_id IS NULL OR EXISTS (SELECT 1 FROM posts p JOIN threads t ON t.id = p.thread_id JOIN forums f ON f.id = t.forum_id
      WHERE p.id = n.post_id AND ${visibleSql(scope, { forum: 'f', thread: 't', post: 'p', ownHidden: true }, params)}))`;
  const group = `(n.group_id IS NULL OR EXISTS (SELECT 1 FROM user_groups g WHERE g.id = n.group_id AND ${visibleGroupSql(scope, 'g', params)}))`;
  // A ticket: its requester and staff only (the scope of a staff member sees every forum).
  const ticket = `(n.ticket_id IS NULL OR EXISTS (SELECT 1 FROM tickets tk WHERE tk.id = n.ticket_id AND (tk.requester_id = n.recipient_id OR ${scope.allForums ? 'true' : 'false'})))`;
  return `${recipient} AND ${post} AND ${group} AND ${ticket}`;
}

/** The SQL of in-app notifications. */
@Injectable()
export class NotificationsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Inserts the notifications; answers their ids (for the email queue). */
  async insert(rows: NewNotification[], m: EntityManager): Promise<string[]> {
    if (!rows.length) return [];
    const inserted: { id: string }[] = await m.query(
      `INSERT INTO notifications (recipient_id, kind, actor_id, group_id, post_id, join_request_id, invitation_id, message, ticket_id, action)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::uuid[], $4::uuid[], $5::uuid[], $6::uuid[], $7::uuid[], $8::text[], $9::uuid[], $10::text[])
       RETURNING id`,
      [
        rows.map((r) => r.recipientId),
        rows.map((r) => r.kind),
        rows.map((r) => r.actorId),
        rows.map((r) => r.groupId ?? null),
        rows.map((r) => r.postId ?? null),
        rows.map((r) => r.joinRequestId ?? null),
        rows.map((r) => r.invitationId ?? null),
        rows.map((r) => r.message ?? ''),
        rows.map((r) => r.ticketId ?? null),
        rows.map((r) => r.action ?? null),
      ],
    );
    return inserted.map((r) => r.id);
  }

  /**
   * Notifications about posts (REPLY, QUOTED, ANSWER_ACCEPTED, MODERATION), each written only if its recipient may see
   * the post now (userSeesPostSql), and at most one per recipient, kind and post.
   */
  async insertAboutPosts(rows: NewNotification[], m: EntityManager): Promise<string[]> {
    if (!rows.length) return [];
    const inserted: { id: string }[] = await m.query(
      `INSERT INTO notifications (recipient_id, kind, actor_id, post_id, message, action)
       SELECT DISTINCT ON (r.recipient_id, r.kind, r.post_id) r.recipient_id, r.kind, r.actor_id, r.post_id, r.message, r.action
         FROM unnest($1::uuid[], $2::text[], $3::uuid[], $4::uuid[], $5::text[], $6::text[]) AS r(recipient_id, kind, actor_id, post_id, message, action)
         JOIN posts p ON p.id = r.post_id JOIN threads t ON t.id = p.thread_id JOIN forums f ON f.id = t.forum_id
        WHERE ${userSeesPostSql('r.recipient_id', { forum: 'f', thread: 't', post: 'p' })}
       RETURNING id`,
      [
        rows.map((r) => r.recipientId),
        rows.map((r) => r.kind),
        rows.map((r) => r.actorId),
        rows.map((r) => r.postId),
        rows.map((r) => r.message ?? ''),
        rows.map((r) => r.action ?? null),
      ],
    );
    return inserted.map((r) => r.id);
  }

  /**
   * Everyone related to a thread when reply `postId` lands in it: those with a thread or forum watch level, its starter
   * and the authors of its earlier posts.
   */
  async threadRelations(threadId: string, postId: string, m: EntityManager): Promise<ThreadRelation[]> {
    return m.query(
      `WITH th AS (SELECT id, forum_id, author_id FROM threads WHERE id = $1),
            people AS (
              SELECT user_id FROM thread_watches WHERE thread_id = $1
              UNION SELECT fw.user_id FROM forum_watches fw JOIN th ON fw.forum_id = th.forum_id
              UNION SELECT author_id FROM th
              UNION SELECT DISTINCT p.author_id FROM posts p WHERE p.thread_id = $1 AND p.id <> $2)
       SELECT u.user_id AS "userId", tw.level AS "threadLevel", fw.level AS "forumLevel", u.user_id = th.author_id AS "startedThread",
              EXISTS (SELECT 1 FROM posts p WHERE p.thread_id = $1 AND p.id <> $2 AND p.post_number > 1 AND p.author_id = u.user_id) AS "repliedBefore"
         FROM people u CROSS JOIN th
         LEFT JOIN thread_watches tw ON tw.thread_id = $1 AND tw.user_id = u.user_id
         LEFT JOIN forum_watches fw ON fw.forum_id = th.forum_id AND fw.user_id = u.user_id`,
      [threadId, postId],
    );
  }

  /** The author of a post (the one a reply answers). */
  async postAuthor(postId: string, m: EntityManager): Promise<string | null> {
    const [row] = await m.query(`SELECT author_id AS "authorId" FROM posts WHERE id = $1`, [postId]);
    return row?.authorId ?? null;
  }

  /** The opening post of a thread (the subject of notifications about the thread) and its author. */
  async openingPost(threadId: string, m: EntityManager): Promise<{ id: string; authorId: string } | null> {
    const [row] = await m.query(`SELECT id, author_id AS "authorId" FROM posts WHERE thread_id = $1 AND post_number = 1`, [threadId]);
    return row ?? null;
  }

  /** Records WATCHING for someone who posted in a thread, unless they already chose a level for it. */
  async watchUnlessChosen(userId: string, threadId: string, m: EntityManager): Promise<void> {
    await m.query(`INSERT INTO thread_watches (user_id, thread_id, level) VALUES ($1, $2, 'WATCHING') ON CONFLICT DO NOTHING`, [userId, threadId]);
  }

  async setThreadWatch(userId: string, threadId: string, level: WatchLevel): Promise<void> {
    await this.db.query(
      `INSERT INTO thread_watches (user_id, thread_id, level) VALUES ($1, $2, $3)
       ON CONFLICT (thread_id, user_id) DO UPDATE SET level = EXCLUDED.level, updated_at = now()`,
      [userId, threadId, level],
    );
  }

  async setForumWatch(userId: string, forumId: string, level: WatchLevel): Promise<void> {
    await this.db.query(
      `INSERT INTO forum_watches (user_id, forum_id, level) VALUES ($1, $2, $3)
       ON CONFLICT (forum_id, user_id) DO UPDATE SET level = EXCLUDED.level, updated_at = now()`,
      [userId, forumId, level],
    );
  }

  /** One user's relation to each of the threads (for Thread.viewerWatch), in one query. */
  async relationsToThreads(userId: string, threadIds: readonly string[]): Promise<Array<Omit<ThreadRelation, 'userId'> & { threadId: string }>> {
    return this.db.query(
      `SELECT t.id AS "threadId", tw.level AS "threadLevel", fw.level AS "forumLevel", t.author_id = $1 AS "startedThread",
              EXISTS (SELECT 1 FROM posts p WHERE p.thread_id = t.id AND p.post_number > 1 AND p.author_id = $1) AS "repliedBefore"
         FROM threads t
         LEFT JOIN thread_watches tw ON tw.thread_id = t.id AND tw.user_id = $1
         LEFT JOIN forum_watches fw ON fw.forum_id = t.forum_id AND fw.user_id = $1
        WHERE t.id = ANY ($2::uuid[])`,
      [userId, threadIds],
    );
  }

  /** One user's chosen level for each of the forums (for Forum.viewerWatch). */
  async forumLevels(userId: string, forumIds: readonly string[]): Promise<Array<{ forumId: string; level: WatchLevel }>> {
    return this.db.query(`SELECT forum_id AS "forumId", level FROM forum_watches WHERE user_id = $1 AND forum_id = ANY ($2::uuid[])`, [userId, forumIds]);
  }

  /**
   * MENTION notifications for the users a post newly mentions, except its author and anyone who may not see the post's
   * forum (userSeesForumSql: the read scope's rule for another person than the viewer).
   */
  async insertMentions(postId: string, userIds: readonly string[], authorId: string, m: EntityManager): Promise<string[]> {
    if (!userIds.length) return [];
    const inserted: { id: string }[] = await m.query(
      `INSERT INTO notifications (recipient_id, kind, actor_id, post_id)
       SELECT u.id, 'MENTION', $3, p.id
         FROM unnest($2::uuid[]) AS u(id)
         JOIN posts p ON p.id = $1 JOIN threads t ON t.id = p.thread_id JOIN forums f ON f.id = t.forum_id
        WHERE u.id <> $3 AND ${userSeesForumSql('u.id', 'f')}
       RETURNING id`,
      [postId, userIds, authorId],
    );
    return inserted.map((r) => r.id);
  }

  /**
   * What an email about these notifications may show their recipient (the scope's user), built at send time: only
   * those the recipient may see now (the same clause as the list), with the post's sanitized HTML and text.
   */
  async forEmail(scope: ReadScope, ids: readonly string[], m: EntityManager): Promise<NotificationEmailRow[]> {
    const params: unknown[] = [ids];
    return m.query(
      `SELECT n.id, n.kind, n.message, n.action, a.display_name AS "actorName", t.id AS "threadId", t.title AS "threadTitle",
              p.post_number AS "postNumber", p.body_html AS "postHtml", p.body_source AS "postText",
              g.name AS "groupName", g.slug AS "groupSlug", tk.number AS "ticketNumber", tt.title AS "ticketSubject"
         FROM notifications n
         LEFT JOIN users a ON a.id = n.actor_id
         LEFT JOIN posts p ON p.id = n.post_id LEFT JOIN threads t ON t.id = p.thread_id
         LEFT JOIN user_groups g ON g.id = n.group_id
         LEFT JOIN tickets tk ON tk.id = n.ticket_id LEFT JOIN threads tt ON tt.id = tk.thread_id
        WHERE n.id = ANY($1::uuid[]) AND ${shownSql(scope, params)}
        ORDER BY n.created_at`,
      params,
    );
  }

  /** Newest first, `first + 1` rows after the keyset cursor. */
  async list(scope: ReadScope, first: number, after: [string, string] | null, unreadOnly: boolean): Promise<NotificationRow[]> {
    const params: unknown[] = [];
    const where = [shownSql(scope, params)];
    if (unreadOnly) where.push('n.read_at IS NULL');
    if (after) {
      params.push(after[0], after[1]);
      where.push(`(n.created_at, n.id) < ($${params.length - 1}::timestamptz, $${params.length}::uuid)`);
    }
    params.push(first + 1);
    return this.db.query(
      `SELECT ${COLUMNS} FROM notifications n WHERE ${where.join(' AND ')} ORDER BY n.created_at DESC, n.id DESC LIMIT $${params.length}`,
      params,
    );
  }

  async unreadCount(scope: ReadScope): Promise<number> {
    const params: unknown[] = [];
    const [row] = await this.db.query(`SELECT count(*)::int AS n FROM notifications n WHERE ${shownSql(scope, params)} AND n.read_at IS NULL`, params);
    return row.n;
  }

  /** Marks one read; null when the reader may not see it (not theirs, or its subject is hidden from them now). */
  async markRead(scope: ReadScope, id: string): Promise<NotificationRow | null> {
    const params: unknown[] = [id];
    const [rows] = await this.db.query(
      `UPDATE notifications n SET read_at = coalesce(n.read_at, now()) WHERE n.id = $1 AND ${shownSql(scope, params)} RETURNING ${COLUMNS}`,
      params,
    );
    return rows[0] ?? null;
  }

  /** Marks every unread notification of the reader read; returns how many of those they could see. */
  async markAllRead(scope: ReadScope): Promise<number> {
    const params: unknown[] = [];
    const [, count] = await this.db.query(`UPDATE notifications n SET read_at = now() WHERE ${shownSql(scope, params)} AND n.read_at IS NULL`, params);
    return count;
  }

  /** Drops the notifications about a request or invitation that is no longer open (a cancelled request). */
  async deleteForJoinRequest(joinRequestId: string, m: EntityManager): Promise<void> {
    await m.query(`DELETE FROM notifications WHERE join_request_id = $1 AND kind = 'GROUP_JOIN_REQUESTED'`, [joinRequestId]);
  }
}
