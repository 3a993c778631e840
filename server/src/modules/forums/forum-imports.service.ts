import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ForumsRepository, type NewForum } from './forums.repository';

/**
 * What an importer writes into forums, inside its own transaction (every method takes its EntityManager): a forum per
 * imported community, found again by its source key (forums.imported_from) on a rerun.
 */
@Injectable()
export class ForumImportsService {
  constructor(private readonly forums: ForumsRepository) {}

  /** The id of the forum imported from this source key, or null. */
  findIdByImportedFrom(importedFrom: string, m: EntityManager): Promise<string | null> {
    return this.forums.findIdByImportedFrom(importedFrom, m);
  }

  /** Which of these slugs other forums have. */
  takenSlugs(slugs: readonly string[], m: EntityManager): Promise<string[]> {
    return this.forums.takenSlugs(slugs, m);
  }

  /**
   * Inserts an imported forum after the last one. The same position rule as forums created in the app (one lock,
   * next free position), so a staff member creating a forum during an import never collides with it on the unique
   * position. Null when a forum with this source key exists already.
   */
  async insertImported(forum: Omit<NewForum, 'position'> & { importedFrom: string }, m: EntityManager): Promise<string | null> {
    await this.forums.lockPositions(m);
    return this.forums.insertImported({ ...forum, position: await this.forums.nextPosition(m) }, m);
  }
}
