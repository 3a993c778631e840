import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ConnectionArgs, mapConnection } from '../../platform/graphql/connection';
import type { GqlContext, NoArgs } from '../../platform/graphql/gql-context';
import { BadUserInputError } from '../../platform/errors/domain-error';
import { ParseIdPipe } from '../../platform/graphql/id-args.pipe';
import { AccountsService } from '../accounts/accounts.service';
import { CurrentViewer, viewerOf } from '../accounts/current-viewer.decorator';
import { isSignedIn, type Viewer } from '../accounts/domain/viewer';
import { toUserModel } from '../accounts/models/mappers';
import { UserModel } from '../accounts/models/user.model';
import type { ReadScope } from '../forums/domain/read-scope';
import { ForumsService } from '../forums/forums.service';
import { ForumModel } from '../forums/models/forum.model';
import { CurrentScope } from '../forums/read-scope.decorator';
import { ThreadModel } from '../threads/models/thread.model';
import { ThreadsService } from '../threads/threads.service';
import { NotificationModel } from '../notifications/models/notification.model';
import { canManageGroup, type GroupKind, type GroupRole } from './domain/group-rules';
import { CreateGroupInput, UpdateGroupInput } from './dto/group.input';
import { GroupsService, INVITATIONS_LISTED_MAX, OWNERS_LISTED_MAX, type SeenGroup } from './groups.service';
import { GroupKindEnum, GroupRoleEnum, GroupViewerStateEnum, type GroupViewerState } from './models/enums';
import {
  GroupConnection,
  GroupFlairModel,
  GroupInvitationModel,
  GroupJoinRequestConnection,
  GroupJoinRequestModel,
  GroupMemberConnection,
  GroupMemberModel,
  GroupModel,
} from './models/group.model';

/** A field that runs a query of its own for each parent (not batched): its base cost, before its items. */
const OWN_QUERY = 10;
type CostArgs = { args: Record<string, unknown>; childComplexity: number };
/** A page of up to `first` items fetched by one query per parent. */
const pagePerParent =
  (defaultFirst: number) =>
  ({ args, childComplexity }: CostArgs) =>
    OWN_QUERY + Number(args.first ?? defaultFirst) * Math.max(childComplexity, 1);
/** A list of at most `max` items. */
const listOf =
  (max: number, base = 1) =>
  ({ childComplexity }: CostArgs) =>
    base + max * Math.max(childComplexity, 1);

@Resolver(() => GroupModel)
export class GroupsResolver {
  constructor(
    private readonly groupsService: GroupsService,
    private readonly forumsService: ForumsService,
    private readonly threadsService: ThreadsService,
    private readonly accounts: AccountsService,
  ) {}

  @Query(() => GroupConnection, { description: 'The group directory: groups the viewer may see, by name; filter by kind and words, or only your groups' })
  async groups(
    @CurrentScope() scope: ReadScope,
    @Args() page: ConnectionArgs,
    @Args('kind', { type: () => GroupKindEnum, nullable: true }) kind: GroupKind | null,
    @Args('query', { type: () => String, nullable: true }) query: string | null,
    @Args('mine', { defaultValue: false, description: 'Only groups you belong to (signed in)' }) mine: boolean,
  ) {
    if (query && query.length > 200) throw new BadUserInputError('query', 'Search with at most 200 characters');
    return mapConnection(await this.groupsService.list(scope, { kind, query, mine }, page.first, page.after), GroupModel.from);
  }

  @Query(() => GroupModel, { complexity: 5, description: 'A group by slug; NOT_FOUND for a hidden group you are not in' })
  async group(@CurrentViewer() viewer: Viewer, @Args('slug') slug: string) {
    return GroupModel.from((await this.groupsService.getVisible(viewer, { slug })).group);
  }

  @Query(() => [GroupInvitationModel], {
    description: 'Signed in: your open invitations to groups (at most 100)',
    complexity: listOf(INVITATIONS_LISTED_MAX, 5),
  })
  async myGroupInvitations(@CurrentViewer() viewer: Viewer) {
    return (await this.groupsService.myInvitations(viewer)).map((i) => GroupInvitationModel.from(i));
  }

  // ── fields ─────────────────────────────────────────────────────────────────────────────────────────────────────

