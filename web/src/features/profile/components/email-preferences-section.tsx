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

/** What each kind means to the person choosing; a kind not listed here reads as its name ("NEW_KIND" → "New kind"). */
const KIND_LABELS: Record<string, string> = {
  MENTION: 'Someone mentions you',
  REPLY: 'New replies on threads you watch',
  QUOTED: 'Someone replies to your post',
  ANSWER_ACCEPTED: 'Your answer is accepted or verified',
  MODERATION: 'A moderator acts on your post',
  GROUP_JOIN_REQUESTED: 'Someone asks to join a group you own',
  GROUP_REQUEST_APPROVED: 'Your request to join a group is approved',
  GROUP_REQUEST_DENIED: 'Your request to join a group is declined',
  GROUP_INVITATION: 'You are invited to a group',
  TICKET_REPLY: 'Support replies on your ticket',
  TICKET_STATUS: 'Your ticket changes status',
  TICKET_ASSIGNED: 'A ticket is assigned to you',
  TICKET_CUSTOMER_REPLY: 'A customer replies on your ticket',
  TICKET_BREACHED: 'A ticket of yours misses its first-response time',
};

/** Kinds only staff receive (ticket work): not offered to members, who would never get them. */
const STAFF_KINDS = new Set(['TICKET_ASSIGNED', 'TICKET_CUSTOMER_REPLY', 'TICKET_BREACHED']);

function kindLabel(kind: string): string {
  const known = KIND_LABELS[kind];
  if (known) return known;
  const words = kind.toLowerCase().replace(/_/g, ' ');
  return words[0].toUpperCase() + words.slice(1);
}

/** Per notification kind: email at once, in the daily digest, or no email. Each change saves at once. */
export function EmailPreferencesSection({ staff }: { staff: boolean }) {
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
      {data?.myEmailPreferences
        .filter((p) => staff || !STAFF_KINDS.has(p.kind))
        .map((p) => (
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
