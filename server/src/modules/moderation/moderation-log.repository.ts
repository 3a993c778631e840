import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { decodeTypedCursor } from '../../platform/graphql/connection';
import { visibleSql, type ReadScope } from '../forums/domain/read-scope';
import { ModerationEntryEntity } from './entities/moderation-entry.entity';

export interface NewModerationEntry {
  actorId: string | null;
  action: string;
  targetType: ModerationEntryEntity['targetType'];
  targetId: string;
  reason: string;
  details?: Record<string, unknown>;
}

/** The moderation_log table: written in the transaction of the action it records, read by moderators. */
@Injectable()
export class ModerationLogRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** A thread's entries and those of its posts, newest first (at most 50). */
  threadEntries(threadId: string): Promise<ModerationEntryEntity[]> {
    return this.db
      .getRepository(ModerationEntryEntity)
      .createQueryBuilder('m')
      .where('m.target_id = :id OR m.target_id IN (SELECT p.id FROM posts p WHERE p.thread_id = :id)', { id: threadId })
      .orderBy('m.created_at', 'DESC')
      .limit(50)
      .getMany();
  }

  /** The latest entry of each of `actions` for each target (the reason a thread is hidden, locked, moved). */
  latestByTarget(
    targetIds: readonly string[],
    actions: readonly string[],
  ): Promise<Array<{ targetId: string; action: string; reason: string; details: Record<string, unknown> | null; createdAt: Date }>> {
    return this.db.query(
      `SELECT DISTINCT ON (target_id, action) target_id AS "targetId", action, reason, details, created_at AS "createdAt"
         FROM moderation_log WHERE target_id = ANY ($1::uuid[]) AND action = ANY ($2::text[])
        ORDER BY target_id, action, created_at DESC`,
      [targetIds, actions],
    );
  }

  /**
   * Up to `first + 1` entries, newest first, after a keyset cursor; each cursor keeps PostgreSQL's microseconds.
   * Only entries about what `scope` may see: the target's forum (a thread's, a post's thread's, or the forum itself)
   * and, for a move, the forum it came from. A moderator outside a user group reads nothing about its private forums.
   */
  async page(scope: ReadScope, first: number, after?: string | null): Promise<Array<{ entry: ModerationEntryEntity; cursor: string[] }>> {
    const params: unknown[] = [];
    const forumSeen = (alias: string) => visibleSql(scope, { forum: alias }, params);
    const where = [
      `(CASE m.target_type
          WHEN 'FORUM' THEN EXISTS (SELECT 1 FROM forums f WHERE f.id = m.target_id AND ${forumSeen('f')})
          WHEN 'THREAD' THEN EXISTS (SELECT 1 FROM threads t JOIN forums f ON f.id = t.forum_id WHERE t.id = m.target_id AND ${forumSeen('f')})
          ELSE EXISTS (SELECT 1 FROM posts p JOIN threads t ON t.id = p.thread_id JOIN forums f ON f.id = t.forum_id WHERE p.id = m.target_id AND ${forumSeen('f')})
        END)`,
      `(NOT (m.details ? 'fromForumId') OR EXISTS (SELECT 1 FROM forums f WHERE f.id::text = m.details->>'fromForumId' AND ${forumSeen('f')}))`,
    ];
    if (after) {
      const [at, id] = decodeTypedCursor(after, ['timestamptz', 'uuid']);
      params.push(at, id);
      where.push(`(m.created_at, m.id) < ($${params.length - 1}::timestamptz, $${params.length}::uuid)`);
    }
    params.push(first + 1);
    const rows: Array<ModerationEntryEntity & { cursorAt: string }> = await this.db.query(
      `SELECT m.id, m.actor_id AS "actorId", m.action, m.target_type AS "targetType", m.target_id AS "targetId", m.reason, m.details,
              m.created_at AS "createdAt", m.created_at::text AS "cursorAt"
         FROM moderation_log m
        WHERE ${where.join(' AND ')}
        ORDER BY m.created_at DESC, m.id DESC
        LIMIT $${params.length}`,
      params,
    );
    return rows.map(({ cursorAt, ...entry }) => ({ entry: Object.assign(new ModerationEntryEntity(), entry), cursor: [cursorAt, entry.id] }));
  }

  /** Records an action in the caller's transaction (details default to `{}`, as the column does). */
  async record(entry: NewModerationEntry, m: EntityManager): Promise<void> {
    if (entry.details === undefined) {
      await m.query(`INSERT INTO moderation_log (actor_id, action, target_type, target_id, reason) VALUES ($1, $2, $3, $4, $5)`, [
        entry.actorId,
        entry.action,
        entry.targetType,
        entry.targetId,
        entry.reason,
      ]);
    } else {
      await m.query(`INSERT INTO moderation_log (actor_id, action, target_type, target_id, reason, details) VALUES ($1, $2, $3, $4, $5, $6)`, [
        entry.actorId,
        entry.action,
        entry.targetType,
        entry.targetId,
        entry.reason,
        JSON.stringify(entry.details),
      ]);
    }
  }
}
