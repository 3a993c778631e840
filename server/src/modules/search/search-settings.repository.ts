import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AdminSearchSettings } from './domain/index-settings';

export interface StoredSearchSettings extends AdminSearchSettings {
  updatedAt: Date;
}

/** The admins' synonyms and stop words: one row (the migration creates it). */
@Injectable()
export class SearchSettingsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async get(): Promise<StoredSearchSettings> {
    const [row] = await this.db.query(`SELECT synonym_groups AS "synonymGroups", stop_words AS "stopWords", updated_at AS "updatedAt" FROM search_settings`);
    return row;
  }

  async save(settings: AdminSearchSettings, userId: string): Promise<StoredSearchSettings> {
    // An UPDATE through TypeORM's query() answers [rows, affected count].
    const [[row]] = await this.db.query(
      `UPDATE search_settings SET synonym_groups = $1::jsonb, stop_words = $2::text[], updated_by = $3, updated_at = now()
        RETURNING synonym_groups AS "synonymGroups", stop_words AS "stopWords", updated_at AS "updatedAt"`,
      [JSON.stringify(settings.synonymGroups), settings.stopWords, userId],
    );
    return row;
  }
}
