import { useState } from 'react';
import { Link } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { Form, SubmitButton } from '../../../components/ui/form';
import { TextField } from '../../../components/ui/text-field';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useFormSubmit } from '../../../lib/use-form-submit';
import { emailProblem } from '../../../lib/validation';
import { useRequestPasswordReset } from '../api/password-reset-operations';

/** "Forgot password?": asks for the email; the answer never says whether the address has an account. */
export function ForgotPasswordRoute() {
  useDocumentTitle('Forgot password');
  const requestReset = useRequestPasswordReset();
  const [email, setEmail] = useState('');
  const [sentTo, setSentTo] = useState<string | null>(null);
  const form = useFormSubmit({
    fields: ['email'],
    validate: () => ({ email: emailProblem(email) }),
    submit: async () => {
      await requestReset(email.trim());
      setSentTo(email.trim());
    },
  });

  return (
    <div className="narrow">
      <div className="card auth-card">
        <h1>Forgot your password?</h1>
        {sentTo ? (
          <Alert tone="success" className="auth-card__notice">
            If {sentTo} belongs to a Threadline account, we have sent it a link to choose a new password. The link works once, for an hour.
          </Alert>
        ) : (
          <>
            <p className="auth-card__lead">Enter the email you sign in with and we will send you a link to choose a new password.</p>
            <Form form={form} aria-label="Forgot password">
              <TextField
                label="Email"
                name="email"
                type="email"
                autoComplete="username"
                inputMode="email"
                spellCheck={false}
                required
                value={email}
                {...form.field('email', setEmail)}
              />
              <div className="form__actions">
                <SubmitButton form={form}>Send reset link</SubmitButton>
              </div>
            </Form>
          </>
        )}
        <p className="auth-card__switch">
          Remembered it? <Link to="/sign-in">Sign in</Link>
        </p>
      </div>
    </div>
  );
}
