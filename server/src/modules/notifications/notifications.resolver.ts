import { Args, ID, Int, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ConnectionArgs, mapConnection } from '../../platform/graphql/connection';
import type { GqlContext, NoArgs } from '../../platform/graphql/gql-context';
import { ParseIdPipe } from '../../platform/graphql/id-args.pipe';
import { AccountsService } from '../accounts/accounts.service';
import { toUserModel } from '../accounts/models/mappers';
import { UserModel } from '../accounts/models/user.model';
import type { ReadScope } from '../forums/domain/read-scope';
import { CurrentScope } from '../forums/read-scope.decorator';
import { NotificationConnection, NotificationModel } from './models/notification.model';
import { NotificationsService } from './notifications.service';

@Resolver(() => NotificationModel)
export class NotificationsResolver {
  constructor(
    private readonly notificationsService: NotificationsService,
    private readonly accounts: AccountsService,
  ) {}

  @Query(() => NotificationConnection, {
    description: 'Signed in: your notifications, newest first (those whose subject you can no longer see are left out)',
    complexity: ({ args, childComplexity }) => 5 + Number(args.first ?? 20) * Math.max(childComplexity, 1),
  })
  async notifications(@CurrentScope() scope: ReadScope, @Args() page: ConnectionArgs, @Args('unreadOnly', { defaultValue: false }) unreadOnly: boolean) {
    return mapConnection(await this.notificationsService.list(scope, page.first, page.after, unreadOnly), NotificationModel.from);
  }

  @Query(() => Int, { description: 'Signed in: how many of your notifications are unread (counting only those you may see)', complexity: 5 })
  unreadNotificationCount(@CurrentScope() scope: ReadScope) {
    return this.notificationsService.unreadCount(scope);
  }

  @Mutation(() => NotificationModel, { description: 'Signed in: mark one of your notifications read' })
  async markNotificationRead(@CurrentScope() scope: ReadScope, @Args('id', { type: () => ID }, ParseIdPipe) id: string) {
    return NotificationModel.from(await this.notificationsService.markRead(scope, id));
  }

  @Mutation(() => Int, { description: 'Signed in: mark all your notifications read; returns how many were unread' })
  markAllNotificationsRead(@CurrentScope() scope: ReadScope) {
    return this.notificationsService.markAllRead(scope);
  }

  @ResolveField(() => UserModel, { nullable: true, description: 'Who acted (null for a deleted account)' })
  async actor(n: NotificationModel, _args: NoArgs, ctx: GqlContext) {
    if (!n.actorId) return null;
    const user = await this.accounts.userLoader(ctx.loaders).load(n.actorId);
    return user ? toUserModel(user) : null;
  }
}
