import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { Form, SubmitButton } from '../../../components/ui/form';
import { TextField } from '../../../components/ui/text-field';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useFormSubmit } from '../../../lib/use-form-submit';
import { newPasswordProblem, PASSWORD_HINT } from '../../../lib/validation';
import { useResetPassword } from '../api/password-reset-operations';

/** The emailed link lands here: choose a new password, and the browser is signed in. */
export function ResetPasswordRoute() {
  useDocumentTitle('Choose a new password');
  const [searchParams] = useSearchParams();
  const token = searchParams.get('token') ?? '';
  const navigate = useNavigate();
  const resetPassword = useResetPassword();
  const [newPassword, setNewPassword] = useState('');
  const form = useFormSubmit({
    // A bad link (`token`) is not something to retype: it shows as the form's alert.
    fields: ['newPassword'],
    validate: () => ({ newPassword: newPasswordProblem(newPassword) }),
    submit: async () => {
      await resetPassword(token, newPassword);
      navigate('/', { replace: true, state: { notice: 'Your password has been changed and you are signed in. Your other devices have been signed out.' } });
    },
    leavesOnSuccess: true,
  });

  return (
    <div className="narrow">
      <div className="card auth-card">
        <h1>Choose a new password</h1>
        <p className="auth-card__lead">Choosing a new password signs you out on every other device.</p>
        <Form form={form} aria-label="Choose a new password">
          <TextField
            label="New password"
            name="newPassword"
            type="password"
            autoComplete="new-password"
            hint={PASSWORD_HINT}
            required
            value={newPassword}
            {...form.field('newPassword', setNewPassword)}
          />
          <div className="form__actions">
            <SubmitButton form={form}>Set password and sign in</SubmitButton>
          </div>
        </Form>
        <p className="auth-card__switch">
          Link not working? <Link to="/forgot-password">Ask for a new one</Link>
        </p>
      </div>
    </div>
  );
}
