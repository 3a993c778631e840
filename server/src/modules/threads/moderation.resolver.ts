import { Args, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../accounts/current-viewer.decorator';
import type { Viewer } from '../accounts/domain/viewer';
import { Connection, ConnectionArgs, toConnection } from '../../platform/graphql/connection';
import { ModerationEntryModel } from './models/moderation-entry.model';
import { ModerationService } from './moderation.service';

const ModerationEntryConnection = Connection(ModerationEntryModel);

@Resolver()
export class ModerationResolver {
  constructor(private readonly moderation: ModerationService) {}

  @Query(() => ModerationEntryConnection, { description: 'Moderators: the audit log, newest first' })
  async moderationLog(@CurrentViewer() viewer: Viewer, @Args() args: ConnectionArgs) {
    const rows = await this.moderation.log(viewer, args.first, args.after);
    return toConnection(rows, args.first, (r) => r.cursor, (r) => ModerationEntryModel.from(r.entry), !!args.after);
  }
}
