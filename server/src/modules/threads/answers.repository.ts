import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AcceptedAnswerEntity } from './entities/accepted-answer.entity';

/** The accepted_answers table: one per thread (UNIQUE(thread_id)) and per post (UNIQUE(post_id)). */
@Injectable()
export class AnswersRepository {
  /** Makes the post the thread's accepted answer, replacing any previous one. */
  async upsert(threadId: string, postId: string, acceptedById: string, kind: AcceptedAnswerEntity['kind'], m: EntityManager): Promise<void> {
    await m.query(
      `INSERT INTO accepted_answers (thread_id, post_id, accepted_by_id, kind) VALUES ($1, $2, $3, $4)
         ON CONFLICT (thread_id) DO UPDATE SET post_id = EXCLUDED.post_id, accepted_by_id = EXCLUDED.accepted_by_id,
                                              kind = EXCLUDED.kind, accepted_at = now()`,
      [threadId, postId, acceptedById, kind],
    );
  }

  async deleteForThread(threadId: string, m: EntityManager): Promise<void> {
    await m.query(`DELETE FROM accepted_answers WHERE thread_id = $1`, [threadId]);
  }

  /** Drops the accepted mark on a post (when it is hidden). */
  async deleteForPost(postId: string, m: EntityManager): Promise<void> {
    await m.query(`DELETE FROM accepted_answers WHERE post_id = $1`, [postId]);
  }
}
