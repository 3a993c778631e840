import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { isForeignKeyViolation, isUniqueViolation } from '../../platform/database/pg-errors';
import type { Viewer } from '../accounts/domain/viewer';
import { BadUserInputError, ConflictError, NotFoundError } from '../../platform/errors/domain-error';
import { byKeys, groupByKeys, loaderKey, type LoaderRegistry } from '../../platform/graphql/loaders';
import { isUuid } from '../../platform/database/uuid';
import { slugify } from '@threadline/shared';
import { canManageForums, forumInputProblem, normalizeForumDescription, normalizeForumName, normalizeProductArea } from './domain/forum-rules';
import { ForumEntity } from './entities/forum.entity';
import { ForumSlugTakenError, NotForumManagerError } from './forums.errors';
import { ForumsRepository } from './forums.repository';
import { canSeeForum, readScopeOf, type ReadScope } from './domain/read-scope';

const FORUM_BY_ID = loaderKey<string, ForumEntity | null>('forums.byId');
const FORUMS_BY_GROUP = loaderKey<string, ForumEntity[]>('forums.byGroup');

const MAX_FORUMS_REORDERED = 1000;

/** The forum fields search shows with each of its threads (groupId: who may find them). */
const SEARCHED_FIELDS = ['name', 'slug', 'description', 'productArea', 'groupId'] as const;

function assertForumInput(input: { name?: string; description?: string; productArea?: string | null }) {
  const problem = forumInputProblem(input);
  if (problem) throw new BadUserInputError(problem.field, problem.message);
}

@Injectable()
export class ForumsService {
  constructor(
    // Only for opening transactions: every statement is the repository's.
    @InjectDataSource() private readonly db: DataSource,
    private readonly forums: ForumsRepository,
  ) {}

  /** Forums the viewer may see, in their display order. Archived ones only when asked. */
  async list(scope: ReadScope, includeArchived = false): Promise<ForumEntity[]> {
    const forums = await this.forums.listOrdered({ includeArchived });
    return forums.filter((f) => canSeeForum(scope, f));
  }

  async getVisible(scope: ReadScope, by: { id?: string; slug?: string }): Promise<ForumEntity> {
    const forum = by.id ? (isUuid(by.id) ? await this.forums.findById(by.id) : null) : by.slug ? await this.forums.findBySlug(by.slug) : null;
    if (!forum || !canSeeForum(scope, forum)) throw new NotFoundError('Forum');
    return forum;
  }

  /** A group's forums that `scope` may see (one query for every group of the request). */
  async visibleForGroup(scope: ReadScope, groupId: string, loaders: LoaderRegistry): Promise<ForumEntity[]> {
    const loader = loaders.get(FORUMS_BY_GROUP, async (ids) => groupByKeys(ids, await this.forums.findByGroupIds(ids), (f) => f.groupId!));
    return (await loader.load(groupId)).filter((f) => canSeeForum(scope, f));
  }

  /**
   * The private forums this scope may not see, from PostgreSQL (empty for staff): search excludes them by forum too,
   * so a forum made private is out of everyone else's results and counts at once, before the index catches up.
   */
  async invisiblePrivateForumIds(scope: ReadScope): Promise<string[]> {
    return scope.allForums ? [] : this.forums.privateForumIdsOutside(scope.groupIds);
  }

  loader(loaders: LoaderRegistry) {
    return loaders.getShared(FORUM_BY_ID, async (ids) => byKeys(ids, await this.forums.findByIds(ids), (f) => f.id));
  }

