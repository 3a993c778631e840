import { useState } from 'react';
import { Form, SubmitButton } from '../../../components/ui/form';
import { RelativeTime } from '../../../components/ui/relative-time';
import { TextareaField } from '../../../components/ui/textarea-field';
import { UserBadges } from '../../../components/ui/user-badges';
import type { TicketPageFieldsFragment } from '../../../gql/graphql';
import { useFormSubmit } from '../../../lib/use-form-submit';
import { useTicketActions } from '../api/ticket-mutations';

type Ticket = TicketPageFieldsFragment;

/** Public replies and (for staff, who alone receive them) internal notes, oldest first. */
export function TicketConversation({ ticket }: { ticket: Ticket }) {
  return (
    <section className="card" aria-labelledby="ticket-conversation-title">
      <h2 id="ticket-conversation-title" className="card__title">
        Conversation
      </h2>
      {ticket.messages.length === 0 ? (
        <p className="muted">No replies yet.</p>
      ) : (
        <ol className="ticket-messages">
          {ticket.messages.map((message) => (
            <li key={message.id}>
              <article
                className={['ticket-message', message.internal && 'ticket-message--internal'].filter(Boolean).join(' ')}
                aria-label={`${message.internal ? 'Internal note' : 'Reply'} by ${message.author?.displayName ?? 'a deleted account'}`}
              >
                {message.internal && <p className="ticket-message__internal">Internal note — staff only</p>}
                <header className="ticket-message__header">
                  <strong>{message.author?.displayName ?? 'A deleted account'}</strong>
                  {message.author && <UserBadges badges={message.author.badges} />}
                  <RelativeTime value={message.createdAt} className="muted" />
                </header>
                <p className="ticket-text">{message.body}</p>
              </article>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** A reply on the ticket; staff may make it an internal note instead. */
export function TicketReplyForm({ ticket, staff }: { ticket: Ticket; staff: boolean }) {
  const { reply } = useTicketActions();
  const [body, setBody] = useState('');
  const [internal, setInternal] = useState(false);
  const form = useFormSubmit({
    fields: ['body'],
    validate: () => ({ body: body.trim() ? undefined : 'Write a reply' }),
    submit: async () => {
      await reply({ number: ticket.number, body, internal: staff && internal });
      setBody('');
      setInternal(false);
    },
  });

  if (ticket.status === 'CLOSED') {
    return <p className="muted">This ticket is closed. Escalate the thread again or ask a new question for more help.</p>;
  }

  return (
    <Form form={form} aria-label="Reply on the ticket" className="ticket-reply" savedMessage="Sent.">
      <TextareaField
        label="Your reply"
        name="body"
        rows={4}
        hint={
          staff && internal
            ? 'Only staff see internal notes'
            : staff
              ? 'The customer sees this reply'
              : 'Support sees your reply; it takes a pending ticket back to open'
        }
        value={body}
        {...form.field('body', setBody)}
      />
      {/* ATTACHMENTS: the attachment picker for replies goes here once it lands (branch h-attach). */}
      <div className="form__actions">
        {staff && (
          <label className="checkbox">
            <input type="checkbox" checked={internal} onChange={(event) => setInternal(event.target.checked)} />
            Internal note (staff only)
          </label>
        )}
        <SubmitButton form={form}>{staff && internal ? 'Add internal note' : 'Send reply'}</SubmitButton>
      </div>
    </Form>
  );
}