  @ResolveField(() => Int, { description: 'How many members the group has' })
  memberCount(group: GroupModel, _args: NoArgs, ctx: GqlContext) {
    return this.groupsService.memberCountLoader(ctx.loaders).load(group.id);
  }

  @ResolveField(() => [UserModel], {
    description: `The first ${OWNERS_LISTED_MAX} owners, shown to everyone who sees the group`,
    complexity: listOf(OWNERS_LISTED_MAX),
  })
  async owners(group: GroupModel, _args: NoArgs, ctx: GqlContext) {
    const owners = await this.groupsService.ownersLoader(ctx.loaders).load(group.id);
    const users = await this.accounts.userLoader(ctx.loaders).loadMany(owners.map((o) => o.userId));
    return users.flatMap((u) => (u && !(u instanceof Error) ? [toUserModel(u)] : []));
  }

  @ResolveField(() => GroupViewerStateEnum, { description: 'Where the viewer stands with this group' })
  async viewerState(group: GroupModel, _args: NoArgs, ctx: GqlContext): Promise<GroupViewerState> {
    const viewer = viewerOf(ctx);
    const rel = await this.groupsService.relationLoader(ctx.loaders, viewer).load(group.id);
    return rel.role ?? (rel.invited ? 'INVITED' : rel.requested ? 'REQUESTED' : 'NONE');
  }

  @ResolveField(() => Boolean, { description: 'Whether the viewer may answer requests, invite and remove members, and edit the group (owners, staff, admins)' })
  async viewerCanManage(group: GroupModel, _args: NoArgs, ctx: GqlContext) {
    const viewer = viewerOf(ctx);
    return canManageGroup(viewer, await this.groupsService.relationLoader(ctx.loaders, viewer).load(group.id));
  }

  @ResolveField(() => Boolean, { description: "Whether the viewer shows this group's flair on their posts" })
  async viewerShowsFlair(group: GroupModel, _args: NoArgs, ctx: GqlContext) {
    const viewer = viewerOf(ctx);
    if (!isSignedIn(viewer)) return false;
    return (await this.groupsService.flairLoader(ctx.loaders).load(viewer.userId))?.groupId === group.id;
  }

  @ResolveField(() => GroupMemberConnection, {
    description: 'Members, owners first: for members of the group, staff and admins (FORBIDDEN for others)',
    complexity: pagePerParent(20),
  })
  async members(@Parent() group: GroupModel, @CurrentViewer() viewer: Viewer, @Context() ctx: GqlContext, @Args() page: ConnectionArgs) {
    return mapConnection(await this.groupsService.members(viewer, await this.seen(group, viewer, ctx), page.first, page.after), GroupMemberModel.from);
  }

  @ResolveField(() => GroupJoinRequestConnection, {
    description: 'Pending join requests, oldest first: for owners, staff and admins',
    complexity: pagePerParent(20),
  })
  async joinRequests(@Parent() group: GroupModel, @CurrentViewer() viewer: Viewer, @Context() ctx: GqlContext, @Args() page: ConnectionArgs) {
    return mapConnection(
      await this.groupsService.pendingRequests(viewer, await this.seen(group, viewer, ctx), page.first, page.after),
      GroupJoinRequestModel.from,
    );
  }

  @ResolveField(() => [GroupInvitationModel], {
    description: `Pending invitations (expired ones included, to renew), newest ${INVITATIONS_LISTED_MAX}: for owners, staff and admins`,
    complexity: listOf(INVITATIONS_LISTED_MAX, OWN_QUERY),
  })
  async invitations(group: GroupModel, _args: NoArgs, ctx: GqlContext) {
    const viewer = viewerOf(ctx);
    return (await this.groupsService.pendingInvitations(viewer, await this.seen(group, viewer, ctx))).map((i) => GroupInvitationModel.from(i));
  }

  @ResolveField(() => GroupJoinRequestModel, { nullable: true, description: 'Your pending request to join, if any' })
  async viewerJoinRequest(group: GroupModel, _args: NoArgs, ctx: GqlContext) {
    const viewer = viewerOf(ctx);
    const request = await this.groupsService.viewerRequest(viewer, group.id, ctx.loaders);
    return request ? GroupJoinRequestModel.from(request) : null;
  }

