import { Link } from 'react-router';
import { InitialsAvatar } from '../../../components/ui/initials-avatar';
import { RelativeTime } from '../../../components/ui/relative-time';
import type { LatestThreadFieldsFragment } from '../../../gql/graphql';
import { ForumChip } from './forum-chip';
import { ThreadBadges, threadUnread, UnreadDot } from './thread-unread';

const plural = (n: number, one: string, many: string) => `${n.toLocaleString()} ${n === 1 ? one : many}`;

interface LatestThreadRowProps {
  thread: LatestThreadFieldsFragment;
  /** Signed in: unread dots and "N new" badges (anonymous readers have no place to keep). */
  signedIn: boolean;
}

/** A row of the home page's lists: who posted last and when, the forum, replies, views, and what is new for the viewer. */
export function LatestThreadRow({ thread, signedIn }: LatestThreadRowProps) {
  const { neverOpened, newReplies, href } = threadUnread(thread, signedIn);
  const poster = thread.lastPoster?.displayName ?? 'Someone';
  const classes = ['latest-row', neverOpened && 'latest-row--unread', thread.isHidden && 'latest-row--hidden'].filter(Boolean).join(' ');

  return (
    <li className={classes} data-thread-id={thread.id}>
      <InitialsAvatar name={poster} className="latest-row__avatar" />
      <div className="latest-row__main">
        <div className="latest-row__heading">
          {neverOpened && <UnreadDot />}
          <h3 className="latest-row__title">
            <Link to={href}>{thread.title}</Link>
          </h3>
          <ThreadBadges thread={thread} newReplies={newReplies} />
        </div>
        <p className="latest-row__meta">
          <ForumChip forum={thread.forum} />
          <span>
            {thread.replyCount > 0 ? 'Last reply by ' : 'Asked by '}
            {poster} · <RelativeTime value={thread.lastActivityAt} />
          </span>
        </p>
      </div>
      <p className="latest-row__stats">
        <span>{plural(thread.replyCount, 'reply', 'replies')}</span>
        <span>{plural(thread.viewCount, 'view', 'views')}</span>
      </p>
    </li>
  );
}
