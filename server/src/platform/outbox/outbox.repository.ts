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
