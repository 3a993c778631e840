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
