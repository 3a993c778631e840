import '../components/admin.css';
import { Link, NavLink, Outlet } from 'react-router';
import { LoadingState } from '../../../components/ui/loading-state';
import { StatusPage } from '../../../components/ui/status-page';
import { isStaffViewer, useViewer } from '../../../lib/viewer';

const SECTIONS = [
  { to: '/admin/forums', label: 'Forums' },
  { to: '/admin/groups', label: 'User groups' },
  { to: '/admin/users', label: 'Users' },
  { to: '/admin/organizations', label: 'Organizations' },
  { to: '/admin/search', label: 'Search' },
  { to: '/admin/support', label: 'Support' },
] as const;

/**
 * `/admin`: staff and admins, a side nav and the section. Members get a clear "not for you" page; the server refuses
 * them anyway (every admin query and mutation checks the role), this only spares them a page of errors.
 */
export function AdminLayout() {
  const { viewer, loading } = useViewer();
  if (loading) return <LoadingState />;
  if (!isStaffViewer(viewer)) {
    return (
      <StatusPage
        code="Not allowed"
        title="The admin area is for staff and admins"
        actions={
          <Link className="button button--secondary" to="/">
            Go to the forums
          </Link>
        }
      >
        <p>Your account does not manage this community. If you think it should, ask an admin.</p>
      </StatusPage>
    );
  }
  return (
    <div className="admin-layout">
      <nav className="admin-nav" aria-label="Admin">
        <p className="admin-nav__title">
          <Link to="/admin">Admin</Link>
        </p>
        <ul>
          {SECTIONS.map((s) => (
            <li key={s.to}>
              <NavLink to={s.to} className="admin-nav__link">
                {s.label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <div className="admin-layout__main">
        <Outlet />
      </div>
    </div>
  );
}

/** `/admin` itself: what each section is for. */
export function AdminHomeRoute() {
  return (
    <>
      <header className="page-header">
        <h1>Admin</h1>
        <p className="page-header__lead">Run the community: its forums, user groups, accounts and customer organizations.</p>
      </header>
      <ul className="admin-home stack">
        <li>
          <Link to="/admin/forums">Forums</Link>: create, edit, reorder and archive forums.
        </li>
        <li>
          <Link to="/admin/groups">User groups</Link>: see every group and create new ones.
        </li>
        <li>
          <Link to="/admin/users">Users</Link>: find accounts, change roles and organizations (admins).
        </li>
        <li>
          <Link to="/admin/organizations">Organizations</Link>: customer accounts, their plan and account manager.
        </li>
        <li>
          <Link to="/admin/search">Search</Link>: index status, synonyms and stop words.
        </li>
        <li>
          <Link to="/admin/support">Support</Link>: business hours, holidays and SLA targets.
        </li>
      </ul>
    </>
  );
}
