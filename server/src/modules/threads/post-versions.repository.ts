import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { insertColumns, insertValuesSql } from '../../platform/database/insert-rows';

export interface NewPostBody {
  bodySource: string;
  bodyHtml: string;
  bodyText: string;
}

/** An edit's new body; `rendered` is null when only the title or tags changed (the opening post keeps its HTML). */
export interface EditedBody {
  bodySource: string;
  rendered: { html: string; text: string } | null;
}

/** A revision row: title and tags only on the opening post's revisions; reason and diff only on edits (without, it is revision 1). */
export interface NewRevision {
  postId: string;
  revision: number;
  editorId: string | null;
  bodySource: string;
  opening?: { title: string; tags: string[] };
  edit?: { reason: string | null; diff: unknown };
}

/** A posts row as the app and the importer write it (a field left undefined takes the column's default). */
export interface PostRow extends NewPostBody {
  threadId: string;
  postNumber: number;
  authorId: string;
  /** 'markdown' (the default) for posts written here; 'html' for imported posts (untrusted HTML, sanitized). */
  bodyFormat?: 'markdown' | 'html';
  replyToPostId?: string | null;
  editedAt?: Date | null;
  importedFrom?: string;
  createdAt: Date;
}

/** The columns every insert into posts writes: the opening post, replies and the importer's ThreadsBulkRepository. */
export const POST_INSERT_COLUMNS = insertColumns<PostRow>('posts', {
  threadId: 'thread_id',
  postNumber: 'post_number',
  authorId: 'author_id',
  bodyFormat: 'body_format',
  bodySource: 'body_source',
  bodyHtml: 'body_html',
  bodyText: 'body_text',
  replyToPostId: 'reply_to_post_id',
  editedAt: 'edited_at',
  importedFrom: 'imported_from',
  createdAt: 'created_at',
});

/** A post_revisions row: title and tags only on the opening post's revisions, reason and diff only on edits. */
export interface RevisionRow {
  postId: string;
  revision: number;
  editorId: string | null;
  title?: string | null;
  tags?: string[] | null;
  bodySource: string;
  reason?: string | null;
  /** JSON text of the line diff against the revision before. */
  bodyDiff?: string | null;
  createdAt?: Date;
}

/** The columns every insert into post_revisions writes: insertRevision and the importer's ThreadsBulkRepository. */
export const REVISION_INSERT_COLUMNS = insertColumns<RevisionRow>('post_revisions', {
  postId: 'post_id',
  revision: 'revision',
  editorId: 'editor_id',
  title: 'title',
  tags: 'tags',
  bodySource: 'body_source',
  reason: 'reason',
  bodyDiff: 'body_diff',
  createdAt: 'created_at',
});

/**
 * The versions of a post's body, shared by the opening post (threads) and replies (posts, through PostVersionsService):
 * the post rows (the opening post's and replies', through one insert column list), the edit lock, the revisions and
 * the mentions. Writes take the caller's transaction.
 */
@Injectable()
export class PostVersionsRepository {
  /** Inserts a thread's opening post (number 1) with the thread's created_at; returns its id. */
  async insertOpening(threadId: string, authorId: string, body: NewPostBody, createdAt: Date, m: EntityManager): Promise<string> {
    const { sql, params } = insertValuesSql(POST_INSERT_COLUMNS, [
      { threadId, postNumber: 1, authorId, bodySource: body.bodySource, bodyHtml: body.bodyHtml, bodyText: body.bodyText, createdAt },
    ]);
    const [post] = await m.query(`${sql} RETURNING id`, params);
    return post.id;
  }

  /** Inserts a reply with the number and time the thread's counters gave it; returns its id. */
  async insertReply(
    reply: { threadId: string; postNumber: number; authorId: string; replyToPostId: string | null; createdAt: Date },
    body: NewPostBody,
    m: EntityManager,
  ): Promise<string> {
    const { sql, params } = insertValuesSql(POST_INSERT_COLUMNS, [{ ...reply, bodySource: body.bodySource, bodyHtml: body.bodyHtml, bodyText: body.bodyText }]);
    const [post] = await m.query(`${sql} RETURNING id`, params);
    return post.id;
  }

  /** Locks the post row for an edit and returns the revision count and text the edit builds on. */
  async lockForEdit(postId: string, m: EntityManager): Promise<{ revisionCount: number; bodySource: string }> {
    const [post] = await m.query(`SELECT revision_count, body_source FROM posts WHERE id = $1 FOR UPDATE`, [postId]);
    return { revisionCount: post.revision_count, bodySource: post.body_source };
  }

  /** Writes the opening post's new body; without `rendered` the HTML, text and format stay as they were. */
  async updateOpeningBody(postId: string, body: EditedBody, revision: number, m: EntityManager): Promise<void> {
    await m.query(
      `UPDATE posts SET body_source = $2, body_html = coalesce($3, body_html), body_text = coalesce($4, body_text), body_format = CASE WHEN $3::text IS NULL THEN body_format ELSE 'markdown' END,
                revision_count = $5, edited_at = now() WHERE id = $1`,
      [postId, body.bodySource, body.rendered?.html ?? null, body.rendered?.text ?? null, revision],
    );
  }

  /** Inserts a revision: the first one (revision 1) when it is not an edit, else the edit's, with reason and diff. */
  async insertRevision(r: NewRevision, m: EntityManager): Promise<void> {
    const { sql, params } = insertValuesSql(REVISION_INSERT_COLUMNS, [
      {
        postId: r.postId,
        revision: r.edit ? r.revision : 1,
        editorId: r.editorId,
        title: r.opening?.title,
        tags: r.opening?.tags,
        bodySource: r.bodySource,
        reason: r.edit?.reason,
        bodyDiff: r.edit ? JSON.stringify(r.edit.diff) : undefined,
      },
    ]);
    await m.query(sql, params);
  }

  /** Replaces the users a post mentions; returns those it did not mention before (to be notified). */
  async replaceMentions(postId: string, userIds: string[], m: EntityManager): Promise<string[]> {
    const added: Array<{ user_id: string }> = await m.query(
      `WITH gone AS (DELETE FROM post_mentions WHERE post_id = $1 AND NOT (user_id = ANY ($2::uuid[])))
       INSERT INTO post_mentions (post_id, user_id) SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING RETURNING user_id`,
      [postId, userIds],
    );
    return added.map((r) => r.user_id);
  }
}
