import { useState } from 'react';
import { LIMITS } from '@threadline/shared';
import { Form, SubmitButton } from '../../../components/ui/form';
import { TextField } from '../../../components/ui/text-field';
import { useFormSubmit } from '../../../lib/use-form-submit';
import { displayNameProblem } from '../../../lib/validation';
import { useUpdateDisplayName } from '../api/profile-operations';

interface DisplayNameFormProps {
  currentDisplayName: string;
}

export function DisplayNameForm({ currentDisplayName }: DisplayNameFormProps) {
  const updateDisplayName = useUpdateDisplayName();
  const [displayName, setDisplayName] = useState(currentDisplayName);
  const form = useFormSubmit({
    fields: ['displayName'],
    validate: () => ({ displayName: displayNameProblem(displayName) }),
    submit: async () => {
      const { data } = await updateDisplayName(displayName.trim());
      setDisplayName(data?.updateProfile.displayName ?? displayName.trim());
    },
  });

  return (
    <section className="card" aria-labelledby="display-name-title">
      <h2 id="display-name-title" className="card__title">
        Public name
      </h2>
      <p className="card__description">How other members see you, next to everything you post.</p>
      <Form form={form} aria-labelledby="display-name-title" savedMessage="Your display name is saved.">
        <TextField
          label="Display name"
          name="displayName"
          autoComplete="nickname"
          hint={`Up to ${LIMITS.displayNameMaxLength} characters`}
          required
          value={displayName}
          {...form.field('displayName', (value) => {
            setDisplayName(value);
            form.clearSaved();
          })}
        />
        <div className="form__actions">
          <SubmitButton form={form}>Save</SubmitButton>
        </div>
      </Form>
    </section>
  );
}
