import { Field, ID, InputType } from '@nestjs/graphql';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { EMERGENCY_REASONS, TICKET_PRIORITIES, type EmergencyReason, type TicketPriority } from '../domain/ticket-rules';
import { EmergencyReasonEnum } from '../models/ticket.model';
import { TicketPriorityEnum } from '../models/support.model';

const DETAIL_MAX = 10_000;
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
