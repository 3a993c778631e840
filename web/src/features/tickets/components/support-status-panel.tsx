import { useQuery } from '@apollo/client/react';
import { Alert } from '../../../components/ui/alert';
import { describeError } from '../../../lib/graphql-errors';
import { SupportStatusQuery } from '../api/ticket-operations';
import { describeTarget, PLAN_LABEL, PRIORITY_LABEL } from './ticket-labels';

/** "Monday, 1 December at 09:00 EST", in the reader's own time zone. */
const openingFormat = new Intl.DateTimeFormat(undefined, {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  hour: '2-digit',
  minute: '2-digit',
  timeZoneName: 'short',
});

/**
 * Whether support is open now, when it next opens (in the reader's zone), and the first-response targets of their plan.
 * `hoursOnly` for staff on a ticket page: their own plan says nothing about the customer's ticket.
 */
export function SupportStatusPanel({ hoursOnly = false }: { hoursOnly?: boolean }) {
  const { data, error } = useQuery(SupportStatusQuery, { fetchPolicy: 'cache-and-network' });
  if (!data) return error ? <Alert tone="warning">Support hours are not available right now: {describeError(error)}</Alert> : null;
  const status = data.supportStatus;
  return (
    <section className="card support-status" aria-labelledby="support-status-title">
      <h2 id="support-status-title" className="card__title">
        Support hours
      </h2>
      <p className="support-status__now">
        {status.openNow ? (
          <strong className="support-status__open">Support is open now.</strong>
        ) : (
          <>
            <strong>Support is closed now.</strong>{' '}
            {status.nextOpeningAt && (
              <>
                It opens again <time dateTime={status.nextOpeningAt}>{openingFormat.format(new Date(status.nextOpeningAt))}</time>.
              </>
            )}
          </>
        )}
      </p>
      <p className="muted">
        Business hours are kept in {status.timeZone}.{!hoursOnly && <> Your plan: {status.plan ? PLAN_LABEL[status.plan] : 'Standard (no organization)'}.</>}
      </p>
      {hoursOnly ? null : (
        <>
          <h3 className="support-status__subtitle">First response, by priority</h3>
          <dl className="details support-status__targets">
            {status.targets.map((target) => (
              <div key={target.priority} className="support-status__target">
                <dt>{PRIORITY_LABEL[target.priority]}</dt>
                <dd>{describeTarget(target.firstResponseMinutes, target.clock)}</dd>
              </div>
            ))}
          </dl>
          {!status.emergencyAvailable && <p className="muted">Emergency support around the clock is part of the Enterprise plan.</p>}
        </>
      )}
    </section>
  );
}
