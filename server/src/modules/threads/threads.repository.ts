import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import { decodeTypedCursor, type CursorType } from '../../platform/graphql/connection';
import { byKeys, type LoaderRegistry } from '../../platform/graphql/loaders';
import { CLOCK_TIMESTAMP, insertColumns, insertValuesSql, type SqlValue } from '../../platform/database/insert-rows';
import { writeOutbox } from '../../platform/outbox/outbox.repository';
import { normalizeTags } from './domain/thread-rules';
import { AcceptedAnswerEntity } from './entities/accepted-answer.entity';
import { PostEntity } from './entities/post.entity';
import { ThreadEntity } from './entities/thread.entity';
import { LatestTabEnum, ThreadSortEnum } from './models/enums';
import { visibleSql, type ReadScope } from '../forums/domain/read-scope';
import { ACCEPTED_BY_THREAD, HIDDEN_REPLY_AUTHORS, OPENING_POST_BY_THREAD, POST_BY_ID, THREAD_BY_ID } from './loader-keys';

export interface ThreadListRow extends ThreadEntity {
  acceptedPostId: string | null;
  acceptedSnippet: string | null;
  cursor: unknown[];
}

export interface ThreadListOptions {
  forumId: string;
  sort: ThreadSortEnum;
  first: number;
  after?: string | null;
  /** Whose list it is: the forum's visibility and hidden threads follow the read scope. */
  scope: ReadScope;
  filter?: { solved?: boolean; hasStaffAnswer?: boolean; tag?: string };
}

interface SortSpec {
  /** SQL expressions of the keyset, all ordered DESC. */
  keys: string[];
  /** Casts for the cursor parameters, matching `keys`. */
  casts: CursorType[];
  where?: string;
}

const SORTS: Record<ThreadSortEnum, SortSpec> = {
  [ThreadSortEnum.LATEST_ACTIVITY]: { keys: ['(t.pinned_at IS NOT NULL)::int', 't.last_activity_at', 't.id'], casts: ['int', 'timestamptz', 'uuid'] },
  [ThreadSortEnum.NEWEST]: { keys: ['t.created_at', 't.id'], casts: ['timestamptz', 'uuid'] },
  [ThreadSortEnum.MOST_HELPFUL]: { keys: ['t.helpful_count', 't.created_at', 't.id'], casts: ['int', 'timestamptz', 'uuid'] },
  [ThreadSortEnum.UNANSWERED]: { keys: ['t.created_at', 't.id'], casts: ['timestamptz', 'uuid'], where: 't.reply_count = 0' },
};

/** The home page's tabs across forums (indexes threads_activity_idx and threads_unanswered_idx). */
const LATEST_TABS: Record<LatestTabEnum, SortSpec> = {
  [LatestTabEnum.LATEST]: { keys: ['t.last_activity_at', 't.id'], casts: ['timestamptz', 'uuid'] },
  [LatestTabEnum.UNANSWERED]: { keys: ['t.created_at', 't.id'], casts: ['timestamptz', 'uuid'], where: 't.reply_count = 0' },
  [LatestTabEnum.SOLVED]: { keys: ['t.last_activity_at', 't.id'], casts: ['timestamptz', 'uuid'], where: 'a.thread_id IS NOT NULL' },
};

const THREAD_COLUMNS = `t.id, t.forum_id AS "forumId", t.author_id AS "authorId", t.title, t.tags, t.pinned_at AS "pinnedAt",
  t.locked_at AS "lockedAt", t.hidden_at AS "hiddenAt", t.last_post_number AS "lastPostNumber", t.reply_count AS "replyCount",
  t.helpful_count AS "helpfulCount", t.view_count AS "viewCount", t.last_activity_at AS "lastActivityAt", t.last_poster_id AS "lastPosterId",
  t.first_staff_reply_at AS "firstStaffReplyAt", t.created_at AS "createdAt", t.updated_at AS "updatedAt"`;

/**
 * Records a `thread` outbox event per changed thread, in the caller's transaction; the search worker (search issue)
 * drains them.
 */
