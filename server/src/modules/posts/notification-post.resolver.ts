import { ResolveField, Resolver } from '@nestjs/graphql';
import { NotFoundError } from '../../platform/errors/domain-error';
import type { GqlContext, NoArgs } from '../../platform/graphql/gql-context';
import { scopeOf } from '../forums/read-scope.decorator';
import { NotificationModel } from '../notifications/models/notification.model';
import { PostModel } from '../threads/models/post.model';
import { PostsService } from './posts.service';

/** The post a notification is about (a mention): resolved with the reader's scope, like any post. */
@Resolver(() => NotificationModel)
export class NotificationPostResolver {
  constructor(private readonly posts: PostsService) {}

  @ResolveField(() => PostModel, { nullable: true, description: 'The post it is about (mentions)' })
  async post(n: NotificationModel, _args: NoArgs, ctx: GqlContext) {
    if (!n.postId) return null;
    try {
      return PostModel.from(await this.posts.getVisible(scopeOf(ctx), n.postId, ctx.loaders));
    } catch (err) {
      // Notifications whose post the reader cannot see are not listed; a post gone meanwhile is simply no post.
      if (err instanceof NotFoundError) return null;
      throw err;
    }
  }
}
