import { useState } from 'react';
import { useNavigate } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { describeError } from '../../../lib/graphql-errors';
import { useSignOutEverywhere } from '../api/profile-operations';

export function SignOutEverywhereSection() {
  const signOutEverywhere = useSignOutEverywhere();
  const navigate = useNavigate();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string>();

  async function handleClick() {
    setPending(true);
    setError(undefined);
    try {
      await signOutEverywhere(() => navigate('/sign-in', { replace: true, state: { notice: 'You have been signed out on every device.' } }));
    } catch (err) {
      setError(describeError(err));
      setPending(false);
    }
  }

  return (
    <section className="card" aria-labelledby="sessions-title">
      <h2 id="sessions-title" className="card__title">
        Sessions
      </h2>
      <p className="card__description">Lost a device or signed in on a shared computer? End every session, including this one.</p>
      {error && (
        <Alert tone="error" className="card__alert">
          {error}
        </Alert>
      )}
      <Button variant="danger" pending={pending} onClick={handleClick}>
        Sign out everywhere
      </Button>
    </section>
  );
}
