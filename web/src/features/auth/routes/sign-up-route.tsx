import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { safeNextPath, withNext } from '../../../lib/safe-next-path';
import { useViewer } from '../../../lib/viewer';
import { SignUpForm } from '../components/sign-up-form';

export function SignUpRoute() {
  useDocumentTitle('Sign up');
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  const { viewer } = useViewer();
  const next = safeNextPath(searchParams.get('next'));

  if (viewer) return <Navigate to={next} replace />;

  return (
    <div className="narrow">
      <div className="card auth-card">
        <h1>Create your account</h1>
        <p className="auth-card__lead">Ask questions, share what you know and follow the conversations that matter to you.</p>
        <SignUpForm onSignedUp={() => navigate(next, { replace: true })} />
        <p className="auth-card__switch">
          Already have an account? <Link to={withNext('/sign-in', searchParams.get('next'))}>Sign in</Link>
        </p>
      </div>
    </div>
  );
}
