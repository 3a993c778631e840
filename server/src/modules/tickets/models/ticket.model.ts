import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PlanEnum } from '../../accounts/models/enums';
import type { TicketRow } from '../tickets.repository';
import { TicketPriorityEnum } from './support.model';

export enum TicketStatusEnum {
  NEW = 'NEW',
  OPEN = 'OPEN',
  PENDING = 'PENDING',
  ON_HOLD = 'ON_HOLD',
  SOLVED = 'SOLVED',
  CLOSED = 'CLOSED',
}
registerEnumType(TicketStatusEnum, { name: 'TicketStatus', description: 'PENDING: waiting on the customer (the SLA clock stops)' });

export enum EscalationLevelEnum {
  TIER1 = 'TIER1',
  TIER2 = 'TIER2',
  ENGINEERING = 'ENGINEERING',
  EXECUTIVE = 'EXECUTIVE',
}
registerEnumType(EscalationLevelEnum, { name: 'EscalationLevel', description: 'EXECUTIVE: Enterprise customers only' });

export enum EmergencyReasonEnum {
  OUTAGE = 'OUTAGE',
  CRITICAL_INTEGRATION_FAILURE = 'CRITICAL_INTEGRATION_FAILURE',
  SECURITY_INCIDENT = 'SECURITY_INCIDENT',
  DATA_LOSS = 'DATA_LOSS',
}
registerEnumType(EmergencyReasonEnum, { name: 'EmergencyReason', description: 'What qualifies a ticket as an EMERGENCY (the support policy)' });

@ObjectType('Ticket', { description: 'A support ticket: its requester and staff see it; for everyone else it does not exist' })
export class TicketModel {
  @Field(() => ID) id: string;
  @Field(() => Int, { description: 'Shown as #1001, #1002, …' }) number: number;
  @Field(() => TicketStatusEnum) status: TicketStatusEnum;
  @Field(() => TicketPriorityEnum) priority: TicketPriorityEnum;
  @Field(() => EmergencyReasonEnum, { nullable: true }) emergencyReason: EmergencyReasonEnum | null;
  @Field(() => EscalationLevelEnum) escalationLevel: EscalationLevelEnum;
  @Field(() => PlanEnum, { description: 'The plan when the ticket opened (its SLA follows it)' }) plan: PlanEnum;
  @Field() openedAt: Date;
  @Field(() => Date, { nullable: true, description: 'null: the plan promises no first response for this priority' }) firstResponseDueAt: Date | null;
  @Field(() => Date, { nullable: true }) firstRespondedAt: Date | null;
  @Field({ description: 'What happened, versus what was expected' }) whatHappened: string;
  @Field() expected: string;
  @Field() errorMessages: string;
  @Field() stepsToReproduce: string;
  @Field({ description: 'Affected flows, sources or recipients' }) affected: string;
  @Field() businessImpact: string;
  threadId: string;
  requesterId: string;
  assigneeId: string | null;

  static from(t: TicketRow): TicketModel {
    return Object.assign(new TicketModel(), {
      ...t,
      status: t.status as TicketStatusEnum,
      priority: t.priority as TicketPriorityEnum,
      emergencyReason: t.emergencyReason as EmergencyReasonEnum | null,
      escalationLevel: t.escalationLevel as EscalationLevelEnum,
      plan: t.plan as PlanEnum,
    });
  }
}

@ObjectType('TicketMessage', { description: 'A public reply, or an internal note (staff only, by every path)' })
export class TicketMessageModel {
  @Field(() => ID) id: string;
  @Field() internal: boolean;
  @Field({ description: 'Plain text' }) body: string;
  @Field() createdAt: Date;
  authorId: string | null;
}

@ObjectType('TicketEvent', { description: 'One change in a ticket’s timeline: who, what, from and to, and why' })
export class TicketEventModel {
  @Field(() => ID) id: string;
  @Field({ description: 'OPENED, STATUS, LEVEL, ASSIGNEE, PRIORITY or BREACH' }) kind: string;
  @Field(() => String, { nullable: true }) fromValue: string | null;
  @Field(() => String, { nullable: true }) toValue: string | null;
  @Field() reason: string;
  @Field() createdAt: Date;
  actorId: string | null;
}
