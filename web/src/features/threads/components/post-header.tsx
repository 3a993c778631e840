import { Link } from 'react-router';
import { Badge } from '../../../components/ui/badge';
import { RelativeTime } from '../../../components/ui/relative-time';
import { UserBadges } from '../../../components/ui/user-badges';
import type { PostFieldsFragment } from '../../../gql/graphql';
import { useThreadPage, type PostVariant } from './thread-context';

interface PostHeaderProps {
  post: PostFieldsFragment;
  variant: PostVariant;
  /** The id of the post's (visually hidden) heading, which names its article. */
  headingId: string;
  onShowHistory: () => void;
}

/** Who wrote the post (name, handle, badges, "Asker"), its number and time, "edited", its state, and the post it answers. */
export function PostHeader({ post, variant, headingId, onShowHistory }: PostHeaderProps) {
  const { thread } = useThreadPage();
  const isQuestion = variant === 'question';
  const edited = !!post.editedAt || post.revisionCount > 1;
  // The question sits under the page title; answers under their section headings.
  const Heading = isQuestion ? 'h2' : 'h3';

  return (
    <>
      <header className="post__header">
        <Heading id={headingId} className="visually-hidden">
          {isQuestion ? 'Question' : `Reply #${post.postNumber}`} by {post.author.displayName}
        </Heading>
        <div className="post__byline">
          <span className="post__avatar" aria-hidden="true">
            {initialsOf(post.author.displayName)}
          </span>
          <Link to={`/users/${post.author.id}`} className="post__author">
            <bdi>{post.author.displayName}</bdi>
          </Link>
          {/* Handles are unique: next to the STAFF badge they tell a staff member from a look-alike name. */}
          <span className="post__handle">@{post.author.handle}</span>
          <UserBadges badges={post.author.badges} />
          {post.author.groupFlair && (
            <Link to={`/g/${post.author.groupFlair.slug}`} className="post__flair" title={`Member of ${post.author.groupFlair.name}`}>
              {post.author.groupFlair.name}
            </Link>
          )}
          {post.author.id === thread.author.id && !isQuestion && <span className="post__asker">Asker</span>}
        </div>
        <div className="post__meta">
          {!isQuestion && <span className="post__number">#{post.postNumber}</span>}
          <RelativeTime value={post.createdAt} />
          {edited && (
            <button type="button" className="link-button post__edited" onClick={onShowHistory}>
              edited<span className="visually-hidden"> — view the edit history</span>
            </button>
          )}
          {post.isHidden && <Badge tone="neutral">Hidden</Badge>}
          {variant === 'reply' && post.isAccepted && (
            <Badge tone="success">
              <span aria-hidden="true">✓ </span>Accepted answer
            </Badge>
          )}
        </div>
      </header>

      {post.replyTo && !isQuestion && (
        <p className="post__reply-to">
          In reply to{' '}
          <a href={`#post-${post.replyTo.postNumber}`}>
            {post.replyTo.postNumber === 1 ? 'the question' : `#${post.replyTo.postNumber}`} by {post.replyTo.author.displayName}
          </a>
        </p>
      )}
    </>
  );
}

function initialsOf(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const letters = parts.length > 1 ? [parts[0], parts[parts.length - 1]] : parts;
  return letters.map((part) => [...part][0]?.toUpperCase() ?? '').join('') || '?';
}
