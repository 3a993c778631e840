import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Alert } from '../../../components/ui/alert';
import { LoadingState } from '../../../components/ui/loading-state';
import { SelectField } from '../../../components/ui/select-field';
import type { EmailDelivery } from '../../../gql/graphql';
import { MyEmailPreferencesQuery, UpdateEmailPreferencesMutation } from '../api/profile-operations';

const DELIVERY_OPTIONS = [
  { value: 'IMMEDIATE', label: 'Email at once' },
  { value: 'DAILY', label: 'In the daily digest' },
  { value: 'NEVER', label: 'Never' },
] as const;

/** "MENTION" → "Mention", "TICKET_CUSTOMER_REPLY" → "Ticket customer reply". */
function kindLabel(kind: string): string {
  const words = kind.toLowerCase().replace(/_/g, ' ');
  return words[0].toUpperCase() + words.slice(1);
}

/** Per notification kind: email at once, in the daily digest, or never. Each change saves at once. */
export function EmailPreferencesSection() {
  const { data, loading, error } = useQuery(MyEmailPreferencesQuery);
  const [update] = useMutation(UpdateEmailPreferencesMutation);
  const [status, setStatus] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);

  async function change(kind: string, delivery: EmailDelivery) {
    setStatus(null);
    try {
      await update({ variables: { input: [{ kind, delivery }] } });
      setStatus({ tone: 'success', text: `Saved: ${kindLabel(kind)}.` });
    } catch (err) {
      setStatus({ tone: 'error', text: err instanceof Error ? err.message : 'Could not save' });
    }
  }

  return (
    <section className="card" aria-labelledby="email-preferences-title">
      <h2 id="email-preferences-title" className="card__title">
        Email
      </h2>
      <p className="card__description">For each kind of notification: an email at once, a daily digest, or no email.</p>
      {loading && <LoadingState label="Loading your email preferences…" />}
      {error && <Alert tone="error">{error.message}</Alert>}
      {data?.myEmailPreferences.map((p) => (
        <SelectField
          key={p.kind}
          label={kindLabel(p.kind)}
          value={p.delivery}
          options={DELIVERY_OPTIONS}
          onValueChange={(value) => void change(p.kind, value as EmailDelivery)}
        />
      ))}
      <div role="status" aria-live="polite">
        {status && <Alert tone={status.tone}>{status.text}</Alert>}
      </div>
    </section>
  );
}
