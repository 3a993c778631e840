import { useState, type FormEvent } from 'react';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { TextField } from '../../../components/ui/text-field';
import { toFormErrors } from '../../../lib/graphql-errors';
import { useFormErrors } from '../../../lib/use-form-errors';
import {
  collectProblems,
  displayNameProblem,
  emailProblem,
  newPasswordProblem,
  PASSWORD_HINT,
} from '../../../lib/validation';
import { useSignUp } from '../api/auth-mutations';

const FIELDS = ['email', 'displayName', 'password'] as const;

interface SignUpFormProps {
  onSignedUp: () => void;
}

export function SignUpForm({ onSignedUp }: SignUpFormProps) {
  const signUp = useSignUp();
  const { formRef, errors, show, clear, clearField } = useFormErrors();
  const [email, setEmail] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const [pending, setPending] = useState(false);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problems = collectProblems({
      email: emailProblem(email),
      displayName: displayNameProblem(displayName),
      password: newPasswordProblem(password),
    });
    if (Object.keys(problems).length > 0) return show({ fieldErrors: problems });

    clear();
    setPending(true);
    try {
      await signUp({ email: email.trim(), displayName: displayName.trim(), password });
      onSignedUp();
    } catch (error) {
      setPending(false);
      show(toFormErrors(error, FIELDS));
    }
  }

  return (
    <form ref={formRef} className="form" noValidate onSubmit={handleSubmit} aria-label="Sign up">
      {errors.formError && (
        <Alert tone="error" formAlert>
          {errors.formError}
        </Alert>
      )}
      <TextField
        label="Email"
        name="email"
        type="email"
        autoComplete="email"
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
        label="Display name"
        name="displayName"
        autoComplete="nickname"
        hint="Shown next to your posts. You can change it later."
        required
        value={displayName}
        onValueChange={(value) => {
          setDisplayName(value);
          clearField('displayName');
        }}
        error={errors.fieldErrors.displayName}
      />
      <TextField
        label="Password"
        name="password"
        type="password"
        autoComplete="new-password"
        hint={PASSWORD_HINT}
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
          Sign up
        </Button>
      </div>
    </form>
  );
}
