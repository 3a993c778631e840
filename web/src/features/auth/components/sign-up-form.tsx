import { useState } from 'react';
import { Form, SubmitButton } from '../../../components/ui/form';
import { TextField } from '../../../components/ui/text-field';
import { useFormSubmit } from '../../../lib/use-form-submit';
import { displayNameProblem, emailProblem, newPasswordProblem, PASSWORD_HINT } from '../../../lib/validation';
import { useSignUp } from '../api/auth-mutations';

interface SignUpFormProps {
  onSignedUp: () => void;
}

export function SignUpForm({ onSignedUp }: SignUpFormProps) {
  const signUp = useSignUp();
  const [email, setEmail] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const form = useFormSubmit({
    fields: ['email', 'displayName', 'password'],
    validate: () => ({
      email: emailProblem(email),
      displayName: displayNameProblem(displayName),
      password: newPasswordProblem(password),
    }),
    submit: async () => {
      await signUp({ email: email.trim(), displayName: displayName.trim(), password });
      onSignedUp();
    },
    leavesOnSuccess: true,
  });

  return (
    <Form form={form} aria-label="Sign up">
      <TextField
        label="Email"
        name="email"
        type="email"
        autoComplete="email"
        inputMode="email"
        spellCheck={false}
        required
        value={email}
        {...form.field('email', setEmail)}
      />
      <TextField
        label="Display name"
        name="displayName"
        autoComplete="nickname"
        hint="Shown next to your posts. You can change it later."
        required
        value={displayName}
        {...form.field('displayName', setDisplayName)}
      />
      <TextField
        label="Password"
        name="password"
        type="password"
        autoComplete="new-password"
        hint={PASSWORD_HINT}
        required
        value={password}
        {...form.field('password', setPassword)}
      />
      <div className="form__actions">
        <SubmitButton form={form}>Sign up</SubmitButton>
      </div>
    </Form>
  );
}
