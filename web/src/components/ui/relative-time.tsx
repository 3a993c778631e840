import { formatDateTime, formatRelativeTime } from '../../lib/format-date';

interface RelativeTimeProps {
  value: string | null | undefined;
  className?: string;
}

/** "3 hours ago", with the exact moment in the tooltip and in the machine-readable datetime. */
export function RelativeTime({ value, className }: RelativeTimeProps) {
  if (!value) return null;
  return (
    <time className={className} dateTime={value} title={formatDateTime(value)}>
      {formatRelativeTime(value)}
    </time>
  );
}
