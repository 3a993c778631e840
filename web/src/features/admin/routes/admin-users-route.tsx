import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'react-router';
import { Button } from '../../../components/ui/button';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { Form, SubmitButton } from '../../../components/ui/form';
import { LoadingState } from '../../../components/ui/loading-state';
import { QueryErrorState } from '../../../components/ui/query-error-state';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import type { AdminUserFieldsFragment, Role } from '../../../gql/graphql';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useFormSubmit } from '../../../lib/use-form-submit';
import { useViewer } from '../../../lib/viewer';
import { AdminOrganizationsQuery, AdminUsersQuery, AssignUserToOrganizationMutation, SetUserRolesMutation } from '../api/admin-operations';

/** MEMBER is every account's and not offered. */
const ROLE_CHOICES: ReadonlyArray<{ role: Role; label: string }> = [
  { role: 'EXPERT' as Role, label: 'Expert' },
  { role: 'STAFF' as Role, label: 'Staff' },
  { role: 'MODERATOR' as Role, label: 'Moderator' },
  { role: 'ADMIN' as Role, label: 'Admin' },
];

function RolesForm({ user }: { user: AdminUserFieldsFragment }) {
  const [roles, setRoles] = useState<Role[]>(user.roles.filter((r) => r !== 'MEMBER'));
  const [confirming, setConfirming] = useState<string[] | null>(null);
  const [saved, setSaved] = useState<string>();
  const [setUserRoles] = useMutation(SetUserRolesMutation);
  const save = async () => {
    await setUserRoles({ variables: { input: { userId: user.id, roles } } });
    setSaved(`Roles of ${user.displayName} saved`);
  };
  const form = useFormSubmit({
    fields: ['roles'],
    validate: () => ({}),
    submit: async () => {
      // Taking a role away is the destructive part: ask first.
      const removed = user.roles.filter((r) => r !== 'MEMBER' && !roles.includes(r));
      if (removed.length) {
        setConfirming(removed.map((r) => ROLE_CHOICES.find((c) => c.role === r)?.label ?? r));
        return;
      }
      await save();
    },
  });
  const toggle = (role: Role, on: boolean) => {
    setSaved(undefined);
    setRoles((current) => (on ? [...current, role] : current.filter((r) => r !== role)));
  };
  return (
    <>
      <Form form={form} aria-label={`Roles of ${user.displayName}`} className="admin-row__controls" savedMessage={saved}>
        <fieldset className="checkbox-group">
          <legend className="field__label">Roles</legend>
          {ROLE_CHOICES.map((c) => (
            <label key={c.role} className="checkbox">
              <input type="checkbox" checked={roles.includes(c.role)} onChange={(e) => toggle(c.role, e.target.checked)} />
              {c.label}
            </label>
          ))}
        </fieldset>
        <SubmitButton form={form}>Save roles</SubmitButton>
      </Form>
      {confirming && (
        <ConfirmDialog
          title={`Remove ${confirming.join(' and ')} from ${user.displayName}?`}
          description="They lose what the role lets them do at once, on their next request."
          confirmLabel="Remove role"
          onConfirm={save}
          onClose={() => setConfirming(null)}
        />
      )}
    </>
  );
}

function OrganizationForm({ user, options }: { user: AdminUserFieldsFragment; options: Array<{ value: string; label: string }> }) {
  const [organizationId, setOrganizationId] = useState(user.organization?.id ?? '');
  const [assign] = useMutation(AssignUserToOrganizationMutation);
  const form = useFormSubmit({
    fields: ['organizationId'],
    validate: () => ({}),
    submit: async () => {
      await assign({ variables: { input: { userId: user.id, organizationId: organizationId || null } } });
    },
  });
  return (
    <Form
      form={form}
      aria-label={`Organization of ${user.displayName}`}
      className="admin-row__controls"
      savedMessage={`Organization of ${user.displayName} saved`}
    >
      <SelectField label="Organization" value={organizationId} options={options} {...form.field('organizationId', setOrganizationId)} />
      <SubmitButton form={form}>Save organization</SubmitButton>
    </Form>
  );
}

/** `/admin/users`: find accounts; admins change their roles and organization, staff read. */
export function AdminUsersRoute() {
  useDocumentTitle('Users · Admin');
  const { viewer } = useViewer();
  const admin = !!viewer?.roles.includes('ADMIN');
  const [typed, setTyped] = useState('');
  const [query, setQuery] = useState('');
  // Page by page (cursors of the pages seen, to go back): an admin looks for someone, not through everyone.
  const [cursors, setCursors] = useState<string[]>([]);
  const after = cursors.at(-1) ?? null;
  const { data, loading, error, refetch } = useQuery(AdminUsersQuery, { variables: { query: query || null, after }, fetchPolicy: 'cache-and-network' });
  const { data: orgs } = useQuery(AdminOrganizationsQuery, { skip: !admin });
  const orgOptions = [{ value: '', label: 'No organization' }, ...(orgs?.organizations ?? []).map((o) => ({ value: o.id, label: o.name }))];

  return (
    <div className="stack">
      <header className="page-header">
        <h1>Users</h1>
        <p className="page-header__lead">
          Every account, by display name. {admin ? 'Change roles and organizations here.' : 'Admins change roles and organizations.'}
        </p>
      </header>
      <form
        className="admin-toolbar"
        role="search"
        aria-label="Find users"
        onSubmit={(e) => {
          e.preventDefault();
          setQuery(typed.trim());
          setCursors([]);
        }}
      >
        <TextField label="Name or email" name="query" type="search" value={typed} onValueChange={setTyped} />
        <Button type="submit" variant="secondary">
          Find
        </Button>
      </form>
      {!data ? (
        loading ? (
          <LoadingState label="Loading users…" />
        ) : (
          <QueryErrorState error={error} what="user list" onRetry={() => void refetch().catch(() => undefined)} />
        )
      ) : data.users.nodes.length === 0 ? (
        <p className="muted">No account matches.</p>
      ) : (
        <>
          <ul className="admin-list" aria-label="Users">
            {data.users.nodes.map((user) => (
              <li key={user.id} className="card stack" data-user-id={user.id}>
                <div>
                  <h2 className="admin-row__title">
                    <Link to={`/u/${user.handle}`}>{user.displayName}</Link> <span className="muted">@{user.handle}</span>
                  </h2>
                  <p className="admin-row__meta muted">
                    {user.email ?? 'no email (imported)'} · {user.roles.join(', ')}
                    {user.organization ? ` · ${user.organization.name}` : ''}
                  </p>
                </div>
                {admin && (
                  <div className="admin-row">
                    <RolesForm user={user} />
                    <OrganizationForm user={user} options={orgOptions} />
                  </div>
                )}
              </li>
            ))}
          </ul>
          <div className="admin-toolbar">
            {cursors.length > 0 && (
              <Button variant="secondary" onClick={() => setCursors((c) => c.slice(0, -1))}>
                Previous page
              </Button>
            )}
            {data.users.pageInfo.hasNextPage && data.users.pageInfo.endCursor && (
              <Button variant="secondary" pending={loading} onClick={() => setCursors((c) => [...c, data.users.pageInfo.endCursor!])}>
                Next page
              </Button>
            )}
          </div>
        </>
      )}
    </div>
  );
}
