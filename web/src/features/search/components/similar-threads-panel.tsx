import './search.css';
import { useEffect, useRef, useState } from 'react';
import type { ComposerAssistProps } from '../../../lib/composer-assist';
import { randomUuid } from '../../../lib/random-id';
import { useRecordComposerEvent } from '../api/search-operations';
import { useSimilarThreads } from '../hooks/use-similar-threads';
import { Highlighted, HitBadges, snippetSourceLabel } from './hit-parts';

/**
 * "Search before you post", beside the new-thread form: threads that may already answer the question being
 * written. Each can be opened in a new tab (the draft stays in this one) or marked as the answer, which drops the
 * draft. What the suggestions did is recorded per composer session (SUGGESTIONS_SHOWN, SUGGESTION_OPENED,
 * RESOLVED_BY_SUGGESTION, POSTED_ANYWAY), fire-and-forget. When search is unavailable the panel is simply not there.
 */
export function SimilarThreadsPanel({ draft, onResolved, posted }: ComposerAssistProps) {
  const [sessionId] = useState(randomUuid);
  const record = useRecordComposerEvent();
  const { suggestions, failed } = useSimilarThreads(draft);
  const shownIds = suggestions.map((hit) => hit.thread.id);
  const shownKey = shownIds.join(',');
  const lastRecorded = useRef('');
  const everShown = useRef(false);
  const forumId = draft.forumId;

  // Each new, different set on screen is recorded once.
  useEffect(() => {
    if (!shownKey || shownKey === lastRecorded.current) return;
    lastRecorded.current = shownKey;
    everShown.current = true;
    record({ sessionId, kind: 'SUGGESTIONS_SHOWN', forumId, threadIds: shownKey.split(',') });
  }, [shownKey, sessionId, forumId, record]);

  useEffect(
    () =>
      posted.listen((threadId) => {
        if (everShown.current) record({ sessionId, kind: 'POSTED_ANYWAY', forumId, threadIds: [threadId] });
      }),
    [posted, record, sessionId, forumId],
  );

  if (failed) return null;

  return (
    <aside className="similar-threads" aria-labelledby="similar-threads-title">
      <h2 id="similar-threads-title" className="similar-threads__title">
        Search before you post
      </h2>
      {/* Only the short intro is live: a screen reader hears "3 threads look like yours" while the person types, not
          every suggestion again; the list itself is there to browse. */}
      <div aria-live="polite" aria-atomic="true">
        {suggestions.length === 0 ? (
          <p className="muted similar-threads__hint">Threads that may already answer your question appear here as you write the title.</p>
        ) : (
          <p className="similar-threads__intro">{suggestions.length === 1 ? 'This thread looks' : `These ${suggestions.length} threads look`} like yours:</p>
        )}
      </div>
      <div>
        {suggestions.length > 0 && (
          <>
            <ul className="similar-threads__list" aria-label="Similar threads">
              {suggestions.map((hit) => (
                <li key={hit.thread.id} className="similar-thread" data-thread-id={hit.thread.id}>
                  <div className="similar-thread__heading">
                    <a
                      className="similar-thread__link"
                      href={`/t/${hit.thread.id}`}
                      target="_blank"
                      rel="noopener"
                      onClick={() => record({ sessionId, kind: 'SUGGESTION_OPENED', forumId, threadIds: [hit.thread.id] })}
                    >
                      <Highlighted html={hit.titleHtml} />
                      <span className="visually-hidden"> (opens in a new tab)</span>
                    </a>
                    <HitBadges thread={hit.thread} />
                  </div>
                  {hit.snippetHtml && (
                    <p className="similar-thread__snippet">
                      <span className="search-hit__source">{snippetSourceLabel(hit.snippetSource)}:</span> <Highlighted html={hit.snippetHtml} />
                    </p>
                  )}
                  <p className="similar-thread__meta muted">in {hit.thread.forum.name}</p>
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    onClick={() => {
                      record({ sessionId, kind: 'RESOLVED_BY_SUGGESTION', forumId, threadIds: [hit.thread.id] });
                      onResolved(hit.thread.id);
                    }}
                  >
                    This answered my question<span className="visually-hidden">: {hit.thread.title}</span>
                  </button>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </aside>
  );
}
