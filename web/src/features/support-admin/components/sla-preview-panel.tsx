import { useLazyQuery } from '@apollo/client/react';
import { DateTime } from 'luxon';
import { useState } from 'react';
import { Alert } from '../../../components/ui/alert';
import { Form, SubmitButton } from '../../../components/ui/form';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import type { Plan, TicketPriority } from '../../../gql/graphql';
import { useFormSubmit } from '../../../lib/use-form-submit';
import { SlaPreviewQuery } from '../api/support-admin-operations';
import { PLAN_LABELS, PRIORITY_LABELS } from './support-settings-model';

const PRIORITY_OPTIONS = Object.entries(PRIORITY_LABELS).map(([value, label]) => ({ value, label }));
const PLAN_OPTIONS = Object.entries(PLAN_LABELS).map(([value, label]) => ({ value, label }));
const LONG = { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZoneName: 'short' } as const;

interface Result {
  dueAt: string | null;
  minutes: number | null;
  clock: string | null;
}

/**
 * "If a ticket were opened then, when would its first response be due?" under the saved settings (slaPreview). The
 * opening moment is typed in the calendar's own time zone; the answer is shown there and in the viewer's zone.
 */
export function SlaPreviewPanel({ timeZone }: { timeZone: string }) {
  const [priority, setPriority] = useState('STANDARD');
  const [plan, setPlan] = useState('STANDARD');
  const [openedAt, setOpenedAt] = useState(() => DateTime.now().setZone(timeZone).startOf('hour').toFormat("yyyy-MM-dd'T'HH:mm"));
  const [result, setResult] = useState<Result | null>(null);
  const [run] = useLazyQuery(SlaPreviewQuery, { fetchPolicy: 'network-only' });
  const viewerZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const opened = DateTime.fromISO(openedAt, { zone: timeZone });

  const form = useFormSubmit({
    fields: ['openedAt', 'priority', 'plan'],
    validate: () => ({ openedAt: opened.isValid ? undefined : 'Pick a date and time' }),
    submit: async () => {
      const { data, error } = await run({ variables: { priority: priority as TicketPriority, plan: plan as Plan, openedAt: opened.toUTC().toISO()! } });
      if (error) throw error;
      const p = data!.slaPreview;
      setResult({ dueAt: p.firstResponseDueAt ?? null, minutes: p.targetMinutes ?? null, clock: p.clock ?? null });
    },
  });

  const due = result?.dueAt ? DateTime.fromISO(result.dueAt) : null;
  return (
    <Form form={form} aria-label="SLA preview">
      <p className="card__description">Uses the saved settings: save your changes first to preview them.</p>
      <SelectField label="Priority" value={priority} options={PRIORITY_OPTIONS} onValueChange={setPriority} />
      <SelectField label="Plan" value={plan} options={PLAN_OPTIONS} onValueChange={setPlan} />
      <TextField
        label={`Opened at (${timeZone})`}
        name="openedAt"
        type="datetime-local"
        value={openedAt}
        {...form.field('openedAt', (v) => {
          setOpenedAt(v);
          setResult(null);
        })}
      />
      <div className="form__actions">
        <SubmitButton form={form}>Preview due time</SubmitButton>
      </div>
      {result && (
        <div aria-live="polite" data-testid="sla-preview-result">
          {due ? (
            <Alert tone="info" title="First response due">
              <p className="support-admin__due">
                <time dateTime={result.dueAt!}>{due.setZone(timeZone).toLocaleString(LONG)}</time>
              </p>
              {viewerZone !== timeZone && (
                <p>
                  Your time ({viewerZone}): {due.setZone(viewerZone).toLocaleString(LONG)}
                </p>
              )}
              <p>
                Target: {formatMinutes(result.minutes!)} {result.clock === 'WALL' ? 'around the clock' : 'of business hours'}.
              </p>
            </Alert>
          ) : (
            <Alert tone="info">
              The {PLAN_LABELS[plan]} plan does not offer {PRIORITY_LABELS[priority]} support.
            </Alert>
          )}
        </div>
      )}
    </Form>
  );
}

function formatMinutes(minutes: number): string {
  if (minutes % 60 !== 0) return `${minutes} minutes`;
  const hours = minutes / 60;
  return hours === 1 ? '1 hour' : `${hours} hours`;
}
