import { useState } from 'react';
import { useNavigate } from 'react-router';
import { Button } from '../../../components/ui/button';
import { describeError } from '../../../lib/graphql-errors';
import { useSignOut } from '../api/auth-mutations';

/** Ends this session, goes home, then refreshes `me` so the header shows "Sign in" again. */
export function SignOutButton() {
  const signOut = useSignOut();
  const navigate = useNavigate();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string>();

  async function handleClick() {
    setPending(true);
    setError(undefined);
    try {
      // Leave members-only pages before `me` turns null, so their guard does not bounce to sign-in.
      await signOut(() => navigate('/'));
    } catch (err) {
      setError(describeError(err));
    } finally {
      setPending(false);
    }
  }

  return (
    <>
      <Button variant="secondary" size="small" pending={pending} onClick={handleClick}>
        Sign out
      </Button>
      {error && (
        <span className="field__error" role="alert">
          {error}
        </span>
      )}
    </>
  );
}