  @ResolveField(() => GroupInvitationModel, { nullable: true, description: 'Your pending invitation to this group, if any (state EXPIRED once it has lapsed)' })
  async viewerInvitation(group: GroupModel, _args: NoArgs, ctx: GqlContext) {
    const viewer = viewerOf(ctx);
    const invitation = await this.groupsService.viewerInvitation(viewer, group.id, ctx.loaders);
    return invitation ? GroupInvitationModel.from(invitation) : null;
  }

  @ResolveField(() => [ForumModel], { description: "The group's private forums that the viewer may see (members, staff and admins)" })
  async forums(@Parent() group: GroupModel, @CurrentScope() scope: ReadScope, @Context() ctx: GqlContext) {
    return (await this.forumsService.visibleForGroup(scope, group.id, ctx.loaders)).map(ForumModel.from);
  }

  @ResolveField(() => [ThreadModel], {
    description: "The latest active threads of the group's forums that the viewer may see (members, staff and admins)",
    complexity: pagePerParent(5),
  })
  async latestThreads(
    @Parent() group: GroupModel,
    @CurrentScope() scope: ReadScope,
    @Context() ctx: GqlContext,
    @Args('first', { type: () => Int, defaultValue: 5, description: 'How many, 1 to 20' }) first: number,
  ) {
    if (!Number.isInteger(first) || first < 1 || first > 20) throw new BadUserInputError('first', 'Ask for 1 to 20 threads');
    const rows = await this.threadsService.latestInGroup(scope, group.id, first);
    return Promise.all(rows.map((row) => this.threadsService.toModel(row, ctx.loaders)));
  }

  // ── mutations ──────────────────────────────────────────────────────────────────────────────────────────────────

  @Mutation(() => GroupModel, { description: 'Staff and admins: create a group (you, or ownerHandle, become its first owner)' })
  async createGroup(@CurrentViewer() viewer: Viewer, @Args('input') input: CreateGroupInput) {
    return GroupModel.from(await this.groupsService.create(viewer, input));
  }

  @Mutation(() => GroupModel, { description: 'Owners, staff and admins: edit a group' })
  async updateGroup(@CurrentViewer() viewer: Viewer, @Args('input') input: UpdateGroupInput) {
    const { id, ...changes } = input;
    return GroupModel.from(await this.groupsService.update(viewer, id, changes));
  }

  @Mutation(() => GroupModel, { description: 'Join an OPEN group, or accept your invitation; joining again changes nothing' })
  async joinGroup(@CurrentViewer() viewer: Viewer, @Args('groupId', { type: () => ID }, ParseIdPipe) groupId: string) {
    return GroupModel.from(await this.groupsService.join(viewer, groupId));
  }

  @Mutation(() => GroupModel, { description: 'Ask to join a REQUEST group (owners are notified); asking again changes nothing' })
  async requestToJoinGroup(
    @CurrentViewer() viewer: Viewer,
    @Args('groupId', { type: () => ID }, ParseIdPipe) groupId: string,
    @Args('message', { defaultValue: '', description: 'Optional: a word to the owners' }) message: string,
  ) {
    return GroupModel.from(await this.groupsService.requestToJoin(viewer, groupId, message));
  }

  @Mutation(() => GroupModel, { description: 'Withdraw your pending request to join' })
  async cancelJoinRequest(@CurrentViewer() viewer: Viewer, @Args('groupId', { type: () => ID }, ParseIdPipe) groupId: string) {
    return GroupModel.from(await this.groupsService.cancelRequest(viewer, groupId));
  }

  @Mutation(() => GroupJoinRequestModel, { description: 'Owners, staff and admins: approve or deny a join request (the requester is notified)' })
  async decideJoinRequest(
    @CurrentViewer() viewer: Viewer,
    @Args('requestId', { type: () => ID }, ParseIdPipe) requestId: string,
    @Args('approve') approve: boolean,
    @Args('message', { defaultValue: '', description: 'Optional: a word to the requester' }) message: string,
  ) {
    return GroupJoinRequestModel.from(await this.groupsService.decideRequest(viewer, requestId, approve, message));
  }

