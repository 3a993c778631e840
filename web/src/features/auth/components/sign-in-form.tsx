import { useState } from 'react';
import { Form, SubmitButton } from '../../../components/ui/form';
import { TextField } from '../../../components/ui/text-field';
import { useFormSubmit } from '../../../lib/use-form-submit';
import { emailProblem, requiredProblem } from '../../../lib/validation';
import { useSignIn } from '../api/auth-mutations';

interface SignInFormProps {
  onSignedIn: () => void;
}

export function SignInForm({ onSignedIn }: SignInFormProps) {
  const signIn = useSignIn();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const form = useFormSubmit({
    // "Email or password is incorrect" names no field on purpose: it shows as the form's alert.
    fields: ['email', 'password'],
    validate: () => ({
      email: emailProblem(email),
      password: requiredProblem(password, 'Enter your password'),
    }),
    submit: async () => {
      await signIn({ email: email.trim(), password });
      onSignedIn();
    },
    leavesOnSuccess: true,
  });

  return (
    <Form form={form} aria-label="Sign in">
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
      <TextField
        label="Password"
        name="password"
        type="password"
        autoComplete="current-password"
        required
        value={password}
        {...form.field('password', setPassword)}
      />
      <div className="form__actions">
        <SubmitButton form={form}>Sign in</SubmitButton>
      </div>
    </Form>
  );
}
