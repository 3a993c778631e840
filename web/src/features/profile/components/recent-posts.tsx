import { Link } from 'react-router';
import { Badge } from '../../../components/ui/badge';
import { RelativeTime } from '../../../components/ui/relative-time';
import type { PublicProfileQuery } from '../../../gql/graphql';
import { plainTextOf } from '../../../lib/html-text';

type RecentPost = PublicProfileQuery['user']['recentPosts'][number];

interface RecentPostsProps {
  posts: readonly RecentPost[];
  displayName: string;
}

/** The member's latest posts, each linking to its place in the thread. */
export function RecentPosts({ posts, displayName }: RecentPostsProps) {
  return (
    <section className="card" aria-labelledby="recent-posts-title">
      <h2 id="recent-posts-title" className="card__title">
        Recent posts
      </h2>
      {posts.length === 0 ? (
        <p className="muted">{displayName} hasn't posted anything you can see yet.</p>
      ) : (
        <ol className="recent-posts">
          {posts.map((post) => (
            <li key={post.id} className="recent-post">
              <p className="recent-post__title">
                <span className="muted">{post.postNumber === 1 ? 'Asked' : 'Replied to'}</span>{' '}
                <Link to={`/t/${post.thread.id}${post.postNumber === 1 ? '' : `#post-${post.postNumber}`}`}>{post.thread.title}</Link>
                {post.isAccepted && (
                  <>
                    {' '}
                    <Badge tone="success">
                      <span aria-hidden="true">✓ </span>Accepted answer
                    </Badge>
                  </>
                )}
              </p>
              <p className="recent-post__excerpt">{plainTextOf(post.bodyHtml, 180)}</p>
              <p className="recent-post__time">
                <RelativeTime value={post.createdAt} />
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
