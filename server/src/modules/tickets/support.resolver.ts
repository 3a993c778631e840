import { Args, Context, Query, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '../../platform/graphql/gql-context';
import { ForbiddenError } from '../../platform/errors/domain-error';
import { CurrentViewer } from '../accounts/current-viewer.decorator';
import { isStaff, type Viewer } from '../accounts/domain/viewer';
import { PlanEnum } from '../accounts/models/enums';
import { OrganizationsService } from '../accounts/organizations.service';
import { SlaPreviewModel, SupportStatusModel, TicketPriorityEnum } from './models/support.model';
import { SupportCalendarService } from './support-calendar.service';

/** Support hours and SLA targets: what customers are promised, and the preview admins check a calendar with. */
@Resolver()
export class SupportResolver {
  constructor(
    private readonly calendar: SupportCalendarService,
    private readonly organizations: OrganizationsService,
  ) {}

  @Query(() => SupportStatusModel, { description: 'Whether support is open now, when it next opens, and the targets of your plan', complexity: 5 })
  async supportStatus(@CurrentViewer() viewer: Viewer, @Context() ctx: GqlContext): Promise<SupportStatusModel> {
    const organization = viewer.organizationId ? await this.organizations.organizationLoader(ctx.loaders).load(viewer.organizationId) : null;
    return this.calendar.status(new Date(), organization?.plan ?? null) as SupportStatusModel;
  }

  @Query(() => SlaPreviewModel, { description: 'Staff and admins: the first-response due time a ticket opened at that instant would get', complexity: 5 })
  slaPreview(
    @CurrentViewer() viewer: Viewer,
    @Args('priority', { type: () => TicketPriorityEnum }) priority: TicketPriorityEnum,
    @Args('plan', { type: () => PlanEnum }) plan: PlanEnum,
    @Args('openedAt', { type: () => Date }) openedAt: Date,
  ): SlaPreviewModel {
    if (!isStaff(viewer)) throw new ForbiddenError('Only staff and admins preview SLA due times');
    return this.calendar.preview(priority, plan, openedAt, new Date()) as SlaPreviewModel;
  }
}
