import { useId, useState } from 'react';
import type { PostFieldsFragment } from '../../../gql/graphql';
import { describeError } from '../../../lib/graphql-errors';
import { useToggleHelpful } from '../api/thread-mutations';
import { useThreadPage } from './thread-context';

interface HelpfulButtonProps {
  post: PostFieldsFragment;
}

/** A toggle ("pressed" once you voted) with the count. Where you may not vote it stays visible, disabled, with the reason in a tooltip. */
export function HelpfulButton({ post }: HelpfulButtonProps) {
  const { thread, viewerId, announce } = useThreadPage();
  const toggle = useToggleHelpful(thread.id);
  const [pending, setPending] = useState(false);
  const tipId = useId();
  const disabledReason = post.viewerCanVote
    ? undefined
    : !viewerId
      ? 'Sign in to mark posts as helpful'
      : post.author.id === viewerId
        ? "You can't mark your own post as helpful"
        : post.isHidden
          ? "Hidden posts can't be marked as helpful"
          : thread.forum.isArchived
            ? 'This forum is archived: votes are closed'
            : "You can't vote on this post";

  async function onClick() {
    if (disabledReason || pending) return;
    setPending(true);
    try {
      await toggle(post);
      announce(post.viewerHasVoted ? 'Helpful vote withdrawn' : 'Marked as helpful');
    } catch (error) {
      announce(`Your vote was not saved. ${describeError(error)}`);
    } finally {
      setPending(false);
    }
  }

  return (
    <span className="helpful">
      <button
        type="button"
        className={post.viewerHasVoted ? 'post-action helpful__button helpful__button--on' : 'post-action helpful__button'}
        aria-pressed={post.viewerHasVoted}
        aria-disabled={disabledReason ? true : undefined}
        aria-describedby={disabledReason ? tipId : undefined}
        onClick={() => void onClick()}
      >
        <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false">
          <path d="M7 10v11H3V10h4zm2 11h8.3a2 2 0 0 0 2-1.6l1.4-7A2 2 0 0 0 18.7 10H14l.8-4a2 2 0 0 0-3.6-1.5L9 9v12z" fill="currentColor" />
        </svg>
        Helpful <span className="helpful__count">{post.helpfulCount}</span>
      </button>
      {disabledReason && (
        <span role="tooltip" id={tipId} className="tooltip">
          {disabledReason}
        </span>
      )}
    </span>
  );
}
