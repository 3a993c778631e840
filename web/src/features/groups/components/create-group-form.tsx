import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { slugify } from '@threadline/shared';
import { Button } from '../../../components/ui/button';
import { Form, SubmitButton } from '../../../components/ui/form';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { TextareaField } from '../../../components/ui/textarea-field';
import type { GroupKind, GroupVisibility, MembershipPolicy } from '../../../gql/graphql';
import { useFormSubmit } from '../../../lib/use-form-submit';
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
  const [values, setValues] = useState({
    name: '',
    slug: '',
    description: '',
    ownerHandle: '',
    kind: 'INDUSTRY',
    membershipPolicy: 'OPEN',
    visibility: 'LISTED',
  });
  const [createGroup] = useMutation(CreateGroupMutation, { refetchQueries: ['GroupDirectory'] });
  const form = useFormSubmit({
    fields: FIELDS,
    leavesOnSuccess: true,
    validate: () => ({ name: values.name.trim() ? undefined : 'Enter a name' }),
    submit: async () => {
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
    },
  });
  const field = (name: keyof typeof values) => form.field(name, (value) => setValues((current) => ({ ...current, [name]: value })));

  return (
    <Form form={form} aria-label="New group">
      <div className="forum-form__grid">
        <TextField label="Name" name="name" required value={values.name} {...field('name')} />
        <TextField
          label="Slug (optional)"
          name="slug"
          hint="Made from the name when left empty: /g/slug"
          placeholder={slugify(values.name) || undefined}
          spellCheck={false}
          autoCapitalize="none"
          value={values.slug}
          {...field('slug')}
        />
        <TextField
          label="First owner (optional)"
          name="ownerHandle"
          hint="A member's @handle; you when left empty"
          spellCheck={false}
          autoCapitalize="none"
          value={values.ownerHandle}
          {...field('ownerHandle')}
        />
        <SelectField label="Kind" value={values.kind} options={options(KIND_LABELS)} {...field('kind')} />
        <SelectField label="Membership" value={values.membershipPolicy} options={options(POLICY_LABELS)} {...field('membershipPolicy')} />
        <SelectField label="Visibility" value={values.visibility} options={VISIBILITY_OPTIONS} {...field('visibility')} />
      </div>
      <TextareaField
        label="Description"
        name="description"
        hint="Markdown: who the group is for and what members talk about"
        value={values.description}
        {...field('description')}
      />
      <div className="form__actions">
        <SubmitButton form={form}>Create group</SubmitButton>
        <Button variant="secondary" onClick={onCancel} disabled={form.pending}>
          Cancel
        </Button>
      </div>
    </Form>
  );
}
