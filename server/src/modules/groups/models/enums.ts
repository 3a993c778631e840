import { registerEnumType } from '@nestjs/graphql';
import { GROUP_KINDS, GROUP_ROLES, GROUP_VISIBILITIES, MEMBERSHIP_POLICIES } from '../domain/group-rules';

const enumOf = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const GroupKindEnum = enumOf(GROUP_KINDS);
export const MembershipPolicyEnum = enumOf(MEMBERSHIP_POLICIES);
export const GroupVisibilityEnum = enumOf(GROUP_VISIBILITIES);
export const GroupRoleEnum = enumOf(GROUP_ROLES);
export const GroupViewerStateEnum = enumOf(['NONE', 'MEMBER', 'OWNER', 'REQUESTED', 'INVITED'] as const);
export type GroupViewerState = keyof typeof GroupViewerStateEnum;
export const InvitationStateEnum = enumOf(['PENDING', 'ACCEPTED', 'DECLINED', 'REVOKED', 'EXPIRED'] as const);
export const JoinRequestStatusEnum = enumOf(['PENDING', 'APPROVED', 'DENIED', 'CANCELLED'] as const);

registerEnumType(GroupKindEnum, { name: 'GroupKind', description: 'INDUSTRY (insurance, solar …), USE_CASE or PRODUCT' });
registerEnumType(MembershipPolicyEnum, { name: 'MembershipPolicy', description: 'OPEN: anyone joins; REQUEST: owners approve; INVITE: owners invite' });
registerEnumType(GroupVisibilityEnum, {
  name: 'GroupVisibility',
  description: 'LISTED: in the directory; HIDDEN: only members, invitees, staff and admins know it',
});
registerEnumType(GroupRoleEnum, { name: 'GroupRole' });
registerEnumType(GroupViewerStateEnum, {
  name: 'GroupViewerState',
  description: 'Where the viewer stands: not a member, member, owner, waiting on a request, or invited',
});
registerEnumType(InvitationStateEnum, { name: 'GroupInvitationState', description: 'EXPIRED: pending for more than 14 days' });
registerEnumType(JoinRequestStatusEnum, { name: 'GroupJoinRequestStatus' });
