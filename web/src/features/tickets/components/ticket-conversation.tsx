import { useState } from 'react';
import { Form, SubmitButton } from '../../../components/ui/form';
import { RelativeTime } from '../../../components/ui/relative-time';
import { TextareaField } from '../../../components/ui/textarea-field';
import { UserBadges } from '../../../components/ui/user-badges';
import type { TicketPageFieldsFragment } from '../../../gql/graphql';
import { useFormSubmit } from '../../../lib/use-form-submit';
import { AttachmentUploadError, uploadTicketAttachment } from '../api/attachments';
import { useTicketActions } from '../api/ticket-mutations';
import { AttachmentPicker } from './attachment-picker';

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

/**
 * A reply on the ticket; staff may make it an internal note instead. Files chosen here are attached to the ticket
 * (everyone who sees the ticket sees them, so an internal note carries none).
 */
export function TicketReplyForm({ ticket, staff, onAttached }: { ticket: Ticket; staff: boolean; onAttached: () => Promise<unknown> }) {
  const { reply } = useTicketActions();
  const [body, setBody] = useState('');
  const [internal, setInternal] = useState(false);
  const [files, setFiles] = useState<File[]>([]);
  const [uploadError, setUploadError] = useState<string>();
  const note = staff && internal;
  const form = useFormSubmit({
    fields: ['body'],
    validate: () => ({ body: body.trim() || (!note && files.length > 0) ? undefined : 'Write a reply' }),
    submit: async () => {
      setUploadError(undefined);
      if (body.trim()) {
        await reply({ number: ticket.number, body, internal: note });
        setBody('');
        setInternal(false);
      }
      if (note || files.length === 0) return;
      const failed: File[] = [];
      const problems: string[] = [];
      for (const file of files) {
        try {
          await uploadTicketAttachment(ticket.number, file);
        } catch (error) {
          failed.push(file);
          problems.push(`${file.name}: ${error instanceof AttachmentUploadError ? error.message : String(error)}`);
        }
      }
      // What was refused stays chosen, with the reason, to remove or try again.
      setFiles(failed);
      if (problems.length) setUploadError(problems.join(' '));
      await onAttached();
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
          note ? 'Only staff see internal notes' : staff ? 'The customer sees this reply' : 'Support sees your reply; it takes a pending ticket back to open'
        }
        value={body}
        {...form.field('body', setBody)}
      />
      {!note && (
        <AttachmentPicker
          files={files}
          onChange={(next) => {
            setFiles(next);
            setUploadError(undefined);
          }}
          existingCount={ticket.attachments.length}
          error={uploadError}
          disabled={form.pending}
        />
      )}
      <div className="form__actions">
        {staff && (
          <label className="checkbox">
            <input type="checkbox" checked={internal} onChange={(event) => setInternal(event.target.checked)} />
            Internal note (staff only)
          </label>
        )}
        <SubmitButton form={form}>{note ? 'Add internal note' : 'Send reply'}</SubmitButton>
      </div>
    </Form>
  );
}
