import type { EntityManager } from 'typeorm';

/** Serialises every writer of forum positions (create, reorder, a position edit, the importer). */
const FORUM_POSITIONS_LOCK = 7_301_002;

/**
 * Takes the forum-positions lock until the caller's transaction ends. A plain `max(position) + 1` without it gave
 * ten concurrent creates nine equal positions; the forums_position_key constraint now refuses that outright.
 */
export async function lockForumPositions(m: EntityManager): Promise<void> {
  await m.query('SELECT pg_advisory_xact_lock($1)', [FORUM_POSITIONS_LOCK]);
}

/** The position after the last forum; call with the lock held. */
export async function nextForumPosition(m: EntityManager): Promise<number> {
  const [{ next }] = await m.query(`SELECT coalesce(max(position), -1) + 1 AS next FROM forums`);
  return next;
}
