import { useState, type FormEvent } from 'react';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { TextField } from '../../../components/ui/text-field';
import { toFormErrors } from '../../../lib/graphql-errors';
import { useFormErrors } from '../../../lib/use-form-errors';
import { collectProblems, newPasswordProblem, PASSWORD_HINT, requiredProblem } from '../../../lib/validation';
import { useChangePassword } from '../api/profile-operations';

const FIELDS = ['currentPassword', 'newPassword'] as const;

export function ChangePasswordForm() {
  const changePassword = useChangePassword();
  const { formRef, errors, show, clear, clearField } = useFormErrors();
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [pending, setPending] = useState(false);
  const [changed, setChanged] = useState(false);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setChanged(false);
    const problems = collectProblems({
      currentPassword: requiredProblem(currentPassword, 'Enter your current password'),
      newPassword: newPasswordProblem(newPassword),
    });
    if (Object.keys(problems).length > 0) return show({ fieldErrors: problems });

    clear();
    setPending(true);
    try {
      await changePassword(currentPassword, newPassword);
      setCurrentPassword('');
      setNewPassword('');
      setChanged(true);
    } catch (error) {
      show(toFormErrors(error, FIELDS));
    } finally {
      setPending(false);
    }
  }

  return (
    <section className="card" aria-labelledby="change-password-title">
      <h2 id="change-password-title" className="card__title">
        Password
      </h2>
      <p className="card__description">Changing your password signs you out on every other device.</p>
      <form ref={formRef} className="form" noValidate onSubmit={handleSubmit} aria-labelledby="change-password-title">
        {errors.formError && (
          <Alert tone="error" formAlert>
            {errors.formError}
          </Alert>
        )}
        {changed && <Alert tone="success">Password changed. Your other devices have been signed out.</Alert>}
        <TextField
          label="Current password"
          name="currentPassword"
          type="password"
          autoComplete="current-password"
          required
          value={currentPassword}
          onValueChange={(value) => {
            setCurrentPassword(value);
            clearField('currentPassword');
          }}
          error={errors.fieldErrors.currentPassword}
        />
        <TextField
          label="New password"
          name="newPassword"
          type="password"
          autoComplete="new-password"
          hint={PASSWORD_HINT}
          required
          value={newPassword}
          onValueChange={(value) => {
            setNewPassword(value);
            clearField('newPassword');
          }}
          error={errors.fieldErrors.newPassword}
        />
        <div className="form__actions">
          <Button type="submit" pending={pending}>
            Change password
          </Button>
        </div>
      </form>
    </section>
  );
}
