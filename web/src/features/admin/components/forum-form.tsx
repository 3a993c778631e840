import { useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { slugify } from '@threadline/shared';
import { Button } from '../../../components/ui/button';
import { Form, SubmitButton } from '../../../components/ui/form';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { TextareaField } from '../../../components/ui/textarea-field';
import { useFormSubmit } from '../../../lib/use-form-submit';
import { ForumGroupOptionsQuery } from '../api/forum-admin-operations';
import { FORUM_LIMITS, forumNameProblem, forumSlugProblem, maxLengthProblem, productAreaProblem } from '../../../lib/validation';

export interface ForumFormValues {
  name: string;
  slug: string;
  description: string;
  productArea: string;
  /** The group the forum is private to; '' for a public forum. */
  groupId: string;
  /** '#rrggbb' from FORUM_COLORS, or '' for none. */
  color: string;
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

const EMPTY: ForumFormValues = { name: '', slug: '', description: '', productArea: '', groupId: '', color: '' };

/** The colors staff pick from: each dark enough to read on white and named for people who do not see it. */
export const FORUM_COLORS = [
  { value: '', label: 'No color' },
  { value: '#2563eb', label: 'Blue' },
  { value: '#15803d', label: 'Green' },
  { value: '#7c3aed', label: 'Purple' },
  { value: '#c2410c', label: 'Orange' },
  { value: '#b91c1c', label: 'Red' },
  { value: '#0f766e', label: 'Teal' },
  { value: '#be185d', label: 'Pink' },
  { value: '#475569', label: 'Slate' },
];

/** Create or edit a forum (staff). */
export function ForumForm({ initial = EMPTY, submitLabel, label, onSubmit, onCancel, slugRequired = false }: ForumFormProps) {
  const [values, setValues] = useState(initial);
  const { data: groups } = useQuery(ForumGroupOptionsQuery);
  const groupOptions = [
    { value: '', label: 'Everyone (public)' },
    ...(groups?.groups.nodes ?? []).map((group) => ({ value: group.id, label: `Members of ${group.name}` })),
  ];
  const nameRef = useRef<HTMLInputElement>(null);
  const form = useFormSubmit({
    fields: ['name', 'slug', 'description', 'productArea', 'groupId', 'color'],
    validate: () => ({
      name: forumNameProblem(values.name),
      slug: slugRequired && !values.slug.trim() ? 'Enter a slug' : forumSlugProblem(values.slug),
      description: maxLengthProblem(values.description, FORUM_LIMITS.descriptionMax, 'Description'),
      productArea: productAreaProblem(values.productArea),
    }),
    submit: () => onSubmit(values),
    // The list closes the form once the forum is saved.
    leavesOnSuccess: true,
  });

  // The form opens on a button press: start typing in it straight away.
  useEffect(() => nameRef.current?.focus(), []);

  const set = (field: keyof ForumFormValues) => (value: string) => setValues((current) => ({ ...current, [field]: value }));

  return (
    <Form form={form} className="forum-form" aria-label={label}>
      <div className="forum-form__grid">
        <TextField label="Name" name="name" required inputRef={nameRef} value={values.name} {...form.field('name', set('name'))} />
        <TextField
          label={slugRequired ? 'Slug' : 'Slug (optional)'}
          name="slug"
          hint={slugRequired ? 'Used in the address: /f/slug' : 'Made from the name when left empty: /f/slug'}
          // Shows the slug the server will make from the name (same slugify) when this is left empty.
          placeholder={slugRequired ? undefined : slugify(values.name) || undefined}
          spellCheck={false}
          autoCapitalize="none"
          value={values.slug}
          {...form.field('slug', set('slug'))}
        />
        <TextField
          label="Product area"
          name="productArea"
          hint="Optional, e.g. Billing or Integrations"
          value={values.productArea}
          {...form.field('productArea', set('productArea'))}
        />
        <SelectField label="Who can read it" value={values.groupId} options={groupOptions} {...form.field('groupId', set('groupId'))} />
        <SelectField
          label="Color"
          value={values.color}
          // A color staff set elsewhere (any #rrggbb) stays selectable.
          options={FORUM_COLORS.some((c) => c.value === values.color) ? FORUM_COLORS : [...FORUM_COLORS, { value: values.color, label: values.color }]}
          {...form.field('color', set('color'))}
        />
      </div>
      <TextareaField
        label="Description"
        name="description"
        hint="One or two sentences shown in the forum list"
        value={values.description}
        {...form.field('description', set('description'))}
      />
      <div className="form__actions">
        <SubmitButton form={form}>{submitLabel}</SubmitButton>
        <Button variant="secondary" onClick={onCancel} disabled={form.pending}>
          Cancel
        </Button>
      </div>
    </Form>
  );
}
