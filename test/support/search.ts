import type { TestApp } from './test-app';

/**
 * Waits until the search worker has applied every outbox row written so far: rows are deleted only after Meilisearch
 * has applied their documents, so an empty outbox means search shows every committed change.
 */
export async function waitForSearchSync(t: Pick<TestApp, 'db'>, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM outbox`);
    if (n === 0) return;
    if (Date.now() > deadline) throw new Error(`search sync: ${n} outbox rows still pending after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
