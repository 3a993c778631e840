import { Link } from 'react-router';
import { RelativeTime } from '../../../components/ui/relative-time';
import { TagList } from '../../../components/ui/tag-list';
import type { ThreadListItemFieldsFragment } from '../../../gql/graphql';
import { ThreadBadges, threadUnread, UnreadDot } from './thread-unread';

interface ThreadListItemProps {
  thread: ThreadListItemFieldsFragment;
  selectedTag: string | null;
  onSelectTag: (tag: string) => void;
  /** Signed in: an unread dot on threads never opened and "N new" on those with replies since the last visit. */
  signedIn: boolean;
}

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

export function ThreadListItem({ thread, selectedTag, onSelectTag, signedIn }: ThreadListItemProps) {
  const { neverOpened, newReplies, href } = threadUnread(thread, signedIn);
  return (
    <li className={thread.isHidden ? 'thread-row thread-row--hidden' : 'thread-row'} data-thread-id={thread.id}>
      <div className="thread-row__main">
        <div className="thread-row__heading">
          {neverOpened && <UnreadDot />}
          <h3 className="thread-row__title">
            <Link to={href}>{thread.title}</Link>
          </h3>
          <span className="thread-row__badges">
            <ThreadBadges thread={thread} newReplies={newReplies} />
          </span>
        </div>
        {thread.isSolved && thread.acceptedAnswerSnippet && (
          <p className="thread-row__answer">
            <span aria-hidden="true">✓ </span>
            <strong>Accepted answer:</strong> {thread.acceptedAnswerSnippet}
          </p>
        )}
        <div className="thread-row__meta">
          <span>
            by <span className="thread-row__author">{thread.author.displayName}</span>
          </span>
          {thread.hasStaffAnswer && <span className="staff-replied">Staff replied</span>}
          <TagList tags={thread.tags} onSelect={onSelectTag} selected={selectedTag} label={`${thread.title}: tagged`} />
        </div>
      </div>
      <dl className="thread-row__stats">
        <div>
          <dt>{plural(thread.replyCount, 'Reply', 'Replies')}</dt>
          <dd>{thread.replyCount.toLocaleString()}</dd>
        </div>
        <div>
          <dt>{plural(thread.viewCount, 'View', 'Views')}</dt>
          <dd>{thread.viewCount.toLocaleString()}</dd>
        </div>
        <div>
          <dt>Helpful</dt>
          <dd>{thread.helpfulCount.toLocaleString()}</dd>
        </div>
        <div className="thread-row__activity">
          <dt>Last activity</dt>
          <dd>
            <RelativeTime value={thread.lastActivityAt} />
          </dd>
        </div>
      </dl>
    </li>
  );
}
