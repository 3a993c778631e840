import { useMutation, useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { Badge } from '../../../components/ui/badge';
import { Button } from '../../../components/ui/button';
import { LoadingState } from '../../../components/ui/loading-state';
import { describeError } from '../../../lib/graphql-errors';
import { GroupMembersQuery, RemoveGroupMemberMutation, TransferGroupOwnershipMutation } from '../api/group-operations';
import { useRowAction } from '../hooks/use-row-action';

interface GroupMembersProps {
  groupId: string;
  slug: string;
  /** Owners, staff and admins: remove members and hand ownership over. */
  canManage: boolean;
  viewerId: string | null;
  onChanged: (message: string) => void;
}

/** The member list (members, staff and admins see it), owners first, 50 at a time. */
export function GroupMembers({ groupId, slug, canManage, viewerId, onChanged }: GroupMembersProps) {
  const { data, loading, error, fetchMore } = useQuery(GroupMembersQuery, { variables: { slug }, fetchPolicy: 'cache-and-network' });
  const [remove] = useMutation(RemoveGroupMemberMutation, { refetchQueries: ['GroupMembers', 'GroupPage'] });
  const [transfer] = useMutation(TransferGroupOwnershipMutation, { refetchQueries: ['GroupMembers', 'GroupPage'] });
  const { busy, error: actionError, act } = useRowAction(onChanged);

  if (!data) return loading ? <LoadingState label="Loading members…" /> : <Alert tone="error">{describeError(error)}</Alert>;
  const members = data.group.members;
  return (
    <div className="stack">
      {actionError && <Alert tone="error">{actionError}</Alert>}
      <ul className="member-list">
        {members.nodes.map((member) => (
          <li key={member.user.id} className="member-list__item">
            <Link to={`/u/${member.user.handle}`}>{member.user.displayName}</Link>
            <span className="muted">@{member.user.handle}</span>
            {member.role === 'OWNER' && <Badge tone="info">Owner</Badge>}
            {canManage && member.user.id !== viewerId && (
              <span className="member-list__actions">
                {member.role === 'MEMBER' && (
                  <Button
                    size="small"
                    variant="secondary"
                    disabled={busy !== null}
                    onClick={() =>
                      void act(
                        member.user.id,
                        () => transfer({ variables: { groupId, userId: member.user.id } }),
                        `${member.user.displayName} now owns the group.`,
                      )
                    }
                  >
                    Make owner
                  </Button>
                )}
                <Button
                  size="small"
                  variant="danger"
                  pending={busy === member.user.id}
                  disabled={busy !== null}
                  onClick={() =>
                    void act(member.user.id, () => remove({ variables: { groupId, userId: member.user.id } }), `${member.user.displayName} was removed.`)
                  }
                >
                  Remove
                </Button>
              </span>
            )}
          </li>
        ))}
      </ul>
      {members.pageInfo.hasNextPage && (
        <Button variant="secondary" onClick={() => void fetchMore({ variables: { after: members.pageInfo.endCursor } })}>
          More members
        </Button>
      )}
    </div>
  );
}
