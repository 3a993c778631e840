import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { PostVersionsRepository, type NewPostBody, type NewRevision } from './post-versions.repository';

export type { NewRevision };

/**
 * A post's versions as replies write them (posts module): the reply's row, and the same edit lock, revisions and
 * mentions as the opening post's, whose statements stay in PostVersionsRepository. Each method takes the caller's
 * transaction.
 */
@Injectable()
export class PostVersionsService {
  constructor(private readonly versions: PostVersionsRepository) {}

  /**
   * Inserts a reply with the number and time the thread's counters gave it; returns its id. Here, beside the opening
   * post's insert, so that every insert into posts writes the same column list.
   */
  insertReply(
    reply: { threadId: string; postNumber: number; authorId: string; replyToPostId: string | null; createdAt: Date },
    body: NewPostBody,
    m: EntityManager,
  ): Promise<string> {
    return this.versions.insertReply(reply, body, m);
  }

  /** Locks the post row for an edit and returns the revision count and text the edit builds on. */
  lockForEdit(postId: string, m: EntityManager): Promise<{ revisionCount: number; bodySource: string }> {
    return this.versions.lockForEdit(postId, m);
  }

  /** Inserts revision 1 of a new post, or an edit's revision with its reason and diff. */
  insertRevision(r: NewRevision, m: EntityManager): Promise<void> {
    return this.versions.insertRevision(r, m);
  }

  /** Replaces the users a post mentions. */
  replaceMentions(postId: string, userIds: string[], m: EntityManager): Promise<string[]> {
    return this.versions.replaceMentions(postId, userIds, m);
  }
}
