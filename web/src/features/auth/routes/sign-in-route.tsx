import { Link, Navigate, useLocation, useNavigate, useSearchParams } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { safeNextPath, withNext } from '../../../lib/safe-next-path';
import { useViewer } from '../../../lib/viewer';
import { SignInForm } from '../components/sign-in-form';

/** Other pages may pass `{ notice }` in navigation state, e.g. after "Sign out everywhere". */
function noticeFrom(state: unknown): string | undefined {
  if (state && typeof state === 'object' && 'notice' in state && typeof state.notice === 'string') return state.notice;
  return undefined;
}

export function SignInRoute() {
  useDocumentTitle('Sign in');
  const [searchParams] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const { viewer } = useViewer();
  const next = safeNextPath(searchParams.get('next'));
  const notice = noticeFrom(location.state);

  if (viewer) return <Navigate to={next} replace />;

  return (
    <div className="narrow">
      <div className="card auth-card">
        <h1>Sign in</h1>
        <p className="auth-card__lead">Welcome back to the Threadline community.</p>
        {notice && (
          <Alert tone="success" className="auth-card__notice">
            {notice}
          </Alert>
        )}
        <SignInForm onSignedIn={() => navigate(next, { replace: true })} />
        <p className="auth-card__switch">
          <Link to="/forgot-password">Forgot password?</Link>
        </p>
        <p className="auth-card__switch">
          New to Threadline? <Link to={withNext('/sign-up', searchParams.get('next'))}>Sign up</Link>
        </p>
      </div>
    </div>
  );
}
