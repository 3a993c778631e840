import type { ReactNode } from 'react';

type AlertTone = 'error' | 'success' | 'info' | 'warning';

interface AlertProps {
  tone: AlertTone;
  title?: string;
  children: ReactNode;
  /** Marks the form-level alert that receives focus when a submit fails without a field to blame. */
  formAlert?: boolean;
  className?: string;
}

/** Errors interrupt (role="alert"); confirmations and notices wait their turn (role="status"). */
export function Alert({ tone, title, children, formAlert = false, className }: AlertProps) {
  return (
    <div
      className={['alert', `alert--${tone}`, className].filter(Boolean).join(' ')}
      role={tone === 'error' ? 'alert' : 'status'}
      tabIndex={formAlert ? -1 : undefined}
      data-form-alert={formAlert || undefined}
    >
      {title && <p className="alert__title">{title}</p>}
      <div>{children}</div>
    </div>
  );
}
