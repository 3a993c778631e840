import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { Badge } from '../../../components/ui/badge';
import { Button } from '../../../components/ui/button';
import { Form, SubmitButton } from '../../../components/ui/form';
import { LoadingState } from '../../../components/ui/loading-state';
import { RelativeTime } from '../../../components/ui/relative-time';
import { TextField } from '../../../components/ui/text-field';
import { formatDateTime } from '../../../lib/format-date';
import { describeError } from '../../../lib/graphql-errors';
import { useFormSubmit } from '../../../lib/use-form-submit';
import { DecideJoinRequestMutation, GroupAdminQuery, InviteToGroupMutation, RevokeGroupInvitationMutation } from '../api/group-operations';
import { useRowAction } from '../hooks/use-row-action';

interface GroupAdminPanelProps {
  groupId: string;
  slug: string;
  onChanged: (message: string) => void;
}

/** The owners' screens: pending join requests to answer, invitations to send, renew or withdraw. */
export function GroupAdminPanel({ groupId, slug, onChanged }: GroupAdminPanelProps) {
  const { data, loading, error } = useQuery(GroupAdminQuery, { variables: { slug }, fetchPolicy: 'cache-and-network' });
  const refetch = { refetchQueries: ['GroupAdmin', 'GroupPage', 'GroupMembers'] };
  const [decide] = useMutation(DecideJoinRequestMutation, refetch);
  const [invite] = useMutation(InviteToGroupMutation, refetch);
  const [revoke] = useMutation(RevokeGroupInvitationMutation, refetch);
  const [handle, setHandle] = useState('');
  const { busy, error: actionError, act } = useRowAction(onChanged);
  const inviteForm = useFormSubmit({
    fields: ['handle'],
    validate: () => ({ handle: handle.trim().replace(/^@/, '') ? undefined : 'Enter the @handle of the person to invite' }),
    submit: async () => {
      const bare = handle.trim().replace(/^@/, '');
      await invite({ variables: { groupId, handle: bare } });
      setHandle('');
      onChanged(`@${bare} is invited.`);
    },
  });

  if (!data) return loading ? <LoadingState label="Loading requests…" /> : <Alert tone="error">{describeError(error)}</Alert>;
  const requests = data.group.joinRequests.nodes;
  const invitations = data.group.invitations;

  return (
    <div className="stack group-admin">
      {actionError && <Alert tone="error">{actionError}</Alert>}
      <section aria-labelledby="requests-title">
        <h3 id="requests-title">Join requests</h3>
        {requests.length === 0 ? (
          <p className="muted">No requests waiting.</p>
        ) : (
          <ul className="member-list">
            {requests.map((request) => (
              <li key={request.id} className="member-list__item member-list__item--request">
                <div>
                  <Link to={`/u/${request.user.handle}`}>{request.user.displayName}</Link>{' '}
                  <span className="muted">
                    asked <RelativeTime value={request.createdAt} />
                  </span>
                  {request.message && <p className="group-request__message">“{request.message}”</p>}
                </div>
                <span className="member-list__actions">
                  <Button
                    size="small"
                    pending={busy === `${request.id}:yes`}
                    disabled={busy !== null}
                    onClick={() =>
                      void act(
                        `${request.id}:yes`,
                        () => decide({ variables: { requestId: request.id, approve: true, message: '' } }),
                        `${request.user.displayName} joined the group.`,
                      )
                    }
                  >
                    Approve
                  </Button>
                  <Button
                    size="small"
                    variant="secondary"
                    pending={busy === `${request.id}:no`}
                    disabled={busy !== null}
                    onClick={() =>
                      void act(
                        `${request.id}:no`,
                        () => decide({ variables: { requestId: request.id, approve: false, message: '' } }),
                        `Request from ${request.user.displayName} denied.`,
                      )
                    }
                  >
                    Deny
                  </Button>
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="invitations-title">
        <h3 id="invitations-title">Invitations</h3>
        <Form form={inviteForm} className="invite-form" aria-label="Invite a member">
          <TextField
            label="Invite by @handle"
            name="handle"
            spellCheck={false}
            autoCapitalize="none"
            value={handle}
            hint="Invitations expire after 14 days"
            {...inviteForm.field('handle', setHandle)}
          />
          <SubmitButton form={inviteForm}>Invite</SubmitButton>
        </Form>
        {invitations.length > 0 && (
          <ul className="member-list">
            {invitations.map((invitation) => (
              <li key={invitation.id} className="member-list__item">
                <Link to={`/u/${invitation.user.handle}`}>{invitation.user.displayName}</Link>
                {invitation.state === 'EXPIRED' ? (
                  <Badge tone="warning">Expired</Badge>
                ) : (
                  <span className="muted">until {formatDateTime(invitation.expiresAt)}</span>
                )}
                <span className="member-list__actions">
                  {invitation.state === 'EXPIRED' && (
                    <Button
                      size="small"
                      variant="secondary"
                      disabled={busy !== null}
                      onClick={() =>
                        void act(
                          invitation.id,
                          () => invite({ variables: { groupId, handle: invitation.user.handle } }),
                          `Invitation to ${invitation.user.displayName} renewed.`,
                        )
                      }
                    >
                      Renew
                    </Button>
                  )}
                  <Button
                    size="small"
                    variant="secondary"
                    pending={busy === invitation.id}
                    disabled={busy !== null}
                    onClick={() =>
                      void act(
                        invitation.id,
                        () => revoke({ variables: { invitationId: invitation.id } }),
                        `Invitation to ${invitation.user.displayName} withdrawn.`,
                      )
                    }
                  >
                    Withdraw
                  </Button>
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
