import '../components/profile.css';
import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { LoadingState } from '../../../components/ui/loading-state';
import { PillList } from '../../../components/ui/pill-list';
import { StatusPage } from '../../../components/ui/status-page';
import { formatDate } from '../../../lib/format-date';
import { describeError, errorCodeOf } from '../../../lib/graphql-errors';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { PublicProfileQuery } from '../api/profile-operations';

/** What any visitor sees about a member: display name, badges, and when they joined. */
export function UserProfileRoute() {
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(PublicProfileQuery, { variables: { id } });
  const user = data?.user;
  useDocumentTitle(user ? user.displayName : 'Member profile');

  if (loading && !user) return <LoadingState label="Loading profile…" />;

  if (!user) {
    const code = errorCodeOf(error);
    if (code === 'NOT_FOUND' || code === 'BAD_USER_INPUT') {
      return (
        <StatusPage
          code="404"
          title="We couldn't find that member"
          actions={
            <Link className="button button--primary" to="/">
              Go to the home page
            </Link>
          }
        >
          <p>The link may be mistyped, or the account may no longer exist.</p>
        </StatusPage>
      );
    }
    return (
      <div className="narrow stack">
        <Alert tone="error" title="This profile could not be loaded">
          {describeError(error)}
        </Alert>
        <div>
          <Button variant="secondary" onClick={() => void refetch().catch(() => undefined)}>
            Try again
          </Button>
        </div>
      </div>
    );
  }

  return (
    <article className="card profile-card" aria-labelledby="public-profile-name">
      <div className="profile-card__avatar" aria-hidden="true">
        {initialsOf(user.displayName)}
      </div>
      <div>
        <h1 id="public-profile-name">{user.displayName}</h1>
        <p className="muted">Member since {formatDate(user.createdAt)}</p>
        <h2 className="visually-hidden">Badges</h2>
        <PillList items={user.badges} label="Badges" accent empty="No badges yet" />
      </div>
    </article>
  );
}

function initialsOf(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const letters = parts.length > 1 ? [parts[0], parts[parts.length - 1]] : parts;
  return letters.map((part) => [...part][0]?.toUpperCase() ?? '').join('') || '?';
}
