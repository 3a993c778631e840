import { Link } from 'react-router';
import { Badge } from '../../../components/ui/badge';
import type { GroupCardFieldsFragment } from '../../../gql/graphql';
import { KIND_LABELS, membersLabel, POLICY_LABELS } from './group-labels';

const STATE_LABELS: Partial<Record<GroupCardFieldsFragment['viewerState'], string>> = {
  OWNER: 'Owner',
  MEMBER: 'Member',
  REQUESTED: 'Requested',
  INVITED: 'Invited',
};

/** One group in the directory: name, kind, how to join, members, and where the viewer stands. */
export function GroupCard({ group }: { group: GroupCardFieldsFragment }) {
  const titleId = `group-${group.id}-title`;
  const state = STATE_LABELS[group.viewerState];
  return (
    <li className="card group-card" aria-labelledby={titleId}>
      <h2 id={titleId} className="group-card__title">
        <Link to={`/g/${group.slug}`}>{group.name}</Link>
      </h2>
      <p className="group-card__meta">
        <span className="product-area">{KIND_LABELS[group.kind]}</span>
        <span>{POLICY_LABELS[group.membershipPolicy]}</span>
        <span>{membersLabel(group.memberCount)}</span>
        {group.visibility === 'HIDDEN' && <Badge tone="neutral">Hidden</Badge>}
        {state && <Badge tone={group.viewerState === 'OWNER' || group.viewerState === 'MEMBER' ? 'success' : 'info'}>{state}</Badge>}
      </p>
    </li>
  );
}
