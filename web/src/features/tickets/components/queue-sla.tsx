import { formatDateTime } from '../../../lib/format-date';
import { useNow } from '../hooks/use-now';
import { formatDuration, slaTone, type Sla } from './sla-text';

/** The queue's first-response cell: a live countdown, "breached 2h ago" (highlighted), "responded" or "paused". */
export function QueueSla({ sla }: { sla: Sla }) {
  const now = useNow();
  const tone = slaTone(sla, now);
  let text: string;
  if (sla.state === 'MET') text = 'responded in time';
  else if (sla.state === 'BREACHED' && sla.respondedAt) text = 'responded late (breached)';
  else if (sla.state === 'PAUSED') text = 'paused (waiting on the customer)';
  else if (sla.state === 'NONE' || !sla.dueAt) text = 'no target';
  else if (tone === 'breached') text = `breached ${formatDuration(now - new Date(sla.breachedAt ?? sla.dueAt).getTime())} ago`;
  else text = `due in ${formatDuration(new Date(sla.dueAt).getTime() - now)}${tone === 'risk' ? ' (at risk)' : ''}`;
  return (
    <span role="timer" className={`sla sla--${tone}`} title={sla.dueAt ? `First response due ${formatDateTime(sla.dueAt)}` : undefined}>
      {text}
    </span>
  );
}
