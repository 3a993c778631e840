import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'react-router';
import { Form, SubmitButton } from '../../../components/ui/form';
import { LoadingState } from '../../../components/ui/loading-state';
import { QueryErrorState } from '../../../components/ui/query-error-state';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import type { GroupKind, MembershipPolicy } from '../../../gql/graphql';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useFormSubmit } from '../../../lib/use-form-submit';
import { AdminCreateGroupMutation, AdminGroupsQuery } from '../api/admin-operations';

const KINDS = [
  { value: 'INDUSTRY', label: 'Industry' },
  { value: 'USE_CASE', label: 'Use case' },
  { value: 'PRODUCT', label: 'Product' },
];
const POLICIES = [
  { value: 'OPEN', label: 'Open: anyone joins' },
  { value: 'REQUEST', label: 'Request: owners approve' },
  { value: 'INVITE', label: 'Invite only' },
];

function NewGroupForm() {
  const [name, setName] = useState('');
  const [kind, setKind] = useState('INDUSTRY');
  const [policy, setPolicy] = useState('OPEN');
  const [ownerHandle, setOwnerHandle] = useState('');
  const [created, setCreated] = useState<{ name: string; slug: string }>();
  const [create] = useMutation(AdminCreateGroupMutation, { refetchQueries: [AdminGroupsQuery], awaitRefetchQueries: true });
  const form = useFormSubmit({
    fields: ['name', 'kind', 'membershipPolicy', 'ownerHandle'],
    validate: () => ({ name: name.trim() ? undefined : 'Enter a name' }),
    submit: async () => {
      const owner = ownerHandle.trim().replace(/^@/, '');
      const { data } = await create({
        variables: { input: { name: name.trim(), kind: kind as GroupKind, membershipPolicy: policy as MembershipPolicy, ownerHandle: owner || null } },
      });
      if (data) setCreated(data.createGroup);
      setName('');
      setOwnerHandle('');
    },
  });
  return (
    <section className="card" aria-labelledby="new-group-title">
      <h2 id="new-group-title" className="card__title">
        New user group
      </h2>
      <Form
        form={form}
        aria-label="New user group"
        className="admin-row__controls"
        savedMessage={
          created && (
            <>
              Group <Link to={`/g/${created.slug}`}>{created.name}</Link> created
            </>
          )
        }
      >
        <TextField label="Name" name="name" value={name} {...form.field('name', setName)} />
        <SelectField label="Kind" value={kind} options={KINDS} {...form.field('kind', setKind)} />
        <SelectField label="Membership" value={policy} options={POLICIES} {...form.field('membershipPolicy', setPolicy)} />
        <TextField
          label="First owner"
          name="ownerHandle"
          hint="@handle; you when left empty"
          spellCheck={false}
          autoCapitalize="none"
          value={ownerHandle}
          {...form.field('ownerHandle', setOwnerHandle)}
        />
        <SubmitButton form={form}>Create group</SubmitButton>
      </Form>
    </section>
  );
}

/** `/admin/groups`: every group (staff see them all), a link to each group's own page, and a new group. */
export function AdminGroupsRoute() {
  useDocumentTitle('User groups · Admin');
  const { data, loading, error, refetch } = useQuery(AdminGroupsQuery, { fetchPolicy: 'cache-and-network' });
  return (
    <div className="stack">
      <header className="page-header">
        <h1>User groups</h1>
        <p className="page-header__lead">Members, requests and invitations are managed on each group’s page.</p>
      </header>
      <NewGroupForm />
      {!data ? (
        loading ? (
          <LoadingState label="Loading groups…" />
        ) : (
          <QueryErrorState error={error} what="group list" onRetry={() => void refetch().catch(() => undefined)} />
        )
      ) : (
        <ul className="admin-list" aria-label="User groups">
          {data.groups.nodes.map((g) => (
            <li key={g.id} className="card admin-row">
              <div>
                <h2 className="admin-row__title">
                  <Link to={`/g/${g.slug}`}>{g.name}</Link>
                </h2>
                <p className="admin-row__meta muted">
                  {KINDS.find((k) => k.value === g.kind)?.label} · {POLICIES.find((p) => p.value === g.membershipPolicy)?.label} ·{' '}
                  {g.visibility === 'HIDDEN' ? 'hidden' : 'listed'} · {g.memberCount.toLocaleString()} members
                </p>
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
