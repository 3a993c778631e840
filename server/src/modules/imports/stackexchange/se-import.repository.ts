import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/**
 * The importer's own statements about its transaction; every row it writes goes through the owning module
 * (AccountImportsService, ForumImportsService, ThreadImportsService, AnswerImportsService).
 */
@Injectable()
export class SeImportRepository {
  /** Two imports of the same site at once would race on numbering; the second waits here for the first to end. */
  async lockSite(siteKey: string, m: EntityManager): Promise<void> {
    await m.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [siteKey]);
  }

  /**
   * The big ANY(...) lookups look expensive to the planner, and compiling them (JIT) took longer than running
   * them: without JIT a site loads in less than half the time. For this transaction only.
   */
  async turnOffJit(m: EntityManager): Promise<void> {
    await m.query(`SET LOCAL jit = off`);
  }
}
