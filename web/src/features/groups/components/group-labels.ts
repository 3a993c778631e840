import type { GroupKind, MembershipPolicy } from '../../../gql/graphql';

export const KIND_LABELS: Record<GroupKind, string> = { INDUSTRY: 'Industry', USE_CASE: 'Use case', PRODUCT: 'Product' };

export const POLICY_LABELS: Record<MembershipPolicy, string> = {
  OPEN: 'Anyone can join',
  REQUEST: 'Ask to join',
  INVITE: 'By invitation',
};

export function membersLabel(count: number): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? 'member' : 'members'}`;
}
