import { useEffect, useRef } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { LoadingState } from '../../../components/ui/loading-state';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useUnsubscribe } from '../api/email-operations';

function label(kind: string): string {
  return kind.toLowerCase().replace(/_/g, ' ');
}

/** One-click unsubscribe: the emailed link's signed token is the authority, no sign-in needed. */
export function UnsubscribeRoute() {
  useDocumentTitle('Unsubscribe');
  const [searchParams] = useSearchParams();
  const token = searchParams.get('token') ?? '';
  const [unsubscribe, { data, error, called }] = useUnsubscribe();
  const sent = useRef(false);

  useEffect(() => {
    if (sent.current) return;
    sent.current = true;
    void unsubscribe({ variables: { token } }).catch(() => undefined);
  }, [token, unsubscribe]);

  return (
    <div className="narrow">
      <div className="card auth-card">
        <h1>Unsubscribe</h1>
        {(!called || (!data && !error)) && <LoadingState label="Unsubscribing…" />}
        {data && (
          <Alert tone="success">
            {data.unsubscribe.length
              ? `You will get no more emails about: ${data.unsubscribe.map(label).join(', ')}.`
              : 'You were already unsubscribed from these emails.'}
          </Alert>
        )}
        {error && <Alert tone="error">{error.message}</Alert>}
        <p className="auth-card__switch">
          Choose which emails you get on <Link to="/profile">your profile</Link>.
        </p>
      </div>
    </div>
  );
}
