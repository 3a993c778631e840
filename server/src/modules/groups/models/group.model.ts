import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Connection } from '../../../platform/graphql/connection';
import { invitationState, type GroupKind, type GroupRole, type GroupVisibility, type InvitationState, type MembershipPolicy } from '../domain/group-rules';
import type { GroupRow, InvitationRow, JoinRequestRow, MemberRow } from '../groups.repository';
import { GroupKindEnum, GroupRoleEnum, GroupVisibilityEnum, InvitationStateEnum, JoinRequestStatusEnum, MembershipPolicyEnum } from './enums';

@ObjectType('Group', { description: 'A user group: industry, use case or product; may own private forums' })
export class GroupModel {
  @Field(() => ID) id: string;
  @Field() slug: string;
  @Field() name: string;
  @Field({ description: 'Sanitized HTML rendered from the Markdown description' }) descriptionHtml: string;
  @Field({ description: 'The Markdown source, for editing' }) descriptionSource: string;
  @Field(() => GroupKindEnum) kind: GroupKind;
  @Field(() => MembershipPolicyEnum) membershipPolicy: MembershipPolicy;
  @Field(() => GroupVisibilityEnum) visibility: GroupVisibility;
  @Field(() => Date) createdAt: Date;

  static from(row: GroupRow): GroupModel {
    return Object.assign(new GroupModel(), {
      id: row.id,
      slug: row.slug,
      name: row.name,
      descriptionHtml: row.descriptionHtml,
      descriptionSource: row.descriptionSource,
      kind: row.kind,
      membershipPolicy: row.membershipPolicy,
      visibility: row.visibility,
      createdAt: row.createdAt,
    });
  }
}

@ObjectType()
export class GroupConnection extends Connection(GroupModel, 'Group') {}

@ObjectType('GroupMember')
export class GroupMemberModel {
  @Field(() => GroupRoleEnum) role: GroupRole;
  @Field(() => Date) joinedAt: Date;
  userId: string;
  groupId: string;

  static from(row: MemberRow): GroupMemberModel {
    return Object.assign(new GroupMemberModel(), { role: row.role, joinedAt: row.joinedAt, userId: row.userId, groupId: row.groupId });
  }
}

@ObjectType()
export class GroupMemberConnection extends Connection(GroupMemberModel, 'GroupMember') {}

@ObjectType('GroupJoinRequest', { description: "A request to join a REQUEST group: seen by the requester and the group's owners" })
export class GroupJoinRequestModel {
  @Field(() => ID) id: string;
  @Field() message: string;
  @Field(() => JoinRequestStatusEnum) status: JoinRequestRow['status'];
  @Field({ description: "The owner's answer, if they wrote one" }) decisionMessage: string;
  @Field(() => Date) createdAt: Date;
  @Field(() => Date, { nullable: true }) decidedAt: Date | null;
  userId: string;
  groupId: string;

  static from(row: JoinRequestRow): GroupJoinRequestModel {
    return Object.assign(new GroupJoinRequestModel(), {
      id: row.id,
      message: row.message,
      status: row.status,
      decisionMessage: row.decisionMessage,
      createdAt: row.createdAt,
      decidedAt: row.decidedAt,
      userId: row.userId,
      groupId: row.groupId,
    });
  }
}

@ObjectType()
export class GroupJoinRequestConnection extends Connection(GroupJoinRequestModel, 'GroupJoinRequest') {}

@ObjectType('GroupInvitation', { description: "An invitation to a group: seen by the invitee and the group's owners; expires after 14 days" })
export class GroupInvitationModel {
  @Field(() => ID) id: string;
  @Field(() => InvitationStateEnum) state: InvitationState;
  @Field(() => Date) createdAt: Date;
  @Field(() => Date) expiresAt: Date;
  userId: string;
  groupId: string;
  invitedBy: string | null;

  static from(row: InvitationRow, now = new Date()): GroupInvitationModel {
    return Object.assign(new GroupInvitationModel(), {
      id: row.id,
      state: invitationState(row.status, row.expiresAt, now),
      createdAt: row.createdAt,
      expiresAt: row.expiresAt,
      userId: row.userId,
      groupId: row.groupId,
      invitedBy: row.invitedBy,
    });
  }
}

@ObjectType('GroupFlair', { description: 'The group a member shows next to their name on posts (listed groups only)' })
export class GroupFlairModel {
  @Field() name: string;
  @Field() slug: string;
}
