import { Link } from 'react-router';
import { StatusPage } from '../components/ui/status-page';
import { useDocumentTitle } from '../lib/use-document-title';

export function NotFoundRoute() {
  useDocumentTitle('Page not found');
  return (
    <StatusPage
      code="404"
      title="We couldn't find that page"
      actions={
        <Link className="button button--primary" to="/">
          Go to the home page
        </Link>
      }
    >
      <p>The address may be mistyped, or the page may have moved.</p>
    </StatusPage>
  );
}
