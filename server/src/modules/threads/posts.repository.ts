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

/** The SQL of posts and what hangs off them: revisions, helpful votes, mentions. Writes take the caller's transaction. */
@Injectable()
export class PostsRepository {
  /** Inserts a thread's opening post (number 1) with the thread's created_at; returns its id. */
  async insertOpening(threadId: string, authorId: string, body: NewPostBody, createdAt: Date, m: EntityManager): Promise<string> {
    const [post] = await m.query(
      `INSERT INTO posts (thread_id, post_number, author_id, body_source, body_html, body_text, created_at)
         VALUES ($1, 1, $2, $3, $4, $5, $6) RETURNING id`,
      [threadId, authorId, body.bodySource, body.bodyHtml, body.bodyText, createdAt],
    );
    return post.id;
  }

  /** Inserts a reply with the number and time the thread's counters gave it; returns its id. */
  async insertReply(
    reply: { threadId: string; postNumber: number; authorId: string; replyToPostId: string | null; createdAt: Date },
    body: NewPostBody,
    m: EntityManager,
  ): Promise<string> {
    const [post] = await m.query(
      `INSERT INTO posts (thread_id, post_number, author_id, body_source, body_html, body_text, reply_to_post_id, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [reply.threadId, reply.postNumber, reply.authorId, body.bodySource, body.bodyHtml, body.bodyText, reply.replyToPostId, reply.createdAt],
    );
    return post.id;
  }

  /** Locks the post row for an edit and returns the revision count and text the edit builds on. */
  async lockForEdit(postId: string, m: EntityManager): Promise<{ revisionCount: number; bodySource: string }> {
    const [post] = await m.query(`SELECT revision_count, body_source FROM posts WHERE id = $1 FOR UPDATE`, [postId]);
    return { revisionCount: post.revision_count, bodySource: post.body_source };
  }

  /** Locks the post row for a redaction and returns its revision count. */
  async lockRevisionCount(postId: string, m: EntityManager): Promise<number> {
    const [row] = await m.query(`SELECT revision_count FROM posts WHERE id = $1 FOR UPDATE`, [postId]);
    return row.revision_count;
  }

  /** Writes the opening post's new body; without `rendered` the HTML, text and format stay as they were. */
  async updateOpeningBody(postId: string, body: EditedBody, revision: number, m: EntityManager): Promise<void> {
    await m.query(
      `UPDATE posts SET body_source = $2, body_html = coalesce($3, body_html), body_text = coalesce($4, body_text), body_format = CASE WHEN $3::text IS NULL THEN body_format ELSE 'markdown' END,
                revision_count = $5, edited_at = now() WHERE id = $1`,
      [postId, body.bodySource, body.rendered?.html ?? null, body.rendered?.text ?? null, revision],
    );
  }

  /** Writes a reply's new body. */
  async updateBody(postId: string, body: NewPostBody, revision: number, m: EntityManager): Promise<void> {
    await m.query(
      `UPDATE posts SET body_source = $2, body_html = $3, body_text = $4, body_format = 'markdown', revision_count = $5, edited_at = now() WHERE id = $1`,
      [postId, body.bodySource, body.bodyHtml, body.bodyText, revision],
    );
  }

  /** Hides (keeping the first hiding's time) or restores a post. */
  async setHidden(postId: string, hidden: boolean, byUserId: string | null, m: EntityManager): Promise<void> {
    await m.query(
      `UPDATE posts SET hidden_at = CASE WHEN $2 THEN coalesce(hidden_at, now()) END, hidden_by_id = CASE WHEN $2 THEN $3::uuid END WHERE id = $1`,
      [postId, hidden, byUserId],
    );
  }

  /** The post's hidden mark as the transaction sees it; null when there is no such post. */
  async findHiddenAt(postId: string, m: EntityManager): Promise<{ hiddenAt: Date | null } | null> {
    const [fresh] = await m.query(`SELECT hidden_at FROM posts WHERE id = $1`, [postId]);
    return fresh ? { hiddenAt: fresh.hidden_at } : null;
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

  /**
   * Purges an earlier revision's text and diff (the first redaction's time and redactor stay). False when there is
   * no such revision.
   */
  async redactRevision(postId: string, revision: number, byUserId: string | null, m: EntityManager): Promise<boolean> {
    const [[target]] = await m.query(
      `UPDATE post_revisions SET body_source = '', title = NULL, body_diff = NULL, redacted_at = coalesce(redacted_at, now()), redacted_by_id = coalesce(redacted_by_id, $3)
          WHERE post_id = $1 AND revision = $2 RETURNING id`,
      [postId, revision, byUserId],
    );
    return !!target;
  }

  /** Drops one revision's diff (the one after a redacted revision shows the removed lines). */
  async dropRevisionDiff(postId: string, revision: number, m: EntityManager): Promise<void> {
    await m.query(`UPDATE post_revisions SET body_diff = NULL WHERE post_id = $1 AND revision = $2`, [postId, revision]);
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

  /** Records a helpful vote; false when this user had already voted for the post. */
  async addVote(postId: string, userId: string, m: EntityManager): Promise<boolean> {
    const inserted = await m.query(`INSERT INTO post_votes (post_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING post_id`, [postId, userId]);
    return inserted.length > 0;
  }

  /** Withdraws a helpful vote; false when there was none. */
  async removeVote(postId: string, userId: string, m: EntityManager): Promise<boolean> {
    const deleted = await m.query(`DELETE FROM post_votes WHERE post_id = $1 AND user_id = $2 RETURNING post_id`, [postId, userId]);
    return !!deleted[0]?.length;
  }
}