  async create(
    viewer: Viewer,
    input: { name: string; slug?: string; description: string; productArea?: string | null; groupId?: string | null; color?: string | null },
  ): Promise<ForumEntity> {
    if (!canManageForums(viewer)) throw new NotForumManagerError();
    assertForumInput(input);
    const name = normalizeForumName(input.name);
    const slug = input.slug ?? slugify(name);
    if (!slug) throw new BadUserInputError('slug', 'Choose a slug with letters or digits');
    try {
      const id = await this.db.transaction(async (tx) => {
        await this.forums.lockPositions(tx);
        return this.forums.insert(
          {
            name,
            slug,
            description: normalizeForumDescription(input.description),
            productArea: normalizeProductArea(input.productArea),
            position: await this.forums.nextPosition(tx),
            groupId: input.groupId ?? null,
            color: input.color ? input.color.toLowerCase() : null,
          },
          tx,
        );
      });
      // Re-read so database defaults (counters, timestamps) come back too.
      return await this.forums.getById(id);
    } catch (err) {
      if (isUniqueViolation(err, 'forums_slug_key')) throw new ForumSlugTakenError();
      if (isForeignKeyViolation(err, 'forums_group_fk')) throw new BadUserInputError('groupId', 'No such group');
      throw err;
    }
  }

  async update(
    viewer: Viewer,
    input: {
      id: string;
      name?: string;
      slug?: string;
      description?: string;
      productArea?: string | null;
      position?: number;
      groupId?: string | null;
      color?: string | null;
    },
  ) {
    if (!canManageForums(viewer)) throw new NotForumManagerError();
    assertForumInput(input);
    try {
      return await this.db.transaction(async (tx) => {
        if (input.position !== undefined) await this.forums.lockPositions(tx);
        const forum = await this.forums.findById(input.id, tx);
        if (!forum) throw new NotFoundError('Forum');
        const before = { ...forum };
        if (input.name !== undefined) forum.name = normalizeForumName(input.name);
        if (input.slug !== undefined) forum.slug = input.slug;
        if (input.description !== undefined) forum.description = normalizeForumDescription(input.description);
        if (input.productArea !== undefined) forum.productArea = normalizeProductArea(input.productArea);
        if (input.position !== undefined) forum.position = input.position;
        if (input.groupId !== undefined) forum.groupId = input.groupId;
        if (input.color !== undefined) forum.color = input.color ? input.color.toLowerCase() : null;
        const saved = await this.forums.save(forum, tx);
        // Search shows each thread's forum name, slug, description, product area and visibility; a position does not.
        if (SEARCHED_FIELDS.some((field) => before[field] !== saved[field])) await this.forums.recordChanged(saved.id, tx);
        return saved;
      });
    } catch (err) {
      if (isUniqueViolation(err, 'forums_slug_key')) throw new ForumSlugTakenError();
      if (isUniqueViolation(err, 'forums_position_key'))
        throw new ConflictError('Another forum has this position; use reorderForums to change the order', 'position');
      if (isForeignKeyViolation(err, 'forums_group_fk')) throw new BadUserInputError('groupId', 'No such group');
      throw err;
    }
  }

  /** Sets positions from the given order; forums not listed keep their relative order after them. */
  async reorder(viewer: Viewer, ids: string[]): Promise<ForumEntity[]> {
    if (!canManageForums(viewer)) throw new NotForumManagerError();
    if (ids.length > MAX_FORUMS_REORDERED) throw new BadUserInputError('ids', `At most ${MAX_FORUMS_REORDERED} forums at once`);
    if (new Set(ids).size !== ids.length) throw new BadUserInputError('ids', 'A forum appears twice');
    await this.db.transaction(async (tx) => {
      await this.forums.lockPositions(tx);
      const all = await this.forums.lockAllInOrder(tx);
      const known = new Set(all);
      const unknown = ids.find((id) => !known.has(id));
      if (unknown) throw new BadUserInputError('ids', `Unknown forum ${unknown}`);
      const order = [...ids, ...all.filter((id) => !ids.includes(id))];
      await this.forums.setPositions(order, tx);
    });
    return this.list(readScopeOf(viewer), true);
  }

  async setArchived(viewer: Viewer, id: string, archived: boolean): Promise<ForumEntity> {
    if (!canManageForums(viewer)) throw new NotForumManagerError();
    if (!isUuid(id)) throw new NotFoundError('Forum');
    await this.db.transaction(async (tx) => {
      if (!(await this.forums.setArchived(id, archived, tx))) throw new NotFoundError('Forum');
      // Search shows whether a thread's forum is archived (issue 7, item 3).
      await this.forums.recordChanged(id, tx);
    });
    return this.forums.getById(id);
  }
}
