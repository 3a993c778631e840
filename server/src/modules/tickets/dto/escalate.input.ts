import { Field, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsBoolean, IsEnum, IsIn, IsInt, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import {
  EMERGENCY_REASONS,
  ESCALATION_LEVELS,
  TICKET_PRIORITIES,
  TICKET_STATUSES,
  type EscalationLevel,
  type EmergencyReason,
  type TicketPriority,
  type TicketStatus,
} from '../domain/ticket-rules';
import { EmergencyReasonEnum, EscalationLevelEnum, TicketStatusEnum } from '../models/ticket.model';
import { TicketPriorityEnum } from '../models/support.model';

const DETAIL_MAX = 10_000;
/** The posts module checks a post's own limits; this only bounds what is read. */
const RESOLUTION_MAX = 100_000;
const detailMessage = `At most ${DETAIL_MAX.toLocaleString('en-US')} characters`;

/** What the support policy asks for when a thread becomes a ticket. */
@InputType()
export class EscalateThreadInput {
  @Field(() => ID) @IsUUID('all', { message: 'Unknown thread' }) threadId: string;
  @Field(() => TicketPriorityEnum) @IsIn(TICKET_PRIORITIES) priority: TicketPriority;
  @Field(() => EmergencyReasonEnum, { nullable: true, description: 'Required for EMERGENCY' })
  @IsOptional()
  @IsIn(EMERGENCY_REASONS)
  emergencyReason?: EmergencyReason | null;
  @Field({ description: 'What happened, and what you expected instead' }) @IsString() @MaxLength(DETAIL_MAX, { message: detailMessage }) whatHappened: string;
  @Field({ defaultValue: '' }) @IsString() @MaxLength(DETAIL_MAX, { message: detailMessage }) expected: string = '';
  @Field({ defaultValue: '' }) @IsString() @MaxLength(DETAIL_MAX, { message: detailMessage }) errorMessages: string = '';
  @Field({ defaultValue: '' }) @IsString() @MaxLength(DETAIL_MAX, { message: detailMessage }) stepsToReproduce: string = '';
  @Field({ defaultValue: '', description: 'Affected flows, sources or recipients' })
  @IsString()
  @MaxLength(DETAIL_MAX, { message: detailMessage })
  affected: string = '';
  @Field({ defaultValue: '' }) @IsString() @MaxLength(DETAIL_MAX, { message: detailMessage }) businessImpact: string = '';
}

@InputType()
export class TicketReplyInput {
  @Field(() => Int) @IsInt({ message: 'Unknown ticket' }) number: number;
  @Field({ description: 'Plain text' }) @IsString() @MaxLength(20_000, { message: 'At most 20,000 characters' }) body: string;
  @Field({ defaultValue: false, description: 'An internal note: staff only' }) @IsBoolean() internal: boolean = false;
}

@InputType()
export class TicketStatusInput {
  @Field(() => Int) @IsInt({ message: 'Unknown ticket' }) number: number;
  @Field(() => TicketStatusEnum) @IsIn(TICKET_STATUSES) status: TicketStatus;
  @Field({ defaultValue: '', description: 'Why (kept in the timeline)' }) @IsString() @MaxLength(500, { message: 'At most 500 characters' }) reason: string =
    '';
}

@InputType()
export class AssignTicketInput {
  @Field(() => Int) @IsInt({ message: 'Unknown ticket' }) number: number;
  @Field(() => ID, { nullable: true, description: 'A staff member; null unassigns' })
  @IsOptional()
  @IsUUID('all', { message: 'Unknown user' })
  assigneeId?: string | null;
}

@InputType()
export class TicketLevelInput {
  @Field(() => Int) @IsInt({ message: 'Unknown ticket' }) number: number;
  @Field(() => EscalationLevelEnum) @IsIn(ESCALATION_LEVELS) level: EscalationLevel;
  @Field({ description: 'Why (kept in the timeline)' }) @IsString() @MaxLength(500, { message: 'At most 500 characters' }) reason: string;
}

export enum TicketAssigneeFilterEnum {
  ANYONE = 'ANYONE',
  ME = 'ME',
  UNASSIGNED = 'UNASSIGNED',
}
registerEnumType(TicketAssigneeFilterEnum, { name: 'TicketAssigneeFilter' });

export enum TicketSlaFilterEnum {
  BREACHED = 'BREACHED',
  AT_RISK = 'AT_RISK',
}
registerEnumType(TicketSlaFilterEnum, {
  name: 'TicketSlaFilter',
  description: 'BREACHED: the first response is (or was) late; AT_RISK: 75% of its target is used and it is not yet due',
});

/** The staff queue's filters; none given: every open ticket (NEW, OPEN, PENDING, ON_HOLD). */
@InputType('TicketQueueFilter')
export class TicketQueueFilterInput {
  @Field(() => [TicketStatusEnum], { nullable: true, description: 'Default: the open statuses' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(TICKET_STATUSES.length)
  @IsIn(TICKET_STATUSES, { each: true })
  statuses?: TicketStatus[] | null;

  @Field(() => [TicketPriorityEnum], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(TICKET_PRIORITIES.length)
  @IsIn(TICKET_PRIORITIES, { each: true })
  priorities?: TicketPriority[] | null;

  @Field(() => TicketAssigneeFilterEnum, { nullable: true, description: 'Default: anyone' })
  @IsOptional()
  @IsEnum(TicketAssigneeFilterEnum)
  assignee?: TicketAssigneeFilterEnum | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'Unknown organization' })
  organizationId?: string | null;

  @Field(() => TicketSlaFilterEnum, { nullable: true })
  @IsOptional()
  @IsEnum(TicketSlaFilterEnum)
  sla?: TicketSlaFilterEnum | null;
}

@InputType()
export class TicketResolutionInput {
  @Field(() => Int) @IsInt({ message: 'Unknown ticket' }) number: number;
  @Field({ description: 'Markdown, posted on the thread as a staff reply' })
  @IsString()
  @MaxLength(RESOLUTION_MAX, { message: `At most ${RESOLUTION_MAX.toLocaleString('en-US')} characters` })
  body: string;
  @Field({ defaultValue: true, description: 'Also mark it the accepted answer, verified by staff' }) @IsBoolean() verify: boolean = true;
}
