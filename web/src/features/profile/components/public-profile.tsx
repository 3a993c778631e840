import './profile.css';
import { useQuery } from '@apollo/client/react';
import { LoadingState } from '../../../components/ui/loading-state';
import { QueryErrorState } from '../../../components/ui/query-error-state';
import { UserBadges } from '../../../components/ui/user-badges';
import { formatDate } from '../../../lib/format-date';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { PublicProfileQuery } from '../api/profile-operations';
import { RecentPosts } from './recent-posts';

interface PublicProfileProps {
  /** By id (`/users/:id`) or by @handle (`/u/:handle`, where mentions link). */
  by: { id: string } | { handle: string };
}

/** What any visitor sees about a member: name, @handle, badges, activity and latest posts. */
export function PublicProfile({ by }: PublicProfileProps) {
  const { data, loading, error, refetch } = useQuery(PublicProfileQuery, {
    variables: 'id' in by ? { id: by.id } : { handle: by.handle },
    // Counts change whenever they post or an answer is accepted.
    fetchPolicy: 'cache-and-network',
  });
  const user = data?.user;
  useDocumentTitle(user ? user.displayName : 'Member profile');

  if (!user) {
    if (loading) return <LoadingState label="Loading profile…" />;
    return (
      <QueryErrorState
        error={error}
        what="member"
        onRetry={() => void refetch().catch(() => undefined)}
        notFoundHint={<p>The link may be mistyped, or the account may no longer exist.</p>}
      />
    );
  }

  return (
    <div className="stack public-profile">
      <article className="card profile-card" aria-labelledby="public-profile-name">
        <div className="profile-card__avatar" aria-hidden="true">
          {initialsOf(user.displayName)}
        </div>
        <div>
          <h1 id="public-profile-name">{user.displayName}</h1>
          <p className="profile-card__handle">@{user.handle}</p>
          <p className="muted">Member since {formatDate(user.createdAt)}</p>
          <h2 className="visually-hidden">Badges</h2>
          {user.badges.length > 0 ? <UserBadges badges={user.badges} /> : <p className="muted">No badges yet</p>}
          <dl className="profile-stats">
            <div>
              <dt>Posts</dt>
              <dd>{user.postCount.toLocaleString()}</dd>
            </div>
            <div>
              <dt>Accepted answers</dt>
              <dd>{user.acceptedAnswerCount.toLocaleString()}</dd>
            </div>
          </dl>
        </div>
      </article>
      <div className="profile-recent">
        <RecentPosts posts={user.recentPosts} displayName={user.displayName} />
      </div>
    </div>
  );
}

function initialsOf(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const letters = parts.length > 1 ? [parts[0], parts[parts.length - 1]] : parts;
  return letters.map((part) => [...part][0]?.toUpperCase() ?? '').join('') || '?';
}
