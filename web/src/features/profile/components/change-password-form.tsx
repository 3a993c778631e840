import { useState } from 'react';
import { Form, SubmitButton } from '../../../components/ui/form';
import { TextField } from '../../../components/ui/text-field';
import { useFormSubmit } from '../../../lib/use-form-submit';
import { newPasswordProblem, PASSWORD_HINT, requiredProblem } from '../../../lib/validation';
import { useChangePassword } from '../api/profile-operations';

export function ChangePasswordForm() {
  const changePassword = useChangePassword();
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const form = useFormSubmit({
    fields: ['currentPassword', 'newPassword'],
    validate: () => ({
      currentPassword: requiredProblem(currentPassword, 'Enter your current password'),
      newPassword: newPasswordProblem(newPassword),
    }),
    submit: async () => {
      await changePassword(currentPassword, newPassword);
      setCurrentPassword('');
      setNewPassword('');
    },
  });

  return (
    <section className="card" aria-labelledby="change-password-title">
      <h2 id="change-password-title" className="card__title">
        Password
      </h2>
      <p className="card__description">Changing your password signs you out on every other device.</p>
      <Form form={form} aria-labelledby="change-password-title" savedMessage="Password changed. Your other devices have been signed out.">
        <TextField
          label="Current password"
          name="currentPassword"
          type="password"
          autoComplete="current-password"
          required
          value={currentPassword}
          {...form.field('currentPassword', setCurrentPassword)}
        />
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
          <SubmitButton form={form}>Change password</SubmitButton>
        </div>
      </Form>
    </section>
  );
}
