import '../components/forums.css';
import { useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { LiveRegion } from '../../../components/ui/live-region';
import { LoadingState } from '../../../components/ui/loading-state';
import { QueryErrorState } from '../../../components/ui/query-error-state';
import { describeError } from '../../../lib/graphql-errors';
import { useAnnouncer } from '../../../lib/use-announcer';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { isStaffViewer, useViewer } from '../../../lib/viewer';
import {
  ForumListQuery,
  useCreateForum,
  useReorderForums,
  useSetForumArchived,
  useUpdateForum,
} from '../api/forum-operations';
import { CommunityIntro } from '../components/community-intro';
import { ForumForm, type ForumFormValues } from '../components/forum-form';
import { ForumListItem } from '../components/forum-list-item';

/** Where focus goes once the list has re-rendered after a staff action. */
interface FocusTarget {
  forumId: string;
  action: 'edit' | 'up' | 'down' | 'archive';
}

/** `/`: the forums in their order, with staff tools to create, edit, reorder and archive them. */
export function ForumListRoute() {
  useDocumentTitle();
  const { viewer, loading: viewerLoading } = useViewer();
  const staff = isStaffViewer(viewer);
  const [searchParams, setSearchParams] = useSearchParams();
  // Local first so the checkbox answers at once; the address follows for reloads and sharing.
  const [archivedWanted, setArchivedWanted] = useState(() => searchParams.get('archived') === '1');
  const showArchived = staff && archivedWanted;
  const { data, previousData, loading, error, refetch } = useQuery(ForumListQuery, {
    variables: { includeArchived: showArchived },
    // Counts and last activity change as people post: show the cached list at once, then the fresh one.
    fetchPolicy: 'cache-and-network',
  });
  const forums = (data ?? previousData)?.forums;

  const { message, announce } = useAnnouncer();
  const createForum = useCreateForum();
  const updateForum = useUpdateForum();
  const reorderForums = useReorderForums();
  const setArchived = useSetForumArchived();

  const [creating, setCreating] = useState(false);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);
  const [actionError, setActionError] = useState<string>();
  // Archiving takes a forum off the list: say so where sighted users look (the live region tells screen readers).
  const [archiveNotice, setArchiveNotice] = useState<string>();
  const [focusTarget, setFocusTarget] = useState<FocusTarget | null>(null);
  const newForumButtonRef = useRef<HTMLButtonElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (!focusTarget) return;
    const row = document.querySelector(`[data-forum-id="${focusTarget.forumId}"]`);
    const wanted = row?.querySelector<HTMLButtonElement>(`[data-action="${focusTarget.action}"]`);
    // At the top or bottom the button just used is disabled: its partner is the natural next stop.
    const fallback = row?.querySelector<HTMLButtonElement>(`[data-action="${focusTarget.action === 'up' ? 'down' : 'up'}"]`);
    const target = wanted && !wanted.disabled ? wanted : fallback && !fallback.disabled ? fallback : headingRef.current;
    target?.focus();
    setFocusTarget(null);
  }, [focusTarget, forums]);

  async function runAction(forumId: string, action: () => Promise<unknown>, done: string, focus: FocusTarget | null) {
    setBusyId(forumId);
    setActionError(undefined);
    setArchiveNotice(undefined);
    try {
      await action();
      announce(done);
      setFocusTarget(focus);
    } catch (err) {
      setActionError(describeError(err));
    } finally {
      setBusyId(null);
    }
  }

  if (!forums) {
    if (loading || viewerLoading) return <LoadingState label="Loading forums…" />;
    return <QueryErrorState error={error} what="forum list" onRetry={() => void refetch().catch(() => undefined)} />;
  }

  return (
    <div className="stack forum-index">
      <LiveRegion message={message} />
      {!viewerLoading && !viewer && <CommunityIntro />}
      <header className="page-header page-header--row">
        <div>
          <h1 ref={headingRef} tabIndex={-1}>
            Forums
          </h1>
          <p className="page-header__lead">Pick a forum to ask a question or help someone else.</p>
        </div>
        {staff && (
          <div className="page-header__actions">
            <label className="checkbox">
              <input
                type="checkbox"
                checked={showArchived}
                onChange={(event) => {
                  setArchivedWanted(event.target.checked);
                  const next = new URLSearchParams(searchParams);
                  if (event.target.checked) next.set('archived', '1');
                  else next.delete('archived');
                  setSearchParams(next, { replace: true });
                }}
              />
              Show archived
            </label>
            {!creating && (
              <Button ref={newForumButtonRef} onClick={() => setCreating(true)}>
                New forum
              </Button>
            )}
          </div>
        )}
      </header>

      {staff && creating && (
        <section className="card" aria-labelledby="new-forum-title">
          <h2 id="new-forum-title" className="card__title">
            New forum
          </h2>
          <ForumForm
            label="New forum"
            submitLabel="Create forum"
            onCancel={() => {
              setCreating(false);
              requestAnimationFrame(() => newForumButtonRef.current?.focus());
            }}
            onSubmit={async (values) => {
              const forum = await createForum(toCreateInput(values));
              setCreating(false);
              if (forum) {
                announce(`Forum ${forum.name} created`);
                setFocusTarget({ forumId: forum.id, action: 'edit' });
              }
            }}
          />
        </section>
      )}

      {error && (
        <Alert tone="warning">
          {describeError(error)} The list below may be out of date.
        </Alert>
      )}
      {archiveNotice && (
        <p className="alert alert--success" data-testid="archive-notice">
          {archiveNotice}
        </p>
      )}
      {actionError && (
        <Alert tone="error" title="That didn't work">
          {actionError}
        </Alert>
      )}

      {forums.length === 0 ? (
        <div className="empty-state">
          <h2>No forums yet</h2>
          <p className="muted">{staff ? 'Create the first forum with “New forum”.' : 'Forums will appear here once staff create them.'}</p>
        </div>
      ) : (
        <ol className="forum-list" aria-label="Forums">
          {forums.map((forum, index) => (
            <ForumListItem
              key={forum.id}
              forum={forum}
              admin={
                staff
                  ? {
                      editing: editingId === forum.id,
                      busy: busyId !== null,
                      isFirst: index === 0,
                      isLast: index === forums.length - 1,
                      onEdit: () => setEditingId(forum.id),
                      onCancelEdit: () => {
                        setEditingId(null);
                        setFocusTarget({ forumId: forum.id, action: 'edit' });
                      },
                      onSave: async (values) => {
                        await updateForum({
                          id: forum.id,
                          name: values.name.trim(),
                          slug: values.slug.trim(),
                          description: values.description.trim(),
                          productArea: values.productArea.trim() || null,
                        });
                        setEditingId(null);
                        announce(`Forum ${values.name.trim()} saved`);
                        setFocusTarget({ forumId: forum.id, action: 'edit' });
                      },
                      onMove: (delta) => {
                        const ids = forums.map((f) => f.id);
                        const [moved] = ids.splice(index, 1);
                        ids.splice(index + delta, 0, moved);
                        void runAction(
                          forum.id,
                          () => reorderForums(ids),
                          `${forum.name} moved ${delta < 0 ? 'up' : 'down'} to position ${index + delta + 1} of ${ids.length}`,
                          { forumId: forum.id, action: delta < 0 ? 'up' : 'down' },
                        );
                      },
                      onToggleArchived: () => {
                        const done = forum.isArchived
                          ? `${forum.name} is back in the forum list`
                          : `${forum.name} archived: it is read-only now${showArchived ? '' : '. Turn on “Show archived” to see it'}`;
                        void runAction(
                          forum.id,
                          async () => {
                            await setArchived(forum.id, !forum.isArchived);
                            setArchiveNotice(done);
                          },
                          done,
                          { forumId: forum.id, action: 'archive' },
                        );
                      },
                    }
                  : undefined
              }
            />
          ))}
        </ol>
      )}
    </div>
  );
}

function toCreateInput(values: ForumFormValues) {
  return {
    name: values.name.trim(),
    // Empty means "make one from the name": the server only accepts a well-formed slug or none.
    slug: values.slug.trim() || undefined,
    description: values.description.trim(),
    productArea: values.productArea.trim() || null,
  };
}
