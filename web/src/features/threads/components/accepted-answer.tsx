import { RelativeTime } from '../../../components/ui/relative-time';
import type { AcceptedAnswerFieldsFragment } from '../../../gql/graphql';
import { PostCard } from './post-card';

interface AcceptedAnswerProps {
  accepted: AcceptedAnswerFieldsFragment;
}

/** Directly under the question: the reply that solved it, who accepted it (the asker, or staff verifying it) and when. */
export function AcceptedAnswer({ accepted }: AcceptedAnswerProps) {
  return (
    // The reply list links here ("Accepted answer — shown above") from the answer's place among the replies.
    <section id="accepted-answer" tabIndex={-1} className="accepted-answer" aria-labelledby="accepted-answer-title">
      <div className="accepted-answer__header">
        <h2 id="accepted-answer-title" className="accepted-answer__title">
          <span aria-hidden="true">✓ </span>Accepted answer
        </h2>
        <p className="accepted-answer__by">
          <strong>{accepted.kind === 'STAFF' ? 'Verified by staff' : 'Accepted by the asker'}</strong>
          <span className="muted">
            {' '}
            · {accepted.acceptedBy.displayName} · <RelativeTime value={accepted.acceptedAt} />
          </span>
        </p>
      </div>
      <PostCard post={accepted.post} variant="accepted" />
    </section>
  );
}
