import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** The content version's rows (migrations/1764320000000-content-versions.ts). */
@Injectable()
export class ContentVersionRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The sum of the shards, as text (a bigint). */
  async read(): Promise<string> {
    const [row] = await this.db.query(`SELECT sum(version)::text AS v FROM content_versions`);
    return row.v;
  }

  async bump(): Promise<void> {
    await this.db.query(`UPDATE content_versions SET version = version + 1 WHERE shard = 0`);
  }
}
