import type { DataSource } from 'typeorm';

/** The advisory lock key that serialises migration runs across every process on the database. */
const MIGRATION_LOCK = 7_347_100;

/**
 * Runs the pending migrations while holding a session advisory lock, so instances that start together (a rolling
 * deploy, two containers) migrate one after the other: the second finds nothing left to run instead of failing on the
 * first one's tables. TypeORM takes no such lock itself.
 */
export async function runMigrationsOneAtATime(db: DataSource): Promise<void> {
  const runner = db.createQueryRunner();
  try {
    await runner.connect();
    await runner.query(`SELECT pg_advisory_lock($1)`, [MIGRATION_LOCK]);
    try {
      await db.runMigrations({ transaction: 'all' });
    } finally {
      await runner.query(`SELECT pg_advisory_unlock($1)`, [MIGRATION_LOCK]);
    }
  } finally {
    await runner.release();
  }
}
