import { Args, Context, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '../../platform/graphql/gql-context';
import { ForbiddenError } from '../../platform/errors/domain-error';
import { CurrentViewer } from '../accounts/current-viewer.decorator';
import { isStaff, type Viewer } from '../accounts/domain/viewer';
import { PlanEnum } from '../accounts/models/enums';
import { OrganizationsService } from '../accounts/organizations.service';
import type { SupportSettings } from './domain/support-settings';
import { SupportSettingsInput } from './dto/support-settings.input';
import {
  HolidayModel,
  SlaPreviewModel,
  SupportSettingsModel,
  SupportStatusModel,
  TicketPriorityEnum,
  type HolidayOriginEnum,
  type HolidaySourceEnum,
  type SlaClockEnum,
  type WeekdayEnum,
} from './models/support.model';
import { SupportCalendarService } from './support-calendar.service';
import type { StoredSupportSettings } from './support-settings.repository';
import { markUncacheable } from '../../platform/read-cache/read-cache.service';

/** The model keeps the settings it came from, for `upcomingHolidays`. */
type SettingsModel = SupportSettingsModel & { source: SupportSettings };

function toSettingsModel(s: StoredSupportSettings): SettingsModel {
  return Object.assign(new SupportSettingsModel(), {
    timeZone: s.timeZone,
    hours: s.hours.map((d) => ({ weekday: d.weekday as WeekdayEnum, closed: d.opens === null, opens: d.opens, closes: d.closes })),
    holidaySource: s.holidaySource as HolidaySourceEnum,
    extraHolidays: s.extraHolidays.map((h) => ({ date: h.date, name: h.name, origin: 'EXTRA' as HolidayOriginEnum, worked: false })),
    removedHolidays: [...s.removedHolidays],
    targets: s.targets.map((t) => ({
      plan: t.plan as PlanEnum,
      priority: t.priority as TicketPriorityEnum,
      firstResponseMinutes: t.firstResponseMinutes,
      clock: t.clock as SlaClockEnum,
    })),
    updatedAt: s.updatedAt,
    source: s,
  });
}

/** Support hours and SLA targets: what customers are promised, the admins' calendar, and the preview they check it with. */
@Resolver()
export class SupportResolver {
  constructor(
    private readonly calendar: SupportCalendarService,
    private readonly organizations: OrganizationsService,
  ) {}

  @Query(() => SupportStatusModel, { description: 'Whether support is open now, when it next opens, and the targets of your plan', complexity: 5 })
  async supportStatus(@CurrentViewer() viewer: Viewer, @Context() ctx: GqlContext): Promise<SupportStatusModel> {
    // Open now or not: an answer of this minute, never kept for signed-out readers.
    markUncacheable(ctx.res);
    const organization = viewer.organizationId ? await this.organizations.organizationLoader(ctx.loaders).load(viewer.organizationId) : null;
    return (await this.calendar.status(new Date(), organization?.plan ?? null)) as SupportStatusModel;
  }

  @Query(() => SlaPreviewModel, { description: 'Staff and admins: the first-response due time a ticket opened at that instant would get', complexity: 5 })
  async slaPreview(
    @CurrentViewer() viewer: Viewer,
    @Args('priority', { type: () => TicketPriorityEnum }) priority: TicketPriorityEnum,
    @Args('plan', { type: () => PlanEnum }) plan: PlanEnum,
    @Args('openedAt', { type: () => Date }) openedAt: Date,
  ): Promise<SlaPreviewModel> {
    if (!isStaff(viewer)) throw new ForbiddenError('Only staff and admins preview SLA due times');
    return (await this.calendar.preview(priority, plan, openedAt, new Date())) as SlaPreviewModel;
  }

  @Query(() => SupportSettingsModel, { description: 'Staff and admins: business hours, holidays and SLA targets in force', complexity: 5 })
  async supportSettings(@CurrentViewer() viewer: Viewer): Promise<SupportSettingsModel> {
    return toSettingsModel(await this.calendar.settings(viewer));
  }

  @Mutation(() => SupportSettingsModel, { description: 'Admins: replace business hours, holidays and SLA targets (new tickets use them at once)' })
  async updateSupportSettings(@CurrentViewer() viewer: Viewer, @Args('input') input: SupportSettingsInput): Promise<SupportSettingsModel> {
    const settings: SupportSettings = {
      timeZone: input.timeZone.trim(),
      hours: input.hours.map((d) =>
        d.closed ? { weekday: d.weekday, opens: null, closes: null } : { weekday: d.weekday, opens: d.opens ?? '', closes: d.closes ?? '' },
      ),
      holidaySource: input.holidaySource,
      extraHolidays: input.extraHolidays.map((h) => ({ date: h.date, name: h.name })),
      removedHolidays: input.removedHolidays,
      targets: input.targets.map((t) => ({ plan: t.plan, priority: t.priority, firstResponseMinutes: t.firstResponseMinutes, clock: t.clock })),
    };
    return toSettingsModel(await this.calendar.updateSettings(viewer, settings));
  }
}

@Resolver(() => SupportSettingsModel)
export class SupportSettingsResolver {
  constructor(private readonly calendar: SupportCalendarService) {}

  @ResolveField(() => [HolidayModel], {
    description: 'The holidays of the next `months` months (at most 24) from today in the calendar’s zone; with includeWorked, worked source holidays too',
    complexity: 10,
  })
  upcomingHolidays(
    @Parent() parent: SettingsModel,
    @Args('months', { type: () => Int, defaultValue: 12 }) months: number,
    @Args('includeWorked', { type: () => Boolean, defaultValue: false }) includeWorked: boolean,
  ): HolidayModel[] {
    return this.calendar.upcoming(parent.source, months, includeWorked) as HolidayModel[];
  }
}
