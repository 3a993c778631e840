import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { slugify } from '@threadline/shared';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { TextareaField } from '../../../components/ui/textarea-field';
import type { GroupKind, GroupVisibility, MembershipPolicy } from '../../../gql/graphql';
import { toFormErrors } from '../../../lib/graphql-errors';
import { useFormErrors } from '../../../lib/use-form-errors';
import { CreateGroupMutation } from '../api/group-operations';
import { KIND_LABELS, POLICY_LABELS } from './group-labels';

const FIELDS = ['name', 'slug', 'description', 'ownerHandle', 'kind', 'membershipPolicy', 'visibility'] as const;
const options = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));
const VISIBILITY_OPTIONS = [
  { value: 'LISTED', label: 'Listed in the directory' },
  { value: 'HIDDEN', label: 'Hidden: only members and invitees know it' },
];

/** Staff and admins: create a group; it opens on its new page. */
export function CreateGroupForm({ onCancel }: { onCancel: () => void }) {
  const navigate = useNavigate();
  const { formRef, errors, show, clear, clearField } = useFormErrors();
  const [values, setValues] = useState({ name: '', slug: '', description: '', ownerHandle: '', kind: 'INDUSTRY', membershipPolicy: 'OPEN', visibility: 'LISTED' });
  const [createGroup, { loading }] = useMutation(CreateGroupMutation, { refetchQueries: ['GroupDirectory'] });

  function set(field: keyof typeof values, value: string) {
    setValues((current) => ({ ...current, [field]: value }));
    clearField(field);
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!values.name.trim()) return show({ fieldErrors: { name: 'Enter a name' } });
    clear();
    try {
      const { data } = await createGroup({
        variables: {
          input: {
            name: values.name,
            slug: values.slug.trim() || undefined,
            description: values.description,
            ownerHandle: values.ownerHandle.trim().replace(/^@/, '') || undefined,
            kind: values.kind as GroupKind,
            membershipPolicy: values.membershipPolicy as MembershipPolicy,
            visibility: values.visibility as GroupVisibility,
          },
        },
      });
      if (data) void navigate(`/g/${data.createGroup.slug}`);
    } catch (error) {
      show(toFormErrors(error, FIELDS));
    }
  }

  return (
    <form ref={formRef} className="form" noValidate onSubmit={submit} aria-label="New group">
      {errors.formError && (
        <Alert tone="error" formAlert>
          {errors.formError}
        </Alert>
      )}
      <div className="forum-form__grid">
        <TextField label="Name" name="name" required value={values.name} onValueChange={(v) => set('name', v)} error={errors.fieldErrors.name} />
        <TextField
          label="Slug (optional)"
          name="slug"
          hint="Made from the name when left empty: /g/slug"
          placeholder={slugify(values.name) || undefined}
          spellCheck={false}
          autoCapitalize="none"
          value={values.slug}
          onValueChange={(v) => set('slug', v)}
          error={errors.fieldErrors.slug}
        />
        <TextField
          label="First owner (optional)"
          name="ownerHandle"
          hint="A member's @handle; you when left empty"
          spellCheck={false}
          autoCapitalize="none"
          value={values.ownerHandle}
          onValueChange={(v) => set('ownerHandle', v)}
          error={errors.fieldErrors.ownerHandle}
        />
        <SelectField label="Kind" value={values.kind} options={options(KIND_LABELS)} onValueChange={(v) => set('kind', v)} error={errors.fieldErrors.kind} />
        <SelectField label="Membership" value={values.membershipPolicy} options={options(POLICY_LABELS)} onValueChange={(v) => set('membershipPolicy', v)} error={errors.fieldErrors.membershipPolicy} />
        <SelectField label="Visibility" value={values.visibility} options={VISIBILITY_OPTIONS} onValueChange={(v) => set('visibility', v)} error={errors.fieldErrors.visibility} />
      </div>
      <TextareaField
        label="Description"
        name="description"
        hint="Markdown: who the group is for and what members talk about"
        value={values.description}
        onValueChange={(v) => set('description', v)}
        error={errors.fieldErrors.description}
      />
      <div className="form__actions">
        <Button type="submit" pending={loading}>
          Create group
        </Button>
        <Button variant="secondary" onClick={onCancel} disabled={loading}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
