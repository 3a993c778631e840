import { Args, Query, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { CurrentViewer } from '../accounts/current-viewer.decorator';
import type { Viewer } from '../accounts/domain/viewer';
import { ForbiddenError } from '../../platform/errors/domain-error';
import { Connection, ConnectionArgs, decodeTypedCursor, toConnection } from '../../platform/graphql/connection';
import { canModerate } from './domain/thread-rules';
import { ModerationEntryEntity } from './entities/moderation-entry.entity';
import { ModerationEntryModel } from './models/moderation-entry.model';
import { toModerationEntry } from './threads.resolver';

const ModerationEntryConnection = Connection(ModerationEntryModel);

@Resolver()
export class ModerationResolver {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  @Query(() => ModerationEntryConnection, { description: 'Moderators: the audit log, newest first' })
  async moderationLog(@CurrentViewer() viewer: Viewer, @Args() args: ConnectionArgs) {
    if (!canModerate(viewer)) throw new ForbiddenError('Only moderators read the moderation log');
    const qb = this.db.getRepository(ModerationEntryEntity).createQueryBuilder('m').orderBy('m.createdAt', 'DESC').addOrderBy('m.id', 'DESC').limit(args.first + 1);
    if (args.after) {
      const [at, id] = decodeTypedCursor(args.after, ['timestamptz', 'uuid']);
      qb.where('(m.created_at, m.id) < (:at::timestamptz, :id::uuid)', { at, id });
    }
    // The cursor keeps PostgreSQL's microseconds (a JS Date would round them and skip rows).
    const { entities, raw } = await qb.addSelect('m.created_at::text', 'cursor_at').getRawAndEntities();
    const rows = entities.map((e, i) => ({ entity: e, cursor: [raw[i].cursor_at as string, e.id] }));
    return toConnection(rows, args.first, (r) => r.cursor, (r) => toModerationEntry(r.entity), !!args.after);
  }
}
