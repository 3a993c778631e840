import { useState, type FormEvent } from 'react';
import { LIMITS } from '@threadline/shared';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { TextField } from '../../../components/ui/text-field';
import { toFormErrors } from '../../../lib/graphql-errors';
import { useFormErrors } from '../../../lib/use-form-errors';
import { collectProblems, displayNameProblem } from '../../../lib/validation';
import { useUpdateDisplayName } from '../api/profile-operations';

const FIELDS = ['displayName'] as const;

interface DisplayNameFormProps {
  currentDisplayName: string;
}

export function DisplayNameForm({ currentDisplayName }: DisplayNameFormProps) {
  const updateDisplayName = useUpdateDisplayName();
  const { formRef, errors, show, clear, clearField } = useFormErrors();
  const [displayName, setDisplayName] = useState(currentDisplayName);
  const [pending, setPending] = useState(false);
  const [saved, setSaved] = useState(false);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(false);
    const problems = collectProblems({ displayName: displayNameProblem(displayName) });
    if (Object.keys(problems).length > 0) return show({ fieldErrors: problems });

    clear();
    setPending(true);
    try {
      const { data } = await updateDisplayName(displayName.trim());
      setDisplayName(data?.updateProfile.displayName ?? displayName.trim());
      setSaved(true);
    } catch (error) {
      show(toFormErrors(error, FIELDS));
    } finally {
      setPending(false);
    }
  }

  return (
    <section className="card" aria-labelledby="display-name-title">
      <h2 id="display-name-title" className="card__title">
        Public name
      </h2>
      <p className="card__description">How other members see you, next to everything you post.</p>
      <form ref={formRef} className="form" noValidate onSubmit={handleSubmit} aria-labelledby="display-name-title">
        {errors.formError && (
          <Alert tone="error" formAlert>
            {errors.formError}
          </Alert>
        )}
        {saved && <Alert tone="success">Your display name is saved.</Alert>}
        <TextField
          label="Display name"
          name="displayName"
          autoComplete="nickname"
          hint={`Up to ${LIMITS.displayNameMaxLength} characters`}
          required
          value={displayName}
          onValueChange={(value) => {
            setDisplayName(value);
            setSaved(false);
            clearField('displayName');
          }}
          error={errors.fieldErrors.displayName}
        />
        <div className="form__actions">
          <Button type="submit" pending={pending}>
            Save
          </Button>
        </div>
      </form>
    </section>
  );
}
