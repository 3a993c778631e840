import { Link } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { Badge } from '../../../components/ui/badge';
import type { ForumThreadsQuery } from '../../../gql/graphql';
import { signInPath } from '../../../lib/safe-next-path';
import { useViewer } from '../../../lib/viewer';
import { PrivateMarker } from '../../../components/ui/private-marker';
import { useMutation } from '@apollo/client/react';
import { WatchSelect } from '../../../components/ui/watch-select';
import { SetForumWatchMutation } from '../api/forum-operations';

interface ForumHeaderProps {
  forum: ForumThreadsQuery['forum'];
}

/** A forum page's breadcrumb, name, badges and description, and the way to start a thread (or why not). */
export function ForumHeader({ forum }: ForumHeaderProps) {
  const { viewer } = useViewer();
  const newThreadPath = `/f/${forum.slug}/new`;
  const [setWatch] = useMutation(SetForumWatchMutation);

  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <ol>
          <li>
            <Link to="/">Forums</Link>
          </li>
          <li aria-current="page">{forum.name}</li>
        </ol>
      </nav>
      <header className="page-header page-header--row">
        <div>
          <div className="page-header__title-row">
            <h1>{forum.name}</h1>
            {forum.productArea && <span className="product-area">{forum.productArea}</span>}
            {forum.isPrivate && <PrivateMarker group={forum.group} />}
            {forum.isArchived && <Badge tone="neutral">Archived</Badge>}
          </div>
          {forum.description && <p className="page-header__lead">{forum.description}</p>}
          {forum.viewerWatch && (
            <WatchSelect level={forum.viewerWatch} what="this forum" onChange={(level) => setWatch({ variables: { forumId: forum.id, level } })} />
          )}
        </div>
        <div className="page-header__actions">
          {forum.viewerCanPost ? (
            <Link className="button button--primary" to={newThreadPath}>
              New thread
            </Link>
          ) : !viewer ? (
            <Link className="button button--secondary" to={signInPath(newThreadPath)}>
              Sign in to start a thread
            </Link>
          ) : null}
        </div>
      </header>

      {forum.isArchived && <Alert tone="info">This forum is archived: you can read its threads, but new ones can't be started here.</Alert>}
    </>
  );
}
