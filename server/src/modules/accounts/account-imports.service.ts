import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { UsersRepository, type ImportedUser } from './users.repository';

/**
 * What an importer writes into accounts, inside its own transaction (every method takes its EntityManager):
 * accounts from another community, found again by their source key (users.imported_from) on a rerun.
 */
@Injectable()
export class AccountImportsService {
  constructor(private readonly users: UsersRepository) {}

  /** Ids of the accounts already imported under these source keys, keyed by them. */
  idsByImportedFrom(keys: readonly string[], m: EntityManager): Promise<Map<string, string>> {
    return this.users.idsByImportedFrom(keys, m);
  }

  /** Which of these handles are taken. */
  takenHandles(handles: readonly string[], m: EntityManager): Promise<string[]> {
    return this.users.takenHandles(handles, m);
  }

  /**
   * Inserts accounts that cannot sign in until their owner claims them (no email, no password), in batches
   * (`onBatch` hears each batch's size); keys imported meanwhile are skipped. Returns the new accounts' ids by key.
   */
  insertImported(users: readonly ImportedUser[], m: EntityManager, onBatch?: (rows: number) => void): Promise<Array<{ id: string; importedFrom: string }>> {
    return this.users.insertImported(users, m, onBatch);
  }
}
