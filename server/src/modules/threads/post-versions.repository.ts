import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

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

/**
 * The versions of a post's body, shared by the opening post (threads) and replies (posts, through PostVersionsService):
 * the opening post's row, the edit lock, the revisions and the mentions. Writes take the caller's transaction.
 */
@Injectable()
export class PostVersionsRepository {
  /** Inserts a thread's opening post (number 1) with the thread's created_at; returns its id. */
  async insertOpening(threadId: string, authorId: string, body: NewPostBody, createdAt: Date, m: EntityManager): Promise<string> {
    const [post] = await m.query(
      `INSERT INTO posts (thread_id, post_number, author_id, body_source, body_html, body_text, created_at)
         VALUES ($1, 1, $2, $3, $4, $5, $6) RETURNING id`,
      [threadId, authorId, body.bodySource, body.bodyHtml, body.bodyText, createdAt],
    );
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
    if (!r.edit) {
      if (r.opening) {
        await m.query(`INSERT INTO post_revisions (post_id, revision, editor_id, title, tags, body_source) VALUES ($1, 1, $2, $3, $4, $5)`, [
          r.postId,
          r.editorId,
          r.opening.title,
          r.opening.tags,
          r.bodySource,
        ]);
      } else {
        await m.query(`INSERT INTO post_revisions (post_id, revision, editor_id, body_source) VALUES ($1, 1, $2, $3)`, [r.postId, r.editorId, r.bodySource]);
      }
      return;
    }
    const reason = r.edit.reason;
    const diff = JSON.stringify(r.edit.diff);
    if (r.opening) {
      await m.query(`INSERT INTO post_revisions (post_id, revision, editor_id, title, tags, body_source, reason, body_diff) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`, [
        r.postId,
        r.revision,
        r.editorId,
        r.opening.title,
        r.opening.tags,
        r.bodySource,
        reason,
        diff,
      ]);
    } else {
      await m.query(`INSERT INTO post_revisions (post_id, revision, editor_id, body_source, reason, body_diff) VALUES ($1, $2, $3, $4, $5, $6)`, [
        r.postId,
        r.revision,
        r.editorId,
        r.bodySource,
        reason,
        diff,
      ]);
    }
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
