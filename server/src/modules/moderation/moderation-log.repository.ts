import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { decodeTypedCursor } from '../../platform/graphql/connection';
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

  /** Up to `first + 1` entries, newest first, after a keyset cursor; each cursor keeps PostgreSQL's microseconds. */
  async page(first: number, after?: string | null): Promise<Array<{ entry: ModerationEntryEntity; cursor: string[] }>> {
    const qb = this.db.getRepository(ModerationEntryEntity).createQueryBuilder('m').orderBy('m.createdAt', 'DESC').addOrderBy('m.id', 'DESC').limit(first + 1);
    if (after) {
      const [at, id] = decodeTypedCursor(after, ['timestamptz', 'uuid']);
      qb.where('(m.created_at, m.id) < (:at::timestamptz, :id::uuid)', { at, id });
    }
    const { entities, raw } = await qb.addSelect('m.created_at::text', 'cursor_at').getRawAndEntities();
    return entities.map((entry, i) => ({ entry, cursor: [raw[i].cursor_at as string, entry.id] }));
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
