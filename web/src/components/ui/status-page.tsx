import type { ReactNode } from 'react';

interface StatusPageProps {
  /** A short eyebrow such as "404" or "Connection problem". */
  code?: string;
  title: string;
  children?: ReactNode;
  actions?: ReactNode;
}

/** Full-width message for not-found, error and empty pages. */
export function StatusPage({ code, title, children, actions }: StatusPageProps) {
  return (
    <section className="status-page" aria-labelledby="status-page-title">
      {code && <p className="status-page__code">{code}</p>}
      <h1 id="status-page-title">{title}</h1>
      {children}
      {actions && <div className="status-page__actions">{actions}</div>}
    </section>
  );
}
