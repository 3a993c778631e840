import { useState, type FormEvent } from 'react';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { TextField } from '../../../components/ui/text-field';
import { toFormErrors } from '../../../lib/graphql-errors';
import { useFormErrors } from '../../../lib/use-form-errors';
import { collectProblems, emailProblem, requiredProblem } from '../../../lib/validation';
import { useSignIn } from '../api/auth-mutations';

const FIELDS = ['email', 'password'] as const;

interface SignInFormProps {
  onSignedIn: () => void;
}

export function SignInForm({ onSignedIn }: SignInFormProps) {
  const signIn = useSignIn();
  const { formRef, errors, show, clear, clearField } = useFormErrors();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [pending, setPending] = useState(false);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problems = collectProblems({
      email: emailProblem(email),
      password: requiredProblem(password, 'Enter your password'),
    });
    if (Object.keys(problems).length > 0) return show({ fieldErrors: problems });

    clear();
    setPending(true);
    try {
      await signIn({ email: email.trim(), password });
      onSignedIn();
    } catch (error) {
      setPending(false);
      // "Email or password is incorrect" names no field on purpose: it shows as a form alert.
      show(toFormErrors(error, FIELDS));
    }
  }

  return (
    <form ref={formRef} className="form" noValidate onSubmit={handleSubmit} aria-label="Sign in">
      {errors.formError && (
        <Alert tone="error" formAlert>
          {errors.formError}
        </Alert>
      )}
      <TextField
        label="Email"
        name="email"
        type="email"
        autoComplete="username"
        inputMode="email"
        spellCheck={false}
        required
        value={email}
        onValueChange={(value) => {
          setEmail(value);
          clearField('email');
        }}
        error={errors.fieldErrors.email}
      />
      <TextField
        label="Password"
        name="password"
        type="password"
        autoComplete="current-password"
        required
        value={password}
        onValueChange={(value) => {
          setPassword(value);
          clearField('password');
        }}
        error={errors.fieldErrors.password}
      />
      <div className="form__actions">
        <Button type="submit" pending={pending}>
          Sign in
        </Button>
      </div>
    </form>
  );
}
