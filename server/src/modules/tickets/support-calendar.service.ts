import { Injectable } from '@nestjs/common';
import { BadUserInputError, ForbiddenError } from '../../platform/errors/domain-error';
import { isAdmin, isSignedIn, isStaff, type Viewer } from '../accounts/domain/viewer';
import { dueAt, isBusinessTime, nextOpening, type BusinessCalendar, type SlaTargetTable, type SlaTargets } from './domain/business-calendar';
import {
  calendarFromSettings,
  normalizeSupportSettings,
  supportSettingsProblems,
  targetTableFromSettings,
  upcomingHolidays,
  SUPPORT_LIMITS,
  type ListedHoliday,
  type SupportSettings,
} from './domain/support-settings';
import { priorityProblem, TICKET_PRIORITIES, type SupportPlan, type TicketPriority } from './domain/ticket-rules';
import { SupportSettingsRepository, type StoredSupportSettings } from './support-settings.repository';

/** Years of holidays a calendar holds around the instant asked about (the calendar functions look ahead ≤ 3 years). */
const YEARS_BEFORE = 1;
const YEARS_AFTER = 3;
/** slaPreview looks at most this many years from today (each year's holidays are computed when asked). */
const PREVIEW_YEARS = 5;
/** How long this process trusts its copy of the settings: other instances' edits show within this time. */
export const SUPPORT_SETTINGS_TTL_MS = 10_000;

interface Loaded {
  settings: StoredSupportSettings;
  targets: SlaTargetTable;
  /** Calendars built from these settings, by the year asked about (a handful at most). */
  calendars: Map<number, BusinessCalendar>;
  loadedAt: number;
}

/**
 * The support calendar and SLA targets in force, as admins configured them (support_settings and its tables; the
 * migration seeds the policy's defaults). Read through a small in-process cache: cleared here on every edit, and
 * re-read after SUPPORT_SETTINGS_TTL_MS so edits made through another instance take effect within seconds.
 */
@Injectable()
export class SupportCalendarService {
  private loaded: Loaded | null = null;
  /** One read in flight at a time: a burst of requests after expiry shares it. */
  private loading: Promise<Loaded> | null = null;
  /** Bumped by every edit: a read that started before it must not be cached over the edit. */
  private generation = 0;

  constructor(private readonly repository: SupportSettingsRepository) {}

  private async current(): Promise<Loaded> {
    if (this.loaded && Date.now() - this.loaded.loadedAt < SUPPORT_SETTINGS_TTL_MS) return this.loaded;
    if (!this.loading) {
      const generation = this.generation;
      this.loading = this.repository
        .get()
        .then((settings) => {
          const loaded = this.remember(settings);
          if (generation !== this.generation) this.loaded = null;
          return loaded;
        })
        .finally(() => {
          this.loading = null;
        });
    }
    return this.loading;
  }

  private remember(settings: StoredSupportSettings): Loaded {
    this.loaded = { settings, targets: targetTableFromSettings(settings), calendars: new Map(), loadedAt: Date.now() };
    return this.loaded;
  }

  /** The business calendar in force, with the holidays of the years around `at`. */
  async calendarAt(at: Date): Promise<BusinessCalendar> {
    const loaded = await this.current();
    const year = at.getUTCFullYear();
    let calendar = loaded.calendars.get(year);
    if (!calendar) {
      calendar = calendarFromSettings(loaded.settings, year - YEARS_BEFORE, year + YEARS_AFTER);
      if (loaded.calendars.size >= 8) loaded.calendars.clear();
      loaded.calendars.set(year, calendar);
    }
    return calendar;
  }

  async targets(plan: SupportPlan): Promise<Record<TicketPriority, SlaTargets | null>> {
    return (await this.current()).targets[plan];
  }

  /** Open now, the next opening, and what a customer on `plan` (null: no organization) is promised. */
  async status(now: Date, plan: SupportPlan | null) {
    const calendar = await this.calendarAt(now);
    const targets = await this.targets(plan ?? 'STANDARD');
    const open = isBusinessTime(calendar, now);
    return {
      openNow: open,
      nextOpeningAt: open ? null : nextOpening(calendar, now),
      timeZone: calendar.timeZone,
      plan,
      emergencyAvailable: priorityProblem('EMERGENCY', plan, 'OUTAGE') === null,
      targets: TICKET_PRIORITIES.flatMap((priority) => {
        const t = targets[priority];
        return t ? [{ priority, firstResponseMinutes: t.firstResponse.minutes, clock: t.firstResponse.clock }] : [];
      }),
    };
  }

  /** When a ticket opened at `openedAt` would be due for its first response (null: no such promise on that plan). */
  async preview(priority: TicketPriority, plan: SupportPlan, openedAt: Date, now: Date) {
    if (Number.isNaN(openedAt.getTime())) throw new BadUserInputError('openedAt', 'Give a date and time');
    if (Math.abs(openedAt.getUTCFullYear() - now.getUTCFullYear()) > PREVIEW_YEARS) {
      throw new BadUserInputError('openedAt', `Preview a moment within ${PREVIEW_YEARS} years of today`);
    }
    const target = (await this.targets(plan))[priority];
    if (!target) return { firstResponseDueAt: null, targetMinutes: null, clock: null };
    return {
      firstResponseDueAt: dueAt(await this.calendarAt(openedAt), { openedAt, target: target.firstResponse, pauses: [] }),
      targetMinutes: target.firstResponse.minutes,
      clock: target.firstResponse.clock,
    };
  }

  /** Staff and admins: the configuration in force (fresh from the database, not the cache). */
  async settings(viewer: Viewer): Promise<StoredSupportSettings> {
    if (!isStaff(viewer)) throw new ForbiddenError('Only staff and admins see the support calendar settings');
    return this.remember(await this.repository.get()).settings;
  }

  /** Admins: replace the calendar and targets; the first problem found is refused, naming its field. */
  async updateSettings(viewer: Viewer, input: SupportSettings): Promise<StoredSupportSettings> {
    if (!isAdmin(viewer) || !isSignedIn(viewer)) throw new ForbiddenError('Only admins edit support hours, holidays and targets');
    const [problem] = supportSettingsProblems(input);
    if (problem) throw new BadUserInputError(problem.field, problem.message);
    const settings = normalizeSupportSettings(input);
    this.generation += 1;
    this.loaded = null;
    const stored = await this.repository.save(settings, viewer.userId);
    return this.remember(stored).settings;
  }

  /** The holidays of the next `months` months (1..24), from today in the calendar's zone. */
  upcoming(settings: SupportSettings, months: number, includeWorked: boolean, now = new Date()): ListedHoliday[] {
    if (!Number.isInteger(months) || months < 1 || months > SUPPORT_LIMITS.maxUpcomingMonths) {
      throw new BadUserInputError('months', `Ask for 1 to ${SUPPORT_LIMITS.maxUpcomingMonths} months`);
    }
    return upcomingHolidays(settings, now, months, includeWorked);
  }
}
