import { Args, Context, Extensions, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { isUuid } from '../../platform/database/uuid';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { ArgsType, Field } from '@nestjs/graphql';
import { ForbiddenError, NotFoundError } from '../../platform/errors/domain-error';
import { Connection, ConnectionArgs, decodeTypedCursor, toConnection } from '../../platform/graphql/connection';
import type { GqlContext, NoArgs } from '../../platform/graphql/gql-context';
import { AccountsService } from './accounts.service';
import { CurrentViewer, viewerOf } from './current-viewer.decorator';
import { BADGES } from './domain/roles';
import { canSeeAllRoles, canSeeEmail, canSeeOrganization, isStaff, type Viewer } from './domain/viewer';
import { RoleEnum } from './models/enums';
import { AssignOrganizationInput, SetUserRolesInput } from './dto/admin.input';
import { toOrganizationModel, toUserModel } from './models/mappers';
import { OrganizationModel } from './models/organization.model';
import { UserModel } from './models/user.model';
import { OrganizationsService } from './organizations.service';

const UserConnection = Connection(UserModel);

@ArgsType()
class UsersArgs extends ConnectionArgs {
  @Field({ nullable: true, description: 'Matches display name or email' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  query?: string;
}

@Resolver(() => UserModel)
export class UsersResolver {
  constructor(
    private readonly accounts: AccountsService,
    private readonly organizations: OrganizationsService,
  ) {}

  // A lookup by key, batched with its siblings; capped so one request cannot ask for thousands.
  @Query(() => UserModel, { description: 'A user profile, by id or by @handle (at most 10 per request)', complexity: 5 })
  @Extensions({ maxPerOperation: 10 })
  async user(
    @Context() ctx: GqlContext,
    @Args('id', { type: () => ID, nullable: true }) id?: string,
    @Args('handle', { nullable: true }) handle?: string,
  ): Promise<UserModel> {
    const user = handle
      ? await this.accounts.userByHandleLoader(ctx.loaders).load(handle.toLowerCase())
      : isUuid(id)
        ? await this.accounts.userLoader(ctx.loaders).load(id)
        : null;
    if (!user) throw new NotFoundError('User');
    return toUserModel(user);
  }

  @Query(() => UserConnection, { description: 'Staff: all accounts, by display name' })
  async users(@CurrentViewer() viewer: Viewer, @Args() args: UsersArgs) {
    if (!isStaff(viewer)) throw new ForbiddenError('Only staff list accounts');
    const after = args.after ? decodeTypedCursor(args.after, ['text', 'uuid']) : null;
    const rows = await this.accounts.listByDisplayName({
      first: args.first,
      query: args.query,
      after: after ? { displayName: String(after[0]), id: String(after[1]) } : null,
    });
    return toConnection(rows, args.first, (u) => [u.displayName, u.id], toUserModel, !!after);
  }

  @ResolveField(() => String, { nullable: true })
  email(user: UserModel, _args: NoArgs, ctx: GqlContext): string | null {
    const viewer = viewerOf(ctx);
    return canSeeEmail(viewer, user.id) ? (user.email ?? null) : null;
  }

  @ResolveField(() => [RoleEnum], { description: 'Every role for the user themself and staff; others see MEMBER and the badges only' })
  roles(user: UserModel, _args: NoArgs, ctx: GqlContext): RoleEnum[] {
    const viewer = viewerOf(ctx);
    return canSeeAllRoles(viewer, user.id) ? user.roles : user.roles.filter((r) => r === 'MEMBER' || (BADGES as readonly string[]).includes(r));
  }

  @ResolveField(() => OrganizationModel, { nullable: true, description: 'Only staff and members of the same organization see it' })
  async organization(user: UserModel, _args: NoArgs, ctx: GqlContext): Promise<OrganizationModel | null> {
    const viewer = viewerOf(ctx);
    if (!user.organizationId || !canSeeOrganization(viewer, user.organizationId)) return null;
    const org = await this.organizations.organizationLoader(ctx.loaders).load(user.organizationId);
    return org ? toOrganizationModel(org) : null;
  }

  @Mutation(() => UserModel, { description: 'Admin: set the roles of a user (MEMBER is always kept)' })
  async setUserRoles(@CurrentViewer() viewer: Viewer, @Args('input') input: SetUserRolesInput): Promise<UserModel> {
    return toUserModel(await this.organizations.setRoles(viewer, input.userId, input.roles));
  }

  @Mutation(() => UserModel, { description: 'Admin: put a user in an organization, or take them out' })
  async assignUserToOrganization(@CurrentViewer() viewer: Viewer, @Args('input') input: AssignOrganizationInput): Promise<UserModel> {
    return toUserModel(await this.organizations.assignUser(viewer, input.userId, input.organizationId ?? null));
  }
}
