import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { Button } from '../../../components/ui/button';
import { Form, SubmitButton } from '../../../components/ui/form';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { TextareaField } from '../../../components/ui/textarea-field';
import type { GroupKind, GroupPageQuery, GroupVisibility, MembershipPolicy } from '../../../gql/graphql';
import { useFormSubmit } from '../../../lib/use-form-submit';
import { UpdateGroupMutation } from '../api/group-operations';
import { KIND_LABELS, POLICY_LABELS } from './group-labels';

const options = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));
const VISIBILITY_OPTIONS = [
  { value: 'LISTED', label: 'Listed in the directory' },
  { value: 'HIDDEN', label: 'Hidden: only members and invitees know it' },
];

/** Owners, staff and admins: edit a group's name, address, description and how people join. */
export function EditGroupForm({ group, onDone }: { group: GroupPageQuery['group']; onDone: (message?: string) => void }) {
  const navigate = useNavigate();
  const [values, setValues] = useState({
    name: group.name,
    slug: group.slug,
    description: group.descriptionSource,
    kind: group.kind as string,
    membershipPolicy: group.membershipPolicy as string,
    visibility: group.visibility as string,
  });
  const [updateGroup] = useMutation(UpdateGroupMutation);
  const form = useFormSubmit({
    fields: ['name', 'slug', 'description', 'kind', 'membershipPolicy', 'visibility'],
    validate: () => ({ name: values.name.trim() ? undefined : 'Enter a name', slug: values.slug.trim() ? undefined : 'Enter a slug' }),
    leavesOnSuccess: true,
    submit: async () => {
      const { data } = await updateGroup({
        variables: {
          input: {
            id: group.id,
            name: values.name,
            slug: values.slug.trim(),
            description: values.description,
            kind: values.kind as GroupKind,
            membershipPolicy: values.membershipPolicy as MembershipPolicy,
            visibility: values.visibility as GroupVisibility,
          },
        },
      });
      if (data && data.updateGroup.slug !== group.slug) void navigate(`/g/${data.updateGroup.slug}`, { replace: true });
      onDone('Group saved.');
    },
  });
  const field = (name: keyof typeof values) => form.field(name, (value) => setValues((current) => ({ ...current, [name]: value })));

  return (
    <Form form={form} aria-label={`Edit ${group.name}`}>
      <div className="forum-form__grid">
        <TextField label="Name" name="name" required value={values.name} {...field('name')} />
        <TextField
          label="Slug"
          name="slug"
          hint="Used in the address: /g/slug"
          spellCheck={false}
          autoCapitalize="none"
          value={values.slug}
          {...field('slug')}
        />
        <SelectField label="Kind" value={values.kind} options={options(KIND_LABELS)} {...field('kind')} />
        <SelectField label="Membership" value={values.membershipPolicy} options={options(POLICY_LABELS)} {...field('membershipPolicy')} />
        <SelectField label="Visibility" value={values.visibility} options={VISIBILITY_OPTIONS} {...field('visibility')} />
      </div>
      <TextareaField label="Description" name="description" hint="Markdown" rows={5} value={values.description} {...field('description')} />
      <div className="form__actions">
        <SubmitButton form={form}>Save group</SubmitButton>
        <Button variant="secondary" onClick={() => onDone()} disabled={form.pending}>
          Cancel
        </Button>
      </div>
    </Form>
  );
}
