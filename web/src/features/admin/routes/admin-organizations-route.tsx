import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Form, SubmitButton } from '../../../components/ui/form';
import { LoadingState } from '../../../components/ui/loading-state';
import { QueryErrorState } from '../../../components/ui/query-error-state';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import type { AdminOrganizationFieldsFragment, Plan } from '../../../gql/graphql';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useFormSubmit } from '../../../lib/use-form-submit';
import { useViewer } from '../../../lib/viewer';
import { AdminOrganizationsQuery, AdminStaffOptionsQuery, CreateOrganizationMutation, UpdateOrganizationMutation } from '../api/admin-operations';

const PLANS = [
  { value: 'STANDARD', label: 'Standard' },
  { value: 'ENTERPRISE', label: 'Enterprise' },
];

type Option = { value: string; label: string };

/** Account managers are staff users (the server checks it too). */
function useManagerOptions(): Option[] {
  const { data } = useQuery(AdminStaffOptionsQuery);
  const staff = (data?.users.nodes ?? []).filter((u) => u.roles.includes('STAFF') || u.roles.includes('ADMIN'));
  return [{ value: '', label: 'No account manager' }, ...staff.map((u) => ({ value: u.id, label: u.displayName }))];
}

function OrganizationRow({ org, managers, canEdit }: { org: AdminOrganizationFieldsFragment; managers: Option[]; canEdit: boolean }) {
  const [plan, setPlan] = useState<string>(org.plan);
  const [managerId, setManagerId] = useState(org.accountManager?.id ?? '');
  const [update] = useMutation(UpdateOrganizationMutation);
  const form = useFormSubmit({
    fields: ['plan', 'accountManagerId'],
    validate: () => ({}),
    submit: async () => {
      await update({ variables: { input: { id: org.id, plan: plan as Plan, accountManagerId: managerId || null } } });
    },
  });
  const planLabel = PLANS.find((p) => p.value === org.plan)?.label ?? org.plan;
  return (
    <li className="card" data-organization-id={org.id}>
      <h2 className="admin-row__title">{org.name}</h2>
      {canEdit ? (
        <Form form={form} aria-label={`Edit ${org.name}`} className="admin-row__controls" savedMessage={`Saved ${org.name}`}>
          <SelectField label="Plan" value={plan} options={PLANS} {...form.field('plan', setPlan)} />
          <SelectField label="Account manager" value={managerId} options={managers} {...form.field('accountManagerId', setManagerId)} />
          <SubmitButton form={form}>Save</SubmitButton>
        </Form>
      ) : (
        <p className="admin-row__meta muted">
          {planLabel} plan · {org.accountManager ? `account manager ${org.accountManager.displayName}` : 'no account manager'}
        </p>
      )}
    </li>
  );
}

function NewOrganizationForm({ managers }: { managers: Option[] }) {
  const [name, setName] = useState('');
  const [plan, setPlan] = useState('STANDARD');
  const [managerId, setManagerId] = useState('');
  const [created, setCreated] = useState<string>();
  const [create] = useMutation(CreateOrganizationMutation, { refetchQueries: [AdminOrganizationsQuery], awaitRefetchQueries: true });
  const form = useFormSubmit({
    fields: ['name', 'plan', 'accountManagerId'],
    validate: () => ({ name: name.trim() ? undefined : 'Enter a name' }),
    submit: async () => {
      const { data } = await create({ variables: { input: { name: name.trim(), plan: plan as Plan, accountManagerId: managerId || null } } });
      setCreated(data?.createOrganization.name);
      setName('');
    },
  });
  return (
    <section className="card" aria-labelledby="new-organization-title">
      <h2 id="new-organization-title" className="card__title">
        New organization
      </h2>
      <Form form={form} aria-label="New organization" className="admin-row__controls" savedMessage={created && `Organization ${created} created`}>
        <TextField label="Name" name="name" value={name} {...form.field('name', setName)} />
        <SelectField label="Plan" value={plan} options={PLANS} {...form.field('plan', setPlan)} />
        <SelectField label="Account manager" value={managerId} options={managers} {...form.field('accountManagerId', setManagerId)} />
        <SubmitButton form={form}>Create organization</SubmitButton>
      </Form>
    </section>
  );
}

/** `/admin/organizations`: customer accounts; admins create them and set their plan and account manager, staff read. */
export function AdminOrganizationsRoute() {
  useDocumentTitle('Organizations · Admin');
  const { viewer } = useViewer();
  const admin = !!viewer?.roles.includes('ADMIN');
  const { data, loading, error, refetch } = useQuery(AdminOrganizationsQuery, { fetchPolicy: 'cache-and-network' });
  const managers = useManagerOptions();
  if (!data) {
    if (loading) return <LoadingState label="Loading organizations…" />;
    return <QueryErrorState error={error} what="organization list" onRetry={() => void refetch().catch(() => undefined)} />;
  }
  return (
    <div className="stack">
      <header className="page-header">
        <h1>Organizations</h1>
        <p className="page-header__lead">Customer accounts: their plan decides emergency support and executive escalation.</p>
      </header>
      {admin && <NewOrganizationForm managers={managers} />}
      {data.organizations.length === 0 ? (
        <p className="muted">No organizations yet.</p>
      ) : (
        <ul className="admin-list" aria-label="Organizations">
          {data.organizations.map((org) => (
            <OrganizationRow key={org.id} org={org} managers={managers} canEdit={admin} />
          ))}
        </ul>
      )}
    </div>
  );
}
