import { useQuery } from '@apollo/client/react';
import { useEffect, useId, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { Button } from '../../../components/ui/button';
import { Form, SubmitButton } from '../../../components/ui/form';
import { SelectField } from '../../../components/ui/select-field';
import { TextareaField } from '../../../components/ui/textarea-field';
import type { EmergencyReason, TicketPriority } from '../../../gql/graphql';
import { graphQLErrorsOf } from '../../../lib/graphql-errors';
import type { ThreadSupportSubject } from '../../../lib/thread-support';
import { useFormSubmit } from '../../../lib/use-form-submit';
import { AttachmentUploadError, uploadTicketAttachment } from '../api/attachments';
import { useEscalateThread } from '../api/ticket-mutations';
import { AttachmentPicker } from './attachment-picker';
import { SupportStatusQuery } from '../api/ticket-operations';
import { SupportStatusPanel } from './support-status-panel';
import { EMERGENCY_REASON_LABEL, PRIORITY_LABEL } from './ticket-labels';

const FIELDS = ['whatHappened', 'expected', 'errorMessages', 'stepsToReproduce', 'affected', 'businessImpact', 'priority', 'emergencyReason'] as const;
const PRIORITIES: readonly TicketPriority[] = ['STANDARD', 'CRITICAL', 'EMERGENCY'];
const PRIORITY_HINT: Record<TicketPriority, string> = {
  STANDARD: 'First response within one business day',
  CRITICAL: 'Business-impacting: first response the same business day',
  EMERGENCY: 'Outages, critical integration failures, security incidents, data loss: 1 hour, around the clock',
};
const REASONS = Object.keys(EMERGENCY_REASON_LABEL) as EmergencyReason[];

/** What the policy asks for when a thread becomes a ticket, pre-filled from the thread. */
export function EscalateForm({ thread, onCancel }: { thread: ThreadSupportSubject; onCancel: () => void }) {
  const navigate = useNavigate();
  const escalate = useEscalateThread();
  const { data: support } = useQuery(SupportStatusQuery, { fetchPolicy: 'cache-first' });
  const emergencyAvailable = support?.supportStatus.emergencyAvailable ?? false;
  const [whatHappened, setWhatHappened] = useState(() => [thread.title, thread.openingPostSource].filter(Boolean).join('\n\n'));
  const [expected, setExpected] = useState('');
  const [errorMessages, setErrorMessages] = useState('');
  const [stepsToReproduce, setSteps] = useState('');
  const [affected, setAffected] = useState('');
  const [businessImpact, setBusinessImpact] = useState('');
  const [priority, setPriority] = useState<TicketPriority>('STANDARD');
  const [emergencyReason, setEmergencyReason] = useState<EmergencyReason | ''>('');
  const [files, setFiles] = useState<File[]>([]);
  // The server refused EMERGENCY for this plan or problem: the form offers CRITICAL in one click.
  const [offerCritical, setOfferCritical] = useState(false);
  const priorityName = useId();
  // The button that opened the form is gone: focus starts on the first field.
  const firstField = useRef<HTMLTextAreaElement>(null);
  useEffect(() => firstField.current?.focus(), []);

  const form = useFormSubmit({
    fields: FIELDS,
    leavesOnSuccess: true,
    validate: () => ({
      whatHappened: whatHappened.trim() ? undefined : 'Say what happened',
      emergencyReason: priority === 'EMERGENCY' && !emergencyReason ? 'Say which kind of emergency this is' : undefined,
    }),
    submit: async () => {
      setOfferCritical(false);
      try {
        const ticket = await escalate({
          threadId: thread.id,
          priority,
          emergencyReason: priority === 'EMERGENCY' && emergencyReason ? emergencyReason : null,
          whatHappened,
          expected,
          errorMessages,
          stepsToReproduce,
          affected,
          businessImpact,
        });
        // Files travel outside GraphQL, one request each, once the ticket exists. A refused file does not undo the
        // ticket: the ticket page says which file failed and why, and offers to attach it again there.
        const refused: string[] = [];
        for (const file of files) {
          try {
            await uploadTicketAttachment(ticket.number, file);
          } catch (error) {
            refused.push(`${file.name}: ${error instanceof AttachmentUploadError ? error.message : String(error)}`);
          }
        }
        navigate(`/tickets/${ticket.number}`, { state: refused.length ? { attachmentProblems: refused } : null });
      } catch (error) {
        if (graphQLErrorsOf(error).some((e) => e.extensions?.reason === 'EMERGENCY_NOT_AVAILABLE')) setOfferCritical(true);
        throw error;
      }
    },
  });

  return (
    <div className="escalate">
      <SupportStatusPanel />
      <Form
        form={form}
        aria-labelledby="escalate-title"
        className="card escalate__form"
        intro={
          <>
            <h2 id="escalate-title" className="card__title">
              Escalate to support
            </h2>
            <p className="card__description">Support staff see this thread and what you write here. The more they know, the sooner they can help.</p>
          </>
        }
      >
        {offerCritical && (
          <div>
            <Button
              variant="secondary"
              size="small"
              onClick={() => {
                setPriority('CRITICAL');
                setOfferCritical(false);
                form.clearField('priority');
              }}
            >
              Choose Critical instead
            </Button>
          </div>
        )}
        <TextareaField
          label="What happened"
          name="whatHappened"
          rows={6}
          textareaRef={firstField}
          value={whatHappened}
          {...form.field('whatHappened', setWhatHappened)}
        />
        <TextareaField label="What you expected instead" name="expected" rows={3} value={expected} {...form.field('expected', setExpected)} />
        <TextareaField
          label="Error messages"
          name="errorMessages"
          rows={3}
          spellCheck={false}
          hint="Paste them exactly as shown"
          value={errorMessages}
          {...form.field('errorMessages', setErrorMessages)}
        />
        <TextareaField label="Steps to reproduce" name="stepsToReproduce" rows={4} value={stepsToReproduce} {...form.field('stepsToReproduce', setSteps)} />
        <TextareaField label="Affected flows, sources or recipients" name="affected" rows={2} value={affected} {...form.field('affected', setAffected)} />
        <TextareaField
          label="Business impact"
          name="businessImpact"
          rows={2}
          hint="What it stops or costs you, and how many people or leads it touches"
          value={businessImpact}
          {...form.field('businessImpact', setBusinessImpact)}
        />

        <fieldset className="field escalate__urgency" aria-describedby={form.errors.fieldErrors.priority ? `${priorityName}-error` : undefined}>
          <legend className="field__label">Urgency</legend>
          {PRIORITIES.map((value) => {
            const disabled = value === 'EMERGENCY' && !emergencyAvailable;
            return (
              <label key={value} className={['escalate__option', disabled && 'escalate__option--disabled'].filter(Boolean).join(' ')}>
                <input
                  type="radio"
                  name={priorityName}
                  value={value}
                  checked={priority === value}
                  disabled={disabled}
                  onChange={() => {
                    setPriority(value);
                    form.clearField('priority');
                  }}
                />
                <span>
                  <strong>{PRIORITY_LABEL[value]}</strong>
                  <span className="muted"> — {PRIORITY_HINT[value]}</span>
                </span>
              </label>
            );
          })}
          {!emergencyAvailable && (
            <p className="field__hint">Emergency is for Enterprise plans. For a problem that stops your business today, choose Critical.</p>
          )}
          {form.errors.fieldErrors.priority && (
            <span className="field__error" id={`${priorityName}-error`}>
              {form.errors.fieldErrors.priority}
            </span>
          )}
        </fieldset>
        {priority === 'EMERGENCY' && (
          <SelectField
            label="Kind of emergency"
            value={emergencyReason}
            options={[{ value: '', label: 'Choose one…' }, ...REASONS.map((reason) => ({ value: reason, label: EMERGENCY_REASON_LABEL[reason] }))]}
            error={form.errors.fieldErrors.emergencyReason}
            onValueChange={(value) => {
              setEmergencyReason(value as EmergencyReason | '');
              form.clearField('emergencyReason');
            }}
          />
        )}

        <AttachmentPicker files={files} onChange={setFiles} disabled={form.pending} />

        <div className="form__actions">
          <SubmitButton form={form}>Open a support ticket</SubmitButton>
          <Button variant="secondary" onClick={onCancel}>
            Cancel
          </Button>
        </div>
      </Form>
    </div>
  );
}
