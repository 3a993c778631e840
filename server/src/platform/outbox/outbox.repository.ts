import type { EntityManager } from 'typeorm';
import { outboxEntityId, type OutboxEvent } from './outbox-event';

/**
 * Records events in the caller's transaction (take the EntityManager of the write they describe, so the row exists
 * exactly when the change does); the search worker drains them. One statement for any number of events; an event
 * repeated in the same call is written once.
 */
export async function writeOutbox(m: EntityManager, events: readonly OutboxEvent[]): Promise<void> {
  const rows = new Map<string, [string, string]>();
  for (const event of events) {
    const entityId = outboxEntityId(event);
    rows.set(`${event.topic}:${entityId}`, [event.topic, entityId]);
  }
  if (!rows.size) return;
  const topics = [...rows.values()].map(([topic]) => topic);
  const entityIds = [...rows.values()].map(([, entityId]) => entityId);
  await m.query(`INSERT INTO outbox (topic, entity_id) SELECT * FROM unnest($1::text[], $2::uuid[])`, [topics, entityIds]);
}

export interface OutboxRow {
  id: string;
  topic: string;
  entityId: string;
  createdAt: Date;
}

/**
 * The drainer's lock: one drainer at a time (across processes), so changes to one thread apply in order; reindex
 * holds it too while it rebuilds, so events wait and then apply to the new index.
 */
export const OUTBOX_DRAIN_LOCK = 7_347_001;

/** Takes the drain lock for the caller's transaction, or answers false at once when another drainer holds it. */
export async function tryOutboxDrainLock(m: EntityManager): Promise<boolean> {
  const [{ ok }] = await m.query(`SELECT pg_try_advisory_xact_lock($1) AS ok`, [OUTBOX_DRAIN_LOCK]);
  return ok;
}

/** Holds the drain lock on the caller's connection until releaseOutboxDrainLock (reindex), waiting for a batch in flight. */
export async function holdOutboxDrainLock(m: EntityManager): Promise<void> {
  await m.query(`SELECT pg_advisory_lock($1)`, [OUTBOX_DRAIN_LOCK]);
}

export async function releaseOutboxDrainLock(m: EntityManager): Promise<void> {
  await m.query(`SELECT pg_advisory_unlock($1)`, [OUTBOX_DRAIN_LOCK]);
}

/** The oldest pending rows, locked for the caller's transaction (SKIP LOCKED: never waits on another drainer). */
export function claimOutboxBatch(m: EntityManager, limit: number): Promise<OutboxRow[]> {
  return m.query(`SELECT id, topic, entity_id AS "entityId", created_at AS "createdAt" FROM outbox ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`, [limit]);
}

/** Drained rows go: the table holds only what is pending. */
export async function deleteOutboxRows(m: EntityManager, ids: readonly string[]): Promise<void> {
  await m.query(`DELETE FROM outbox WHERE id = ANY ($1::bigint[])`, [ids]);
}

/** Counts a failed try on rows that stay pending (outside the rolled-back batch). */
export async function countOutboxAttempt(m: EntityManager, ids: readonly string[]): Promise<void> {
  await m.query(`UPDATE outbox SET attempts = attempts + 1 WHERE id = ANY ($1::bigint[])`, [ids]);
}

/** How far behind search is: pending rows and the age of the oldest, in seconds (0 when none). */
export async function outboxBacklog(m: EntityManager): Promise<{ pending: number; oldestSeconds: number }> {
  const [row] = await m.query(
    `SELECT count(*)::int AS pending, COALESCE(extract(epoch FROM now() - min(created_at)), 0)::float8 AS "oldestSeconds" FROM outbox`,
  );
  return row;
}
