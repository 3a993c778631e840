import '../components/profile.css';
import { Link, Navigate } from 'react-router';
import { LoadingState } from '../../../components/ui/loading-state';
import { signInPath } from '../../../lib/safe-next-path';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { isStaffViewer, useViewer } from '../../../lib/viewer';
import { ChangePasswordForm } from '../components/change-password-form';
import { DisplayNameForm } from '../components/display-name-form';
import { EmailPreferencesSection } from '../components/email-preferences-section';
import { ProfileDetails } from '../components/profile-details';
import { SignOutEverywhereSection } from '../components/sign-out-everywhere-section';

/** The signed-in member's own profile. The router guards it; the check here is a fallback. */
export function ProfileRoute() {
  useDocumentTitle('Your profile');
  const { viewer, loading } = useViewer();

  if (loading) return <LoadingState label="Loading your profile…" />;
  if (!viewer) return <Navigate to={signInPath('/profile')} replace />;

  return (
    <>
      <header className="page-header">
        <h1>Your profile</h1>
        <p className="page-header__lead">Manage how you appear in the community and keep your account secure.</p>
      </header>
      <div className="profile-layout">
        <div className="profile-layout__column">
          <ProfileDetails viewer={viewer} />
          {isStaffViewer(viewer) && (
            <section className="card" aria-labelledby="staff-tools-title">
              <h2 id="staff-tools-title" className="card__title">
                Staff tools
              </h2>
              <p className="card__description">
                <Link to="/admin">Admin: forums, user groups, users and organizations</Link>
              </p>
              <p className="card__description">
                <Link to="/admin/search">Search: index status, synonyms and stop words</Link>
              </p>
              <p className="card__description">
                <Link to="/admin/support">Support: business hours, holidays and SLA targets</Link>
              </p>
              <p className="card__description">
                <Link to="/support/queue">Support queue: tickets by first-response due time</Link>
              </p>
              <p className="card__description">
                <Link to="/tickets">My tickets: support requests you opened</Link>
              </p>
            </section>
          )}
          <div className="profile-layout__last">
            <SignOutEverywhereSection />
          </div>
        </div>
        <div className="profile-layout__column">
          <DisplayNameForm key={viewer.id} currentDisplayName={viewer.displayName} />
          <ChangePasswordForm />
          <EmailPreferencesSection staff={isStaffViewer(viewer)} />
        </div>
      </div>
    </>
  );
}
