import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useNavigationNotice } from '../../../lib/navigation-notice';
import { safeNextPath, withNext } from '../../../lib/safe-next-path';
import { useViewer } from '../../../lib/viewer';
import { SignInForm } from '../components/sign-in-form';

export function SignInRoute() {
  useDocumentTitle('Sign in');
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  const { viewer } = useViewer();
  const next = safeNextPath(searchParams.get('next'));
  const notice = useNavigationNotice();

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
