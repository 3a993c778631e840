import type { CSSProperties } from 'react';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { Badge } from '../../../components/ui/badge';
import { Button } from '../../../components/ui/button';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { LiveRegion } from '../../../components/ui/live-region';
import { LoadingState } from '../../../components/ui/loading-state';
import { QueryErrorState } from '../../../components/ui/query-error-state';
import { useAnnouncer } from '../../../lib/use-announcer';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { AdminForumsQuery } from '../api/forum-admin-operations';
import { ForumAdminButtons } from '../components/forum-admin-buttons';
import { ForumForm } from '../components/forum-form';
import { FORUM_ADMIN_HEADING_ID, useForumAdmin } from '../hooks/use-forum-admin';

/** `/admin/forums`: every forum, archived ones too, with create, edit, reorder and archive. */
export function AdminForumsRoute() {
  useDocumentTitle('Forums · Admin');
  const { data, loading, error, refetch } = useQuery(AdminForumsQuery, { fetchPolicy: 'cache-and-network' });
  const forums = data?.forums;
  const { message, announce } = useAnnouncer();
  const admin = useForumAdmin(forums ?? [], announce);

  if (!forums) {
    if (loading) return <LoadingState label="Loading forums…" />;
    return <QueryErrorState error={error} what="forum list" onRetry={() => void refetch().catch(() => undefined)} />;
  }

  return (
    <div className="stack">
      <LiveRegion message={message} />
      <header className="page-header page-header--row">
        <div>
          <h1 id={FORUM_ADMIN_HEADING_ID} tabIndex={-1}>
            Forums
          </h1>
          <p className="page-header__lead">Their order is the order of the public forum list. Archived forums are read-only and hidden from it.</p>
        </div>
        {!admin.creating && (
          <div className="page-header__actions">
            <Button onClick={admin.startCreating} data-action="new-forum">
              New forum
            </Button>
          </div>
        )}
      </header>

      {admin.creating && (
        <section className="card" aria-labelledby="new-forum-title">
          <h2 id="new-forum-title" className="card__title">
            New forum
          </h2>
          <ForumForm label="New forum" submitLabel="Create forum" onCancel={admin.cancelCreating} onSubmit={admin.create} />
        </section>
      )}

      {admin.notice && (
        <p className="alert alert--success" data-testid="admin-notice">
          {admin.notice}
        </p>
      )}
      {admin.actionError && (
        <Alert tone="error" title="That didn't work">
          {admin.actionError}
        </Alert>
      )}

      {forums.length === 0 ? (
        <p className="muted">No forums yet: create the first with “New forum”.</p>
      ) : (
        <ol className="admin-list" aria-label="Forums">
          {forums.map((forum, index) => {
            const actions = admin.actionsFor(forum, index);
            if (actions.editing) {
              return (
                <li key={forum.id} className="card" data-forum-id={forum.id}>
                  <h2 className="card__title">Edit {forum.name}</h2>
                  <ForumForm
                    label={`Edit ${forum.name}`}
                    submitLabel="Save forum"
                    slugRequired
                    initial={{
                      name: forum.name,
                      slug: forum.slug,
                      description: forum.description,
                      productArea: forum.productArea ?? '',
                      groupId: forum.group?.id ?? '',
                      color: forum.color ?? '',
                    }}
                    onSubmit={actions.onSave}
                    onCancel={actions.onCancelEdit}
                  />
                </li>
              );
            }
            return (
              <li
                key={forum.id}
                className={forum.color ? 'card admin-row admin-row--colored' : 'card admin-row'}
                data-forum-id={forum.id}
                style={forum.color ? ({ '--forum-color': forum.color } as CSSProperties) : undefined}
              >
                <div>
                  <h2 className="admin-row__title">
                    <Link to={`/f/${forum.slug}`}>{forum.name}</Link> {forum.isArchived && <Badge tone="neutral">Archived</Badge>}
                  </h2>
                  <p className="admin-row__meta muted">
                    /f/{forum.slug}
                    {forum.productArea ? ` · ${forum.productArea}` : ''}
                    {forum.group ? ` · members of ${forum.group.name}` : ' · public'} · {forum.threadCount.toLocaleString()} threads
                    {forum.color ? ` · color ${forum.color}` : ''}
                  </p>
                </div>
                <ForumAdminButtons forum={forum} admin={actions} />
              </li>
            );
          })}
        </ol>
      )}

      {admin.confirmingArchive && (
        <ConfirmDialog
          title={`Archive ${admin.confirmingArchive.name}?`}
          description="It becomes read-only for everyone (no new threads, replies or votes) and leaves the public forum list. You can unarchive it later."
          confirmLabel="Archive forum"
          onConfirm={() => admin.archive(admin.confirmingArchive!)}
          onClose={admin.cancelArchive}
        />
      )}
    </div>
  );
}
