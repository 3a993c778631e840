import { Link, NavLink } from 'react-router';
import { SignOutButton } from '../../features/auth/components/sign-out-button';
import { HeaderSearch } from '../../features/search/components/header-search';
import { NotificationBell } from '../../features/notifications/components/notification-bell';
import { isStaffViewer, type Viewer } from '../../lib/viewer';

interface SiteHeaderProps {
  viewer: Viewer | null;
  /** While `me` is unknown the account area stays empty rather than flashing "Sign in". */
  viewerKnown: boolean;
}

export function SiteHeader({ viewer, viewerKnown }: SiteHeaderProps) {
  return (
    <header className="site-header">
      <div className="container site-header__inner">
        <Link to="/" className="brand">
          <svg className="brand__mark" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
            <rect width="32" height="32" rx="8" fill="#1f4fd1" />
            <path d="M8 11h16M8 16h11M8 21h7" stroke="#fff" strokeWidth="3" strokeLinecap="round" />
          </svg>
          Threadline
        </Link>
        <nav className="primary-nav" aria-label="Primary">
          <ul>
            <li>
              <NavLink to="/" end className="nav-link">
                Forums
              </NavLink>
            </li>
            <li>
              <NavLink to="/groups" className="nav-link">
                Groups
              </NavLink>
            </li>
            {isStaffViewer(viewer) && (
              <li>
                <NavLink to="/support/queue" className="nav-link">
                  Support queue
                </NavLink>
              </li>
            )}
          </ul>
        </nav>
        <HeaderSearch />
        <nav className="account-nav" aria-label="Account">
          {viewerKnown &&
            (viewer ? (
              <>
                <NotificationBell />
                {/* Staff work tickets from the queue (primary nav); their own requests stay one click away on the profile. */}
                {!isStaffViewer(viewer) && (
                  <NavLink to="/tickets" end className="nav-link">
                    My tickets
                  </NavLink>
                )}
                <NavLink to="/profile" className="nav-link">
                  <span className="account-nav__name">{viewer.displayName}</span>
                </NavLink>
                <SignOutButton />
              </>
            ) : (
              <>
                <NavLink to="/sign-in" className="nav-link">
                  Sign in
                </NavLink>
                <Link to="/sign-up" className="button button--primary button--small">
                  Sign up
                </Link>
              </>
            ))}
        </nav>
      </div>
    </header>
  );
}
