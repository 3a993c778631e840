import { Link } from 'react-router';
import { Badge } from '../../../components/ui/badge';
import { RelativeTime } from '../../../components/ui/relative-time';
import { TagList } from '../../../components/ui/tag-list';
import { ModerationMenu } from './moderation-menu';
import { useThreadPage } from './thread-context';
import { PrivateMarker } from '../../../components/ui/private-marker';
import { Alert } from '../../../components/ui/alert';
import { WatchControl } from './watch-control';

export function ThreadHeader() {
  const { thread } = useThreadPage();
  const forumPath = `/f/${thread.forum.slug}`;
  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <ol>
          <li>
            <Link to="/">Forums</Link>
          </li>
          <li>
            <Link to={forumPath}>{thread.forum.name}</Link>
          </li>
          <li aria-current="page" className="breadcrumb__current">
            {thread.title}
          </li>
        </ol>
      </nav>
      <header className="thread-header">
        <div className="thread-header__main">
          <h1 className="thread-header__title">{thread.title}</h1>
          <div className="thread-header__badges">
            {thread.forum.isPrivate && <PrivateMarker group={thread.forum.group} />}
            {thread.isPinned && <Badge tone="info">Pinned</Badge>}
            {thread.isSolved && <Badge tone="success">Solved</Badge>}
            {thread.isLocked && <Badge tone="warning">Locked</Badge>}
            {thread.isHidden && <Badge tone="neutral">Hidden</Badge>}
            {thread.hasStaffAnswer && <span className="staff-replied">Staff replied</span>}
          </div>
          <TagList tags={thread.tags} hrefFor={(tag) => `${forumPath}?tag=${encodeURIComponent(tag)}`} />
          <p className="thread-header__meta">
            Asked by <Link to={`/users/${thread.author.id}`}>{thread.author.displayName}</Link> · <RelativeTime value={thread.createdAt} /> ·{' '}
            {thread.replyCount} {thread.replyCount === 1 ? 'reply' : 'replies'} · {thread.helpfulCount} helpful {thread.helpfulCount === 1 ? 'vote' : 'votes'}
          </p>
          {thread.isHidden && thread.hiddenReason && <Alert tone="warning">Hidden by a moderator: {thread.hiddenReason}</Alert>}
          {thread.isLocked && thread.lockReason && <p className="thread-header__explain">Locked: {thread.lockReason}</p>}
          {thread.movedFrom && <p className="thread-header__explain">Moved from {thread.movedFrom}</p>}
          {thread.viewerWatch && <WatchControl threadId={thread.id} level={thread.viewerWatch} />}
        </div>
        {thread.viewerCanModerate && (
          <div className="thread-header__tools">
            <ModerationMenu />
          </div>
        )}
      </header>
    </>
  );
}
