import { Field, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsIn, IsInt, IsString, MaxLength, ValidateNested } from 'class-validator';
import { WEEKDAYS, type SlaClock, type Weekday } from '../domain/business-calendar';
import { HOLIDAY_SOURCES, SUPPORT_LIMITS, type HolidaySource } from '../domain/support-settings';
import { TICKET_PRIORITIES, type SupportPlan, type TicketPriority } from '../domain/ticket-rules';
import { PlanEnum } from '../../accounts/models/enums';
import { HolidaySourceEnum, SlaClockEnum, TicketPriorityEnum, WeekdayEnum } from '../models/support.model';

// Shapes and sizes only; the rules (times, dates, one row each, at least one open day) are domain/support-settings.ts.

@InputType()
export class SupportDayHoursInput {
  @Field(() => WeekdayEnum) @IsIn(WEEKDAYS) weekday: Weekday;
  @Field({ description: 'Closed all day (opens and closes are then ignored)' }) closed: boolean;
  @Field(() => String, { nullable: true, description: 'HH:MM' }) opens?: string | null;
  @Field(() => String, { nullable: true, description: 'HH:MM, up to 24:00' }) closes?: string | null;
}

@InputType()
export class ExtraHolidayInput {
  @Field({ description: 'YYYY-MM-DD' }) @IsString() @MaxLength(10, { message: 'A date is YYYY-MM-DD' }) date: string;
  @Field() @IsString() @MaxLength(SUPPORT_LIMITS.maxHolidayNameLength, { message: `At most ${SUPPORT_LIMITS.maxHolidayNameLength} characters` }) name: string;
}

@InputType()
export class SlaTargetInput {
  @Field(() => PlanEnum) @IsIn(['STANDARD', 'ENTERPRISE']) plan: SupportPlan;
  @Field(() => TicketPriorityEnum) @IsIn(TICKET_PRIORITIES) priority: TicketPriority;
  @Field(() => Int) @IsInt() firstResponseMinutes: number;
  @Field(() => SlaClockEnum) @IsIn(['BUSINESS', 'WALL']) clock: SlaClock;
}

@InputType({ description: 'The whole support calendar and target table (replaces what is saved)' })
export class SupportSettingsInput {
  @Field({ description: 'IANA time zone, e.g. America/New_York' })
  @IsString()
  @MaxLength(SUPPORT_LIMITS.maxTimeZoneLength, { message: 'Not an IANA time zone' })
  timeZone: string;

  @Field(() => [SupportDayHoursInput], { description: 'Every weekday once' })
  @ArrayMaxSize(7, { message: 'Give each weekday once' })
  @ValidateNested({ each: true })
  @Type(() => SupportDayHoursInput)
  hours: SupportDayHoursInput[];

  @Field(() => HolidaySourceEnum) @IsIn(HOLIDAY_SOURCES) holidaySource: HolidaySource;

  @Field(() => [ExtraHolidayInput])
  @ArrayMaxSize(SUPPORT_LIMITS.maxExtraHolidays, { message: `At most ${SUPPORT_LIMITS.maxExtraHolidays} extra holidays` })
  @ValidateNested({ each: true })
  @Type(() => ExtraHolidayInput)
  extraHolidays: ExtraHolidayInput[];

  @Field(() => [String], { description: 'Source holidays that are working days (YYYY-MM-DD)' })
  @ArrayMaxSize(SUPPORT_LIMITS.maxRemovedHolidays, { message: `At most ${SUPPORT_LIMITS.maxRemovedHolidays} worked holidays` })
  @IsString({ each: true })
  @MaxLength(10, { each: true, message: 'A date is YYYY-MM-DD' })
  removedHolidays: string[];

  @Field(() => [SlaTargetInput], { description: 'Per plan and priority; leave a pair out when the plan does not offer it' })
  @ArrayMaxSize(6, { message: 'One target per plan and priority' })
  @ValidateNested({ each: true })
  @Type(() => SlaTargetInput)
  targets: SlaTargetInput[];
}
