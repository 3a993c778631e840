import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PlanEnum } from '../../accounts/models/enums';
import type { TicketRow } from '../tickets.repository';
import { Connection } from '../../../platform/graphql/connection';
import { SlaClockEnum, TicketPriorityEnum } from './support.model';

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
  @Field(() => Date, { nullable: true }) solvedAt: Date | null;
  @Field(() => ID, { nullable: true, description: 'The staff reply on the thread that carries the resolution, once posted' }) resolutionPostId: string | null;
  @Field({ description: 'What happened, versus what was expected' }) whatHappened: string;
  @Field() expected: string;
  @Field() errorMessages: string;
  @Field() stepsToReproduce: string;
  @Field({ description: 'Affected flows, sources or recipients' }) affected: string;
  @Field() businessImpact: string;
  threadId: string;
  requesterId: string;
  assigneeId: string | null;
  organizationId: string | null;
  firstResponseAtRiskAt: Date | null;
  firstResponseBreachedAt: Date | null;
  firstResponseTargetMinutes: number | null;
  firstResponseClock: 'BUSINESS' | 'WALL' | null;

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

export enum SlaStateEnum {
  NONE = 'NONE',
  RUNNING = 'RUNNING',
  AT_RISK = 'AT_RISK',
  PAUSED = 'PAUSED',
  MET = 'MET',
  BREACHED = 'BREACHED',
}
registerEnumType(SlaStateEnum, {
  name: 'SlaState',
  description:
    'The first-response clock: RUNNING; AT_RISK (75% of the target used); PAUSED (waiting on the customer); MET or BREACHED (responded in time or not, or overdue); NONE (no promise, or solved before one was due)',
});

@ObjectType('TicketSla', { description: 'A ticket’s first-response clock, as of the request' })
export class TicketSlaModel {
  @Field(() => SlaStateEnum) state: SlaStateEnum;
  @Field(() => Date, { nullable: true, description: 'When the first response is due (null: paused, or no promise)' }) dueAt: Date | null;
  @Field(() => Date, { nullable: true, description: 'When 75% of the target is used' }) atRiskAt: Date | null;
  @Field(() => Date, { nullable: true }) respondedAt: Date | null;
  @Field(() => Date, { nullable: true, description: 'When the breach was recorded (by the scheduled job)' }) breachedAt: Date | null;
  @Field(() => Int, { nullable: true, description: 'The target the ticket was opened with' }) targetMinutes: number | null;
  @Field(() => SlaClockEnum, { nullable: true }) clock: SlaClockEnum | null;
}

@ObjectType()
export class TicketConnection extends Connection(TicketModel, 'Ticket') {}