  @Mutation(() => GroupInvitationModel, { description: 'Owners, staff and admins: invite a member by @handle (renews a pending invitation for 14 days)' })
  async inviteToGroup(@CurrentViewer() viewer: Viewer, @Args('groupId', { type: () => ID }, ParseIdPipe) groupId: string, @Args('handle') handle: string) {
    return GroupInvitationModel.from(await this.groupsService.invite(viewer, groupId, handle.slice(0, 100)));
  }

  @Mutation(() => GroupInvitationModel, { description: 'Owners, staff and admins: withdraw a pending invitation' })
  async revokeGroupInvitation(@CurrentViewer() viewer: Viewer, @Args('invitationId', { type: () => ID }, ParseIdPipe) invitationId: string) {
    return GroupInvitationModel.from(await this.groupsService.revokeInvitation(viewer, invitationId));
  }

  @Mutation(() => GroupInvitationModel, { description: 'The invitee: accept (join) or decline an invitation' })
  async respondToGroupInvitation(
    @CurrentViewer() viewer: Viewer,
    @Args('invitationId', { type: () => ID }, ParseIdPipe) invitationId: string,
    @Args('accept') accept: boolean,
  ) {
    return GroupInvitationModel.from(await this.groupsService.respondToInvitation(viewer, invitationId, accept));
  }

  @Mutation(() => Boolean, { description: 'Leave a group (true if you were a member); the last owner must transfer ownership first' })
  leaveGroup(@CurrentViewer() viewer: Viewer, @Args('groupId', { type: () => ID }, ParseIdPipe) groupId: string) {
    return this.groupsService.leave(viewer, groupId);
  }

  @Mutation(() => Boolean, { description: 'Owners, staff and admins: remove a member (not the last owner)' })
  removeGroupMember(
    @CurrentViewer() viewer: Viewer,
    @Args('groupId', { type: () => ID }, ParseIdPipe) groupId: string,
    @Args('userId', { type: () => ID }, ParseIdPipe) userId: string,
  ) {
    return this.groupsService.removeMember(viewer, groupId, userId);
  }

  @Mutation(() => GroupMemberModel, {
    description: 'Owners, staff and admins: make a member an owner, or an owner a member (a group keeps one owner at least)',
  })
  async setGroupMemberRole(
    @CurrentViewer() viewer: Viewer,
    @Args('groupId', { type: () => ID }, ParseIdPipe) groupId: string,
    @Args('userId', { type: () => ID }, ParseIdPipe) userId: string,
    @Args('role', { type: () => GroupRoleEnum }) role: GroupRole,
  ) {
    return GroupMemberModel.from(await this.groupsService.setRole(viewer, groupId, userId, role));
  }

  @Mutation(() => GroupModel, { description: 'Owners, staff and admins: make another member the owner (an owner who transfers becomes a member)' })
  async transferGroupOwnership(
    @CurrentViewer() viewer: Viewer,
    @Args('groupId', { type: () => ID }, ParseIdPipe) groupId: string,
    @Args('userId', { type: () => ID }, ParseIdPipe) userId: string,
  ) {
    return GroupModel.from(await this.groupsService.transferOwnership(viewer, groupId, userId));
  }

  @Mutation(() => GroupFlairModel, { nullable: true, description: "Show one of your listed groups' flair on your posts (null: none)" })
  async setGroupFlair(@CurrentViewer() viewer: Viewer, @Args('groupId', { type: () => ID, nullable: true }, ParseIdPipe) groupId: string | null) {
    const flair = await this.groupsService.setFlair(viewer, groupId);
    return flair ? { name: flair.name, slug: flair.slug } : null;
  }

  private async seen(group: GroupModel, viewer: Viewer, ctx: GqlContext): Promise<SeenGroup> {
    const row = (await this.groupsService.groupLoader(ctx.loaders).load(group.id))!;
    return { group: row, relation: await this.groupsService.relationLoader(ctx.loaders, viewer).load(group.id) };
  }
}

@Resolver(() => GroupMemberModel)
export class GroupMemberResolver {
  constructor(private readonly accounts: AccountsService) {}

  @ResolveField(() => UserModel)
  async user(member: GroupMemberModel, _args: NoArgs, ctx: GqlContext) {
    return toUserModel((await this.accounts.userLoader(ctx.loaders).load(member.userId))!);
  }
}