function enqueueThreadChanges(m: EntityManager, threadIds: readonly string[]): Promise<void> {
  return writeOutbox(
    m,
    threadIds.map((threadId) => ({ topic: 'thread', threadId })),
  );
}

export type NewThread = Pick<ThreadEntity, 'forumId' | 'authorId' | 'title' | 'tags'>;

/** A threads row as the app and the importer write it (a field left undefined takes the column's default). */
export interface ThreadRow extends NewThread {
  lastPostNumber?: number;
  lastPosterId?: string;
  lastActivityAt: Date | SqlValue;
  createdAt: Date | SqlValue;
  updatedAt?: Date;
  importedFrom?: string;
}

/** The columns every insert into threads writes: insert below and the importer's ThreadsBulkRepository. */
export const THREAD_INSERT_COLUMNS = insertColumns<ThreadRow>('threads', {
  forumId: 'forum_id',
  authorId: 'author_id',
  title: 'title',
  tags: 'tags',
  lastPostNumber: 'last_post_number',
  lastPosterId: 'last_poster_id',
  lastActivityAt: 'last_activity_at',
  createdAt: 'created_at',
  updatedAt: 'updated_at',
  importedFrom: 'imported_from',
});

/**
 * The threads table's SQL, and every read of thread, post and accepted-answer rows by entity (the data core other
 * modules read through ThreadsService): the thread and post pages (keyset-paginated lists, batched loaders) on the
 * data source, and the thread writes, which take the caller's transaction, plus the outbox rows that tell search.
 */
