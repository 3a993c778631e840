import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, IsNull, type EntityManager } from 'typeorm';
import { insertColumns, insertValuesSql } from '../../platform/database/insert-rows';
import { writeOutbox } from '../../platform/outbox/outbox.repository';
import { ForumEntity } from './entities/forum.entity';

/** Serialises every writer of forum positions (create, reorder, a position edit, the importer). */
const FORUM_POSITIONS_LOCK = 7_301_002;

export type NewForum = Pick<ForumEntity, 'name' | 'slug' | 'description' | 'productArea' | 'position'> & Partial<Pick<ForumEntity, 'groupId' | 'color'>>;

/** A forum from another community (a Stack Exchange site), found again by its source key on a rerun. */
export type ImportedForum = NewForum & { importedFrom: string };

/** The columns every insert into forums writes, from the app and from the importer alike. */
const FORUM_INSERT_COLUMNS = insertColumns<NewForum & { importedFrom?: string }>('forums', {
  slug: 'slug',
  name: 'name',
  description: 'description',
  productArea: 'product_area',
  position: 'position',
  groupId: 'group_id',
  color: 'color',
  importedFrom: 'imported_from',
});

/**
 * The forums table's SQL. Reads and single writes run on the data source unless given `manager`; the service opens
 * transactions and passes their EntityManager to every call that belongs to the unit of work.
 */
@Injectable()
export class ForumsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  private repo(manager?: EntityManager) {
    return (manager ?? this.db.manager).getRepository(ForumEntity);
  }

  /** All forums in display order (position, then name); archived ones only when asked. */
  listOrdered(opts: { includeArchived: boolean }, manager?: EntityManager): Promise<ForumEntity[]> {
    return this.repo(manager).find({
      where: opts.includeArchived ? {} : { archivedAt: IsNull() },
      order: { position: 'ASC', name: 'ASC' },
    });
  }

  findById(id: string, manager?: EntityManager): Promise<ForumEntity | null> {
    return this.repo(manager).findOneBy({ id });
  }

  /** Like findById for a forum known to exist (just written); throws when it does not. */
  getById(id: string, manager?: EntityManager): Promise<ForumEntity> {
    return this.repo(manager).findOneByOrFail({ id });
  }

  findBySlug(slug: string, manager?: EntityManager): Promise<ForumEntity | null> {
    return this.repo(manager).findOneBy({ slug });
  }

  /** The unarchived forums private to these groups, in display order. */
  findByGroupIds(groupIds: readonly string[]): Promise<ForumEntity[]> {
    return this.repo().find({ where: { groupId: In([...groupIds]), archivedAt: IsNull() }, order: { position: 'ASC', name: 'ASC' } });
  }

  /** Ids of the private forums outside these groups (what a scope without every forum must not see). */
  async privateForumIdsOutside(groupIds: readonly string[]): Promise<string[]> {
    const rows: Array<{ id: string }> = await this.db.query(`SELECT id FROM forums WHERE group_id IS NOT NULL AND NOT (group_id = ANY ($1::uuid[]))`, [
      [...groupIds],
    ]);
    return rows.map((r) => r.id);
  }

  findByIds(ids: readonly string[], manager?: EntityManager): Promise<ForumEntity[]> {
    return this.repo(manager).findBy({ id: In([...ids]) });
  }

  /** Inserts a forum and returns its id (re-read it for database defaults). */
  async insert(values: NewForum, manager?: EntityManager): Promise<string> {
    const { sql, params } = insertValuesSql(FORUM_INSERT_COLUMNS, [values]);
    const [row] = await (manager ?? this.db).query(`${sql} RETURNING id`, params);
    return row.id;
  }

  /** Inserts an imported forum; null when a forum with its source key exists already. */
  async insertImported(values: ImportedForum, manager: EntityManager): Promise<string | null> {
    const { sql, params } = insertValuesSql(FORUM_INSERT_COLUMNS, [values]);
    const [row] = await manager.query(`${sql} ON CONFLICT (imported_from) DO NOTHING RETURNING id`, params);
    return row?.id ?? null;
  }

  /** The id of the forum imported from this source key, or null. */
  async findIdByImportedFrom(importedFrom: string, manager: EntityManager): Promise<string | null> {
    const [row] = await manager.query(`SELECT id FROM forums WHERE imported_from = $1`, [importedFrom]);
    return row?.id ?? null;
  }

  /** Which of these slugs other forums have. */
  async takenSlugs(slugs: readonly string[], manager: EntityManager): Promise<string[]> {
    const rows: Array<{ slug: string }> = await manager.query(`SELECT slug FROM forums WHERE slug = ANY ($1::text[])`, [slugs]);
    return rows.map((r) => r.slug);
  }

  /** Writes a loaded forum's changed columns back. */
  save(forum: ForumEntity, manager?: EntityManager): Promise<ForumEntity> {
    return this.repo(manager).save(forum);
  }

  /**
   * Takes the forum-positions lock until the caller's transaction ends. A plain `max(position) + 1` without it gave
   * ten concurrent creates nine equal positions; the forums_position_key constraint now refuses that outright.
   */
  async lockPositions(manager: EntityManager): Promise<void> {
    await manager.query('SELECT pg_advisory_xact_lock($1)', [FORUM_POSITIONS_LOCK]);
  }

  /** The position after the last forum; call with the lock held. */
  async nextPosition(manager: EntityManager): Promise<number> {
    const [{ next }] = await manager.query(`SELECT coalesce(max(position), -1) + 1 AS next FROM forums`);
    return next;
  }

  /** Every forum's id in display order, row-locked until the transaction ends. */
  async lockAllInOrder(manager: EntityManager): Promise<string[]> {
    const rows: Array<{ id: string }> = await manager.query(`SELECT id FROM forums ORDER BY position, name FOR UPDATE`);
    return rows.map((r) => r.id);
  }

  /** Gives each listed forum its index in `orderedIds` as its position. */
  async setPositions(orderedIds: readonly string[], manager: EntityManager): Promise<void> {
    await manager.query(
      `UPDATE forums f SET position = o.pos - 1, updated_at = now() FROM unnest($1::uuid[]) WITH ORDINALITY AS o(id, pos) WHERE f.id = o.id`,
      [orderedIds],
    );
  }

  /** Archives (keeping the first archived_at) or unarchives a forum; false when no forum has this id. */
  async setArchived(id: string, archived: boolean, manager?: EntityManager): Promise<boolean> {
    // TypeORM's pg driver answers an UPDATE ... RETURNING with [rows, affected count].
    const [rows] = await (manager ?? this.db).query(
      `UPDATE forums SET archived_at = CASE WHEN $2 THEN coalesce(archived_at, now()) END, updated_at = now() WHERE id = $1 RETURNING id`,
      [id, archived],
    );
    return (rows?.length ?? 0) > 0;
  }

  /** Records a `forum` outbox event in the caller's transaction: what search shows for its threads changed. */
  recordChanged(forumId: string, manager: EntityManager): Promise<void> {
    return writeOutbox(manager, [{ topic: 'forum', forumId }]);
  }
}