@Resolver(() => GroupJoinRequestModel)
export class GroupJoinRequestResolver {
  constructor(
    private readonly accounts: AccountsService,
    private readonly groups: GroupsService,
  ) {}

  @ResolveField(() => UserModel, { description: 'Who asked to join' })
  async user(request: GroupJoinRequestModel, _args: NoArgs, ctx: GqlContext) {
    return toUserModel((await this.accounts.userLoader(ctx.loaders).load(request.userId))!);
  }

  @ResolveField(() => GroupModel)
  async group(request: GroupJoinRequestModel, _args: NoArgs, ctx: GqlContext) {
    return GroupModel.from((await this.groups.groupLoader(ctx.loaders).load(request.groupId))!);
  }
}

@Resolver(() => GroupInvitationModel)
export class GroupInvitationResolver {
  constructor(
    private readonly accounts: AccountsService,
    private readonly groups: GroupsService,
  ) {}

  @ResolveField(() => UserModel, { description: 'Who is invited' })
  async user(invitation: GroupInvitationModel, _args: NoArgs, ctx: GqlContext) {
    return toUserModel((await this.accounts.userLoader(ctx.loaders).load(invitation.userId))!);
  }

  @ResolveField(() => UserModel, { nullable: true, description: 'Who invited (null for a deleted account)' })
  async invitedBy(invitation: GroupInvitationModel, _args: NoArgs, ctx: GqlContext) {
    if (!invitation.invitedBy) return null;
    const user = await this.accounts.userLoader(ctx.loaders).load(invitation.invitedBy);
    return user ? toUserModel(user) : null;
  }

  @ResolveField(() => GroupModel)
  async group(invitation: GroupInvitationModel, _args: NoArgs, ctx: GqlContext) {
    return GroupModel.from((await this.groups.groupLoader(ctx.loaders).load(invitation.groupId))!);
  }
}

/** Fields other modules' types get from groups: a forum's group, a user's flair, a notification's group. */
@Resolver(() => ForumModel)
export class ForumGroupResolver {
  constructor(private readonly groups: GroupsService) {}

  @ResolveField(() => GroupModel, { nullable: true, description: 'The group this forum is private to (null: public)' })
  async group(forum: ForumModel, _args: NoArgs, ctx: GqlContext) {
    if (!forum.groupId) return null;
    const group = await this.groups.groupLoader(ctx.loaders).load(forum.groupId);
    return group ? GroupModel.from(group) : null;
  }
}

@Resolver(() => UserModel)
export class UserFlairResolver {
  constructor(private readonly groups: GroupsService) {}

  @ResolveField(() => GroupFlairModel, { nullable: true, description: 'The listed group whose flair this member shows on their posts' })
  async groupFlair(user: UserModel, _args: NoArgs, ctx: GqlContext) {
    const flair = await this.groups.flairLoader(ctx.loaders).load(user.id);
    return flair ? { name: flair.name, slug: flair.slug } : null;
  }
}

@Resolver(() => NotificationModel)
export class NotificationGroupResolver {
  constructor(private readonly groups: GroupsService) {}

  @ResolveField(() => GroupModel, { nullable: true, description: 'The group it is about (join requests, answers, invitations)' })
  async group(n: NotificationModel, _args: NoArgs, ctx: GqlContext) {
    if (!n.groupId) return null;
    const group = await this.groups.groupLoader(ctx.loaders).load(n.groupId);
    return group ? GroupModel.from(group) : null;
  }

  @ResolveField(() => GroupInvitationModel, { nullable: true, description: 'The invitation it is about, to accept or decline from the notification' })
  async invitation(n: NotificationModel, _args: NoArgs, ctx: GqlContext) {
    if (!n.invitationId) return null;
    const invitation = await this.groups.invitationLoader(ctx.loaders).load(n.invitationId);
    return invitation ? GroupInvitationModel.from(invitation) : null;
  }
}

export const GROUP_RESOLVERS = [
  GroupsResolver,
  GroupMemberResolver,
  GroupJoinRequestResolver,
  GroupInvitationResolver,
  ForumGroupResolver,
  UserFlairResolver,
  NotificationGroupResolver,
];