@Injectable()
export class ThreadsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Inserts a thread with its clock read now (the opening post shares it); returns its id and created_at. */
  async insert(values: NewThread, m: EntityManager): Promise<{ id: string; createdAt: Date }> {
    const { sql, params } = insertValuesSql(THREAD_INSERT_COLUMNS, [
      { ...values, lastPostNumber: 1, lastPosterId: values.authorId, lastActivityAt: CLOCK_TIMESTAMP, createdAt: CLOCK_TIMESTAMP },
    ]);
    const [thread] = await m.query(`${sql} RETURNING id, created_at`, params);
    return { id: thread.id, createdAt: thread.created_at };
  }

  async updateTitleAndTags(threadId: string, title: string, tags: string[], m: EntityManager): Promise<void> {
    await m.query(`UPDATE threads SET title = $2, tags = $3, updated_at = now() WHERE id = $1`, [threadId, title, tags]);
  }

  /** Records that threads changed, in the caller's transaction (see enqueueThreadChanges). */
  enqueueChanges(threadIds: readonly string[], m: EntityManager): Promise<void> {
    return enqueueThreadChanges(m, threadIds);
  }

  async listThreads(opts: ThreadListOptions): Promise<ThreadListRow[]> {
    const spec = SORTS[opts.sort];
    const params: unknown[] = [opts.forumId];
    const where = ['t.forum_id = $1'];
    where.push(visibleSql(opts.scope, { forum: 'f', thread: 't' }, params));
    if (spec.where) where.push(spec.where);
    if (opts.filter?.solved !== undefined && opts.filter.solved !== null) where.push(opts.filter.solved ? 'a.thread_id IS NOT NULL' : 'a.thread_id IS NULL');
    if (opts.filter?.hasStaffAnswer !== undefined && opts.filter.hasStaffAnswer !== null) {
      where.push(opts.filter.hasStaffAnswer ? 't.first_staff_reply_at IS NOT NULL' : 't.first_staff_reply_at IS NULL');
    }
    if (opts.filter?.tag) {
      const [tag] = normalizeTags([opts.filter.tag]);
      params.push(tag ?? '');
      where.push(`t.tags @> ARRAY[$${params.length}]::text[]`);
    }
    if (opts.after) {
      const values = decodeTypedCursor(opts.after, spec.casts);
      const placeholders = values.map((v, i) => {
        params.push(v);
        return `$${params.length}::${spec.casts[i]}`;
      });
      where.push(`(${spec.keys.join(', ')}) < (${placeholders.join(', ')})`);
    }
    params.push(opts.first + 1);
    const rows: Array<ThreadListRow & { cursor_values: string[] }> = await this.db.query(
      `SELECT ${THREAD_COLUMNS}, a.post_id AS "acceptedPostId", left(ap.body_text, 240) AS "acceptedSnippet",
              ARRAY[${spec.keys.map((k) => `${k}::text`).join(', ')}] AS cursor_values
         FROM threads t
         JOIN forums f ON f.id = t.forum_id
         LEFT JOIN accepted_answers a ON a.thread_id = t.id
         LEFT JOIN posts ap ON ap.id = a.post_id
        WHERE ${where.join(' AND ')}
        ORDER BY ${spec.keys.map((k) => `${k} DESC`).join(', ')}
        LIMIT $${params.length}`,
      params,
    );
    return rows.map(({ cursor_values, ...row }) => ({ ...row, cursor: cursor_values }));
  }

  /** The home page: threads of every forum `scope` may see, by tab, a page after the cursor (first + 1 rows). */
  async listLatest(scope: ReadScope, tab: LatestTabEnum, first: number, after?: string | null): Promise<ThreadListRow[]> {
    const spec = LATEST_TABS[tab];
    const params: unknown[] = [];
    const where = [visibleSql(scope, { forum: 'f', thread: 't' }, params)];
    if (spec.where) where.push(spec.where);
    if (after) {
      const values = decodeTypedCursor(after, spec.casts);
      const placeholders = values.map((v, i) => {
        params.push(v);
        return `$${params.length}::${spec.casts[i]}`;
      });
      where.push(`(${spec.keys.join(', ')}) < (${placeholders.join(', ')})`);
    }
    params.push(first + 1);
    const rows: Array<ThreadListRow & { cursor_values: string[] }> = await this.db.query(
      `SELECT ${THREAD_COLUMNS}, a.post_id AS "acceptedPostId", NULL AS "acceptedSnippet",
              ARRAY[${spec.keys.map((k) => `${k}::text`).join(', ')}] AS cursor_values
         FROM threads t
         JOIN forums f ON f.id = t.forum_id
         LEFT JOIN accepted_answers a ON a.thread_id = t.id
        WHERE ${where.join(' AND ')}
        ORDER BY ${spec.keys.map((k) => `${k} DESC`).join(', ')}
        LIMIT $${params.length}`,
      params,
    );
    return rows.map(({ cursor_values, ...row }) => ({ ...row, cursor: cursor_values }));
  }

  /** The latest active threads of a user group's forums that `scope` may see, newest activity first. */
  async latestInGroup(groupId: string, limit: number, scope: ReadScope): Promise<ThreadListRow[]> {
    const params: unknown[] = [groupId];
    const visible = visibleSql(scope, { forum: 'f', thread: 't' }, params);
    params.push(limit);
    return this.db.query(
      `SELECT ${THREAD_COLUMNS}, a.post_id AS "acceptedPostId", left(ap.body_text, 240) AS "acceptedSnippet"
         FROM threads t
         JOIN forums f ON f.id = t.forum_id
         LEFT JOIN accepted_answers a ON a.thread_id = t.id
         LEFT JOIN posts ap ON ap.id = a.post_id
        WHERE f.group_id = $1 AND ${visible}
        ORDER BY t.last_activity_at DESC, t.id DESC
        LIMIT $${params.length}`,
      params,
    );
  }

  /** Replies of a thread (post_number ≥ 2) in order, after a post number; the caller has checked the thread with this scope. */
  async listReplies(threadId: string, first: number, afterNumber: number, scope: ReadScope): Promise<PostEntity[]> {
    const qb = this.db
      .getRepository(PostEntity)
      .createQueryBuilder('p')
      .where('p.threadId = :threadId AND p.postNumber > :after', { threadId, after: Math.max(afterNumber, 1) })
      .orderBy('p.postNumber', 'ASC')
      .limit(first + 1);
    // visibleSql numbers its parameters; the query builder names them, so its clause is bound positionally here.
    const params: unknown[] = [];
    const visible = visibleSql(scope, { post: 'p', ownHidden: true }, params).replace(/\$(\d+)/g, (_, n: string) => `:scope${n}`);
    qb.andWhere(visible, Object.fromEntries(params.map((v, i) => [`scope${i + 1}`, v])));
    return qb.getMany();
  }

  /** Up to `limit` visible replies numbered below `beforeNumber`, nearest first (pages before a cursor, deep links). */
  async listRepliesBefore(threadId: string, limit: number, beforeNumber: number, scope: ReadScope): Promise<PostEntity[]> {
    const qb = this.db
      .getRepository(PostEntity)
      .createQueryBuilder('p')
      .where('p.threadId = :threadId AND p.postNumber > 1 AND p.postNumber < :before', { threadId, before: beforeNumber })
      .orderBy('p.postNumber', 'DESC')
      .limit(limit);
    qb.andWhere(visibleSql(scope, { post: 'p' }, []));
    return qb.getMany();
  }

  threadLoader(loaders: LoaderRegistry) {
    return loaders.getShared(THREAD_BY_ID, async (ids) => byKeys(ids, await this.db.getRepository(ThreadEntity).findBy({ id: In([...ids]) }), (t) => t.id));
  }

  postLoader(loaders: LoaderRegistry) {
    return loaders.getShared(POST_BY_ID, async (ids) => byKeys(ids, await this.db.getRepository(PostEntity).findBy({ id: In([...ids]) }), (p) => p.id));
  }

  openingPostLoader(loaders: LoaderRegistry) {
    return loaders.getShared(OPENING_POST_BY_THREAD, async (threadIds) =>
      byKeys(threadIds, await this.db.getRepository(PostEntity).findBy({ threadId: In([...threadIds]), postNumber: 1 }), (p) => p.threadId),
    );
  }

  hiddenReplyAuthorsLoader(loaders: LoaderRegistry) {
    return loaders.getShared(HIDDEN_REPLY_AUTHORS, async (threadIds) => {
      const rows: Array<{ threadId: string; authorIds: string[] }> = await this.db.query(
        `SELECT thread_id AS "threadId", array_agg(DISTINCT author_id) AS "authorIds"
           FROM posts WHERE thread_id = ANY ($1::uuid[]) AND post_number > 1 AND hidden_at IS NOT NULL GROUP BY thread_id`,
        [threadIds],
      );
      return byKeys(threadIds, rows, (r) => r.threadId).map((r) => r?.authorIds ?? []);
    });
  }

  acceptedLoader(loaders: LoaderRegistry) {
    return loaders.getShared(ACCEPTED_BY_THREAD, async (threadIds) =>
      byKeys(threadIds, await this.db.getRepository(AcceptedAnswerEntity).findBy({ threadId: In([...threadIds]) }), (a) => a.threadId),
    );
  }

  /** A user's latest visible posts, only from forums the viewer may see (privacy holds on profiles too). */
  async recentPosts(userId: string, limit: number, scope: ReadScope): Promise<PostEntity[]> {
    const params: unknown[] = [userId, limit];
    // A profile lists no hidden post, for anyone; private forums' posts only to those who may see them.
    const visible = visibleSql(scope, { forum: 'f' }, params);
    const ids: Array<{ id: string }> = await this.db.query(
      `SELECT p.id FROM posts p JOIN threads t ON t.id = p.thread_id JOIN forums f ON f.id = t.forum_id
        WHERE p.author_id = $1 AND p.hidden_at IS NULL AND t.hidden_at IS NULL AND ${visible}
        ORDER BY p.created_at DESC LIMIT $2`,
      params,
    );
    const posts = await this.db.getRepository(PostEntity).findBy({ id: In(ids.map((r) => r.id)) });
    return byKeys(
      ids.map((r) => r.id),
      posts,
      (p) => p.id,
    ).filter((p): p is PostEntity => !!p);
  }
}
