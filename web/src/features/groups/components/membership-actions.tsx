import { useApolloClient, useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { Form, SubmitButton } from '../../../components/ui/form';
import { TextareaField } from '../../../components/ui/textarea-field';
import type { GroupPageQuery } from '../../../gql/graphql';
import { formatDateTime } from '../../../lib/format-date';
import { describeError } from '../../../lib/graphql-errors';
import { signInPath } from '../../../lib/safe-next-path';
import { useFormSubmit } from '../../../lib/use-form-submit';
import { useViewer } from '../../../lib/viewer';
import {
  CancelJoinRequestMutation,
  JoinGroupMutation,
  LeaveGroupMutation,
  RequestToJoinGroupMutation,
  RespondToGroupInvitationMutation,
  SetGroupFlairMutation,
} from '../api/group-operations';

type Group = GroupPageQuery['group'];

/**
 * Join, ask to join, cancel, accept or decline an invitation, leave, show flair: the buttons for where the viewer stands.
 * Joining or leaving changes what the viewer may read everywhere (private forums, their threads), so the whole cache
 * is refetched then, as on sign-in.
 */
export function MembershipActions({ group, onChanged }: { group: Group; onChanged: (message: string) => void }) {
  const { viewer } = useViewer();
  const location = useLocation();
  const navigate = useNavigate();
  const client = useApolloClient();
  const [error, setError] = useState<string>();
  const [asking, setAsking] = useState(false);
  const [message, setMessage] = useState('');
  const variables = { groupId: group.id };
  const [join, joining] = useMutation(JoinGroupMutation);
  const [request] = useMutation(RequestToJoinGroupMutation);
  const requestForm = useFormSubmit({
    fields: ['message'],
    validate: () => ({}),
    submit: async () => {
      await request({ variables: { ...variables, message } });
      await client.refetchQueries({ include: ['GroupPage'] });
      setAsking(false);
      onChanged('Request sent: an owner will answer it.');
    },
  });
  const [cancel, cancelling] = useMutation(CancelJoinRequestMutation);
  const [leave, leaving] = useMutation(LeaveGroupMutation);
  const [respond, responding] = useMutation(RespondToGroupInvitationMutation);
  const [setFlair, settingFlair] = useMutation(SetGroupFlairMutation, { refetchQueries: ['GroupPage'] });

  async function run(action: () => Promise<unknown>, done: string, { everything = false } = {}) {
    setError(undefined);
    try {
      await action();
      if (everything) await client.resetStore();
      else await client.refetchQueries({ include: ['GroupPage'] });
      onChanged(done);
    } catch (err) {
      setError(describeError(err));
    }
  }

  if (!viewer) {
    return (
      <Link className="button button--primary" to={signInPath(location.pathname)}>
        Sign in to join
      </Link>
    );
  }

  const invitation = group.viewerInvitation;
  const state = group.viewerState;
  let body;
  if (state === 'OWNER' || state === 'MEMBER') {
    body = (
      <div className="group-actions__row">
        <span className="muted">{state === 'OWNER' ? 'You own this group.' : 'You are a member.'}</span>
        {group.visibility === 'LISTED' && (
          <Button
            variant="secondary"
            size="small"
            pending={settingFlair.loading}
            onClick={() =>
              void run(
                () => setFlair({ variables: { groupId: group.viewerShowsFlair ? null : group.id } }),
                group.viewerShowsFlair ? 'Flair removed from your posts.' : `Your posts now show ${group.name}.`,
              )
            }
          >
            {group.viewerShowsFlair ? 'Stop showing flair' : 'Show flair on my posts'}
          </Button>
        )}
        <Button
          variant="secondary"
          size="small"
          pending={leaving.loading}
          onClick={() =>
            void run(
              async () => {
                await leave({ variables });
                if (group.visibility === 'HIDDEN') void navigate('/groups');
              },
              `You left ${group.name}.`,
              { everything: true },
            )
          }
        >
          Leave group
        </Button>
      </div>
    );
  } else if (state === 'INVITED' && invitation) {
    body = (
      <div className="group-actions__row">
        <span>You're invited to this group (until {formatDateTime(invitation.expiresAt)}).</span>
        <Button
          pending={responding.loading}
          onClick={() =>
            void run(() => respond({ variables: { invitationId: invitation.id, accept: true } }), `Welcome to ${group.name}!`, { everything: true })
          }
        >
          Accept invitation
        </Button>
        <Button
          variant="secondary"
          disabled={responding.loading}
          onClick={() => void run(() => respond({ variables: { invitationId: invitation.id, accept: false } }), 'Invitation declined.')}
        >
          Decline
        </Button>
      </div>
    );
  } else if (state === 'REQUESTED') {
    body = (
      <div className="group-actions__row">
        <span>Your request to join is waiting for an owner.</span>
        <Button variant="secondary" pending={cancelling.loading} onClick={() => void run(() => cancel({ variables }), 'Request withdrawn.')}>
          Cancel request
        </Button>
      </div>
    );
  } else if (group.membershipPolicy === 'OPEN') {
    body = (
      <Button pending={joining.loading} onClick={() => void run(() => join({ variables }), `Welcome to ${group.name}!`, { everything: true })}>
        Join group
      </Button>
    );
  } else if (group.membershipPolicy === 'REQUEST') {
    body = asking ? (
      <Form form={requestForm} className="group-request-form" aria-label="Ask to join">
        <TextareaField label="A word to the owners (optional)" name="message" value={message} maxLength={1000} {...requestForm.field('message', setMessage)} />
        <div className="form__actions">
          <SubmitButton form={requestForm}>Send request</SubmitButton>
          <Button variant="secondary" onClick={() => setAsking(false)} disabled={requestForm.pending}>
            Cancel
          </Button>
        </div>
      </Form>
    ) : (
      <Button onClick={() => setAsking(true)}>Ask to join</Button>
    );
  } else {
    body = (
      <p className="muted">
        {invitation?.state === 'EXPIRED'
          ? `Your invitation expired on ${formatDateTime(invitation.expiresAt)}. Ask an owner to invite you again.`
          : 'This group is by invitation only. Ask an owner to invite you.'}
      </p>
    );
  }

  return (
    <div className="group-actions">
      {body}
      {error && <Alert tone="error">{error}</Alert>}
    </div>
  );
}
