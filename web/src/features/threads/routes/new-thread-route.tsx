import '../components/threads.css';
import { useQuery } from '@apollo/client/react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { LoadingState } from '../../../components/ui/loading-state';
import { QueryErrorState } from '../../../components/ui/query-error-state';
import { StatusPage } from '../../../components/ui/status-page';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useViewer } from '../../../lib/viewer';
import { NewThreadForumQuery } from '../api/thread-operations';
import { NewThreadForm } from '../components/new-thread-form';

/** `/f/:slug/new` (members only; the router sends visitors to sign in first). */
export function NewThreadRoute() {
  const { slug = '' } = useParams();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const { viewer } = useViewer();
  const { data, loading, error, refetch } = useQuery(NewThreadForumQuery, { variables: { slug } });
  const forum = data?.forum;
  useDocumentTitle(forum ? `New thread in ${forum.name}` : 'New thread');

  if (!forum) {
    if (loading) return <LoadingState label="Loading…" />;
    return <QueryErrorState error={error} what="forum" onRetry={() => void refetch().catch(() => undefined)} />;
  }

  if (!forum.viewerCanPost) {
    return (
      <StatusPage
        code="Not open for new threads"
        title={`You can't start a thread in ${forum.name}`}
        actions={
          <Link className="button button--primary" to={`/f/${forum.slug}`}>
            Back to {forum.name}
          </Link>
        }
      >
        <p>{forum.isArchived ? 'This forum is archived: its threads stay readable, but it takes no new ones.' : 'Only some members can post here.'}</p>
      </StatusPage>
    );
  }

  return (
    <div className="new-thread">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <ol>
          <li>
            <Link to="/">Forums</Link>
          </li>
          <li>
            <Link to={`/f/${forum.slug}`}>{forum.name}</Link>
          </li>
          <li aria-current="page">New thread</li>
        </ol>
      </nav>
      <header className="page-header">
        <h1>Start a thread in {forum.name}</h1>
        <p className="page-header__lead">Say what you tried and what happened; a clear title gets answers faster.</p>
      </header>
      <NewThreadForm
        forum={forum}
        authorId={viewer?.id ?? ''}
        initialTitle={searchParams.get('title') ?? ''}
        onCreated={(threadId) => navigate(`/t/${threadId}`, { replace: true })}
        onResolved={(threadId) => navigate(`/t/${threadId}`, { replace: true })}
      />
    </div>
  );
}
