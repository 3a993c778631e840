import { Args, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GqlContext, NoArgs } from '../../platform/graphql/gql-context';
import { AccountsService } from './accounts.service';
import { CurrentViewer } from './current-viewer.decorator';
import type { Viewer } from './domain/viewer';
import { CreateOrganizationInput, UpdateOrganizationInput } from './dto/admin.input';
import { toOrganizationModel, toUserModel } from './models/mappers';
import { OrganizationModel } from './models/organization.model';
import { UserModel } from './models/user.model';
import { OrganizationsService } from './organizations.service';

@Resolver(() => OrganizationModel)
export class OrganizationsResolver {
  constructor(
    private readonly orgs: OrganizationsService,
    private readonly accounts: AccountsService,
  ) {}

  @Query(() => [OrganizationModel], { description: 'Staff: every customer organization' })
  async organizations(@CurrentViewer() viewer: Viewer): Promise<OrganizationModel[]> {
    return (await this.orgs.list(viewer)).map(toOrganizationModel);
  }

  @Mutation(() => OrganizationModel)
  async createOrganization(@CurrentViewer() viewer: Viewer, @Args('input') input: CreateOrganizationInput) {
    return toOrganizationModel(await this.orgs.create(viewer, input));
  }

  @Mutation(() => OrganizationModel)
  async updateOrganization(@CurrentViewer() viewer: Viewer, @Args('input') input: UpdateOrganizationInput) {
    return toOrganizationModel(await this.orgs.update(viewer, input));
  }

  @ResolveField(() => UserModel, { nullable: true })
  async accountManager(org: OrganizationModel, _args: NoArgs, ctx: GqlContext): Promise<UserModel | null> {
    if (!org.accountManagerId) return null;
    const user = await this.accounts.userLoader(ctx.loaders).load(org.accountManagerId);
    return user ? toUserModel(user) : null;
  }
}
