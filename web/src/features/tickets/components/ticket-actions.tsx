import { useState } from 'react';
import { Link } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { Form, SubmitButton } from '../../../components/ui/form';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { TextareaField } from '../../../components/ui/textarea-field';
import type { EscalationLevel, TicketPageFieldsFragment, TicketStatus } from '../../../gql/graphql';
import { useAsyncAction } from '../../../lib/use-async-action';
import { useFormSubmit } from '../../../lib/use-form-submit';
import { useTicketActions } from '../api/ticket-mutations';
import { useNow } from '../hooks/use-now';
import { LEVEL_LABEL, LEVELS, MOVE_LABEL } from './ticket-labels';
import { reopenWindowOpen, requesterMoves, staffMoves } from './ticket-moves';

type Ticket = TicketPageFieldsFragment;

/**
 * Status buttons: staff get every legal move from the current status (the server's state machine, mirrored in
 * ticket-labels.ts), with an optional reason; the requester marks it solved, or reopens a solved ticket.
 */
export function TicketStatusActions({ ticket, staff, requester }: { ticket: Ticket; staff: boolean; requester: boolean }) {
  const { setStatus } = useTicketActions();
  const action = useAsyncAction();
  const [reason, setReason] = useState('');
  const now = useNow();
  const move = (status: TicketStatus) =>
    action.run(async () => {
      await setStatus({ number: ticket.number, status, reason: reason.trim() });
      setReason('');
    });

  const moves: readonly TicketStatus[] = staff
    ? staffMoves(ticket.status)
    : requester
      ? requesterMoves(ticket.status).filter((to) => to !== 'OPEN' || reopenWindowOpen(ticket.solvedAt, now))
      : [];
  if (moves.length === 0) return null;
  const label = (status: TicketStatus) => (!staff && status === 'OPEN' ? 'Reopen' : MOVE_LABEL[status]);

  return (
    <section className="card" aria-labelledby="ticket-status-title">
      <h2 id="ticket-status-title" className="card__title">
        Status
      </h2>
      {action.error && <Alert tone="error">{action.error}</Alert>}
      {staff && <TextField label="Reason for the status change (optional)" name="statusReason" value={reason} onValueChange={setReason} maxLength={500} />}
      <div className="ticket-actions">
        {moves.map((status) => (
          <Button key={status} variant={status === 'SOLVED' ? 'primary' : 'secondary'} pending={action.pending} onClick={() => void move(status)}>
            {label(status)}
          </Button>
        ))}
      </div>
    </section>
  );
}

/** Staff: assignment, the escalation level (with a required reason), and posting the resolution back to the thread. */
export function TicketStaffTools({ ticket, viewerId }: { ticket: Ticket; viewerId: string }) {
  const { assign } = useTicketActions();
  const assignment = useAsyncAction();
  const mine = ticket.assignee?.id === viewerId;

  return (
    <section className="card ticket-staff" aria-labelledby="ticket-staff-title">
      <h2 id="ticket-staff-title" className="card__title">
        Staff
      </h2>
      {assignment.error && <Alert tone="error">{assignment.error}</Alert>}
      <div className="ticket-actions">
        {!mine && (
          <Button
            variant="secondary"
            pending={assignment.pending}
            onClick={() => void assignment.run(() => assign({ number: ticket.number, assigneeId: viewerId }))}
          >
            Assign to me
          </Button>
        )}
        {ticket.assignee && (
          <Button
            variant="secondary"
            pending={assignment.pending}
            onClick={() => void assignment.run(() => assign({ number: ticket.number, assigneeId: null }))}
          >
            Unassign
          </Button>
        )}
      </div>
      <LevelForm key={ticket.escalationLevel} ticket={ticket} />
      <ResolutionForm ticket={ticket} viewerId={viewerId} />
    </section>
  );
}

function LevelForm({ ticket }: { ticket: Ticket }) {
  const { setLevel } = useTicketActions();
  const [level, setLevelValue] = useState<EscalationLevel>(ticket.escalationLevel);
  const [reason, setReason] = useState('');
  const form = useFormSubmit({
    fields: ['level', 'reason'],
    validate: () => ({
      level: level === ticket.escalationLevel ? `The ticket is already at ${LEVEL_LABEL[level]}` : undefined,
      reason: reason.trim() ? undefined : 'Say why the level changes',
    }),
    submit: async () => {
      await setLevel({ number: ticket.number, level, reason: reason.trim() });
      setReason('');
    },
  });
  return (
    <Form form={form} aria-label="Change the escalation level" className="ticket-level" savedMessage="Level changed.">
      <h3 className="ticket-staff__subtitle">Escalation</h3>
      <SelectField
        label="Escalation level"
        value={level}
        options={LEVELS.map((value) => ({ value, label: value === 'EXECUTIVE' ? `${LEVEL_LABEL[value]} (Enterprise only)` : LEVEL_LABEL[value] }))}
        error={form.errors.fieldErrors.level}
        onValueChange={(value) => {
          setLevelValue(value as EscalationLevel);
          form.clearField('level');
        }}
      />
      <TextField label="Reason for the level change" name="levelReason" value={reason} maxLength={500} {...form.field('reason', setReason)} />
      <div className="form__actions">
        <SubmitButton form={form}>Change level</SubmitButton>
      </div>
    </Form>
  );
}

function ResolutionForm({ ticket, viewerId }: { ticket: Ticket; viewerId: string }) {
  const { postResolution } = useTicketActions();
  const [body, setBody] = useState('');
  const [verify, setVerify] = useState(true);
  const form = useFormSubmit({
    fields: ['body'],
    validate: () => ({ body: body.trim() ? undefined : 'Write the resolution' }),
    submit: async () => {
      await postResolution({ number: ticket.number, body, verify }, viewerId);
      setBody('');
    },
  });
  if (!ticket.thread) return null;
  if (ticket.resolutionPostId) {
    return (
      <p className="ticket-resolution__posted">
        The resolution is posted to the thread. <Link to={`/t/${ticket.thread.id}`}>See it in the thread</Link>.
      </p>
    );
  }
  return (
    <Form form={form} aria-label="The resolution, for the thread" className="ticket-resolution">
      <h3 className="ticket-staff__subtitle">Post the resolution to the thread</h3>
      <TextareaField
        label="Resolution"
        name="body"
        rows={4}
        hint="Posted on the thread as your (staff) reply, for everyone who can see it"
        value={body}
        {...form.field('body', setBody)}
      />
      <div className="form__actions">
        <label className="checkbox">
          <input type="checkbox" checked={verify} onChange={(event) => setVerify(event.target.checked)} />
          Verify as accepted answer
        </label>
        <SubmitButton form={form}>Post resolution to thread</SubmitButton>
      </div>
    </Form>
  );
}
