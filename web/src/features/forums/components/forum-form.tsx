import { useEffect, useRef, useState, type FormEvent } from 'react';
import { slugify } from '@threadline/shared';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { TextField } from '../../../components/ui/text-field';
import { TextareaField } from '../../../components/ui/textarea-field';
import { toFormErrors } from '../../../lib/graphql-errors';
import { useFormErrors } from '../../../lib/use-form-errors';
import { collectProblems, FORUM_LIMITS, forumNameProblem, forumSlugProblem, maxLengthProblem, productAreaProblem } from '../../../lib/validation';

const FIELDS = ['name', 'slug', 'description', 'productArea'] as const;

export interface ForumFormValues {
  name: string;
  slug: string;
  description: string;
  productArea: string;
}

interface ForumFormProps {
  initial?: ForumFormValues;
  submitLabel: string;
  /** The accessible name of the form, e.g. "New forum" or "Edit Billing". */
  label: string;
  /** Saves; rejects with the Apollo error so field errors can be shown. */
  onSubmit: (values: ForumFormValues) => Promise<void>;
  onCancel: () => void;
  /** When creating, an empty slug is made from the name; when editing it must stay set. */
  slugRequired?: boolean;
}

const EMPTY: ForumFormValues = { name: '', slug: '', description: '', productArea: '' };

/** Create or edit a forum (staff). */
export function ForumForm({ initial = EMPTY, submitLabel, label, onSubmit, onCancel, slugRequired = false }: ForumFormProps) {
  const { formRef, errors, show, clear, clearField } = useFormErrors();
  const [values, setValues] = useState(initial);
  const [pending, setPending] = useState(false);
  const nameRef = useRef<HTMLInputElement>(null);

  // The form opens on a button press: start typing in it straight away.
  useEffect(() => nameRef.current?.focus(), []);

  function set(field: keyof ForumFormValues, value: string) {
    setValues((current) => ({ ...current, [field]: value }));
    clearField(field);
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problems = collectProblems({
      name: forumNameProblem(values.name),
      slug: slugRequired && !values.slug.trim() ? 'Enter a slug' : forumSlugProblem(values.slug),
      description: maxLengthProblem(values.description, FORUM_LIMITS.descriptionMax, 'Description'),
      productArea: productAreaProblem(values.productArea),
    });
    if (Object.keys(problems).length > 0) return show({ fieldErrors: problems });

    clear();
    setPending(true);
    try {
      await onSubmit(values);
    } catch (error) {
      setPending(false);
      show(toFormErrors(error, FIELDS));
    }
  }

  return (
    <form ref={formRef} className="form forum-form" noValidate onSubmit={handleSubmit} aria-label={label}>
      {errors.formError && (
        <Alert tone="error" formAlert>
          {errors.formError}
        </Alert>
      )}
      <div className="forum-form__grid">
        <TextField
          label="Name"
          name="name"
          required
          inputRef={nameRef}
          value={values.name}
          onValueChange={(value) => set('name', value)}
          error={errors.fieldErrors.name}
        />
        <TextField
          label={slugRequired ? 'Slug' : 'Slug (optional)'}
          name="slug"
          hint={slugRequired ? 'Used in the address: /f/slug' : 'Made from the name when left empty: /f/slug'}
          // Shows the slug the server will make from the name (same slugify) when this is left empty.
          placeholder={slugRequired ? undefined : slugify(values.name) || undefined}
          spellCheck={false}
          autoCapitalize="none"
          value={values.slug}
          onValueChange={(value) => set('slug', value)}
          error={errors.fieldErrors.slug}
        />
        <TextField
          label="Product area"
          name="productArea"
          hint="Optional, e.g. Billing or Integrations"
          value={values.productArea}
          onValueChange={(value) => set('productArea', value)}
          error={errors.fieldErrors.productArea}
        />
      </div>
      <TextareaField
        label="Description"
        name="description"
        hint="One or two sentences shown in the forum list"
        value={values.description}
        onValueChange={(value) => set('description', value)}
        error={errors.fieldErrors.description}
      />
      <div className="form__actions">
        <Button type="submit" pending={pending}>
          {submitLabel}
        </Button>
        <Button variant="secondary" onClick={onCancel} disabled={pending}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
