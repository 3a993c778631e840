import { Args, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ParseIdPipe } from '../../platform/graphql/id-args.pipe';
import type { GqlContext, NoArgs } from '../../platform/graphql/gql-context';
import { CurrentViewer, viewerOf } from '../accounts/current-viewer.decorator';
import type { Viewer } from '../accounts/domain/viewer';
import { canPostInForum } from './domain/forum-rules';
import { CreateForumInput, UpdateForumInput } from './dto/forum.input';
import { ForumsService } from './forums.service';
import { ForumModel } from './models/forum.model';
import type { ReadScope } from './domain/read-scope';
import { CurrentScope } from './read-scope.decorator';

@Resolver(() => ForumModel)
export class ForumsResolver {
  constructor(private readonly forumsService: ForumsService) {}

  @Query(() => [ForumModel], { description: 'Forums the viewer can see, in order' })
  async forums(@CurrentScope() scope: ReadScope, @Args('includeArchived', { defaultValue: false }) includeArchived: boolean) {
    return (await this.forumsService.list(scope, includeArchived)).map(ForumModel.from);
  }

  @Query(() => ForumModel, { complexity: 5 })
  async forum(@CurrentScope() scope: ReadScope, @Args('slug') slug: string) {
    return ForumModel.from(await this.forumsService.getVisible(scope, { slug }));
  }

  @ResolveField(() => Boolean, { description: 'Whether the viewer may start a thread here (signed in, and the forum not archived)' })
  viewerCanPost(forum: ForumModel, _args: NoArgs, ctx: GqlContext): boolean {
    const viewer = viewerOf(ctx);
    return canPostInForum(viewer, forum);
  }

  @Mutation(() => ForumModel, { description: 'Staff: create a forum' })
  async createForum(@CurrentViewer() viewer: Viewer, @Args('input') input: CreateForumInput) {
    return ForumModel.from(await this.forumsService.create(viewer, input));
  }

  @Mutation(() => ForumModel, { description: 'Staff: edit a forum' })
  async updateForum(@CurrentViewer() viewer: Viewer, @Args('input') input: UpdateForumInput) {
    return ForumModel.from(await this.forumsService.update(viewer, input));
  }

  @Mutation(() => [ForumModel], { description: 'Staff: put forums in this order (positions are unique; unlisted forums follow in their order)' })
  async reorderForums(@CurrentViewer() viewer: Viewer, @Args('ids', { type: () => [ID] }, ParseIdPipe) ids: string[]) {
    return (await this.forumsService.reorder(viewer, ids)).map(ForumModel.from);
  }

  @Mutation(() => ForumModel, { description: 'Staff: archive a forum (read-only for everyone, see Forum.isArchived; hidden from the list)' })
  async archiveForum(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }, ParseIdPipe) id: string) {
    return ForumModel.from(await this.forumsService.setArchived(viewer, id, true));
  }

  @Mutation(() => ForumModel, { description: 'Staff: bring an archived forum back' })
  async unarchiveForum(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }, ParseIdPipe) id: string) {
    return ForumModel.from(await this.forumsService.setArchived(viewer, id, false));
  }
}
