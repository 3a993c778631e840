import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PlanEnum } from '../../accounts/models/enums';

export enum TicketPriorityEnum {
  STANDARD = 'STANDARD',
  CRITICAL = 'CRITICAL',
  EMERGENCY = 'EMERGENCY',
}
registerEnumType(TicketPriorityEnum, {
  name: 'TicketPriority',
  description: 'STANDARD: first response within one business day; CRITICAL: the same business day; EMERGENCY: 1 hour around the clock (Enterprise)',
});

export enum SlaClockEnum {
  BUSINESS = 'BUSINESS',
  WALL = 'WALL',
}
registerEnumType(SlaClockEnum, { name: 'SlaClock', description: 'BUSINESS: only business hours count; WALL: around the clock' });

@ObjectType('SlaTarget')
export class SlaTargetModel {
  @Field(() => TicketPriorityEnum) priority: TicketPriorityEnum;
  @Field(() => Int) firstResponseMinutes: number;
  @Field(() => SlaClockEnum) clock: SlaClockEnum;
}

@ObjectType('SupportStatus', { description: 'Whether support is open, when it next opens, and what your plan promises' })
export class SupportStatusModel {
  @Field() openNow: boolean;
  @Field(() => Date, { nullable: true, description: 'When support next opens (null while open)' }) nextOpeningAt: Date | null;
  @Field({ description: 'The business hours’ time zone (IANA)' }) timeZone: string;
  @Field(() => PlanEnum, { nullable: true, description: 'Your organization’s plan (null: no organization; the STANDARD targets apply)' })
  plan: PlanEnum | null;
  @Field({ description: 'Emergency support (around the clock) is part of your plan' }) emergencyAvailable: boolean;
  @Field(() => [SlaTargetModel], { description: 'First-response targets your plan offers, by priority' }) targets: SlaTargetModel[];
}

@ObjectType('SlaPreview', { description: 'The SLA a ticket opened at that instant would get under the current configuration' })
export class SlaPreviewModel {
  @Field(() => Date, { nullable: true, description: 'null: that plan has no such priority' }) firstResponseDueAt: Date | null;
  @Field(() => Int, { nullable: true }) targetMinutes: number | null;
  @Field(() => SlaClockEnum, { nullable: true }) clock: SlaClockEnum | null;
}

export enum WeekdayEnum {
  MONDAY = 'MONDAY',
  TUESDAY = 'TUESDAY',
  WEDNESDAY = 'WEDNESDAY',
  THURSDAY = 'THURSDAY',
  FRIDAY = 'FRIDAY',
  SATURDAY = 'SATURDAY',
  SUNDAY = 'SUNDAY',
}
registerEnumType(WeekdayEnum, { name: 'Weekday' });

export enum HolidaySourceEnum {
  US_FEDERAL = 'US_FEDERAL',
  NONE = 'NONE',
}
registerEnumType(HolidaySourceEnum, {
  name: 'HolidaySource',
  description: 'US_FEDERAL: the eleven US federal holidays on their observed days (from the date-holidays library); NONE: only the extra holidays',
});

export enum HolidayOriginEnum {
  SOURCE = 'SOURCE',
  EXTRA = 'EXTRA',
}
registerEnumType(HolidayOriginEnum, { name: 'HolidayOrigin', description: 'SOURCE: from the holiday source; EXTRA: added by an admin' });

@ObjectType('SupportDayHours', { description: 'One weekday’s opening hours in the calendar’s time zone' })
export class SupportDayHoursModel {
  @Field(() => WeekdayEnum) weekday: WeekdayEnum;
  @Field() closed: boolean;
  @Field(() => String, { nullable: true, description: 'HH:MM (null when closed)' }) opens: string | null;
  @Field(() => String, { nullable: true, description: 'HH:MM, up to 24:00 (null when closed)' }) closes: string | null;
}

@ObjectType('Holiday', { description: 'A day support is closed (or, when worked, a source holiday that is a working day)' })
export class HolidayModel {
  @Field({ description: 'YYYY-MM-DD in the calendar’s time zone' }) date: string;
  @Field() name: string;
  @Field(() => HolidayOriginEnum) origin: HolidayOriginEnum;
  @Field({ description: 'A source holiday the admins made a working day: support is open' }) worked: boolean;
}

@ObjectType('SlaTargetSetting', { description: 'The first-response target of one plan and priority' })
export class SlaTargetSettingModel {
  @Field(() => PlanEnum) plan: PlanEnum;
  @Field(() => TicketPriorityEnum) priority: TicketPriorityEnum;
  @Field(() => Int) firstResponseMinutes: number;
  @Field(() => SlaClockEnum) clock: SlaClockEnum;
}

@ObjectType('SupportSettings', { description: 'Staff and admins: the support calendar and SLA targets in force (admins edit them)' })
export class SupportSettingsModel {
  @Field({ description: 'IANA time zone of the business hours and holidays' }) timeZone: string;
  @Field(() => [SupportDayHoursModel], { description: 'Monday first, all seven days' }) hours: SupportDayHoursModel[];
  @Field(() => HolidaySourceEnum) holidaySource: HolidaySourceEnum;
  @Field(() => [HolidayModel], { description: 'Holidays the admins added' }) extraHolidays: HolidayModel[];
  @Field(() => [String], { description: 'Source holidays that are working days (YYYY-MM-DD)' }) removedHolidays: string[];
  @Field(() => [SlaTargetSettingModel], { description: 'Per plan and priority; a missing pair: that plan does not offer the priority' })
  targets: SlaTargetSettingModel[];
  @Field(() => Date) updatedAt: Date;
}
