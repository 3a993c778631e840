import '../components/groups.css';
import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { LoadingState } from '../../../components/ui/loading-state';
import { QueryErrorState } from '../../../components/ui/query-error-state';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import type { GroupKind } from '../../../gql/graphql';
import { describeError } from '../../../lib/graphql-errors';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { isStaffViewer, useViewer } from '../../../lib/viewer';
import { GroupDirectoryQuery } from '../api/group-operations';
import { CreateGroupForm } from '../components/create-group-form';
import { GroupCard } from '../components/group-card';
import { KIND_LABELS } from '../components/group-labels';

const KIND_OPTIONS = [{ value: '', label: 'All kinds' }, ...Object.entries(KIND_LABELS).map(([value, label]) => ({ value, label }))];

/** `/groups`: the directory of user groups, by kind and words; "My groups" for members; staff create groups here. */
export function GroupsRoute() {
  useDocumentTitle('User groups');
  const { viewer } = useViewer();
  const [params, setParams] = useSearchParams();
  const kind = (Object.keys(KIND_LABELS).includes(params.get('kind') ?? '') ? params.get('kind') : null) as GroupKind | null;
  const query = params.get('q') ?? '';
  const mine = params.get('mine') === '1' && !!viewer;
  const [draft, setDraft] = useState(query);
  const [creating, setCreating] = useState(false);
  const [loadingMore, setLoadingMore] = useState(false);
  const [loadMoreError, setLoadMoreError] = useState<string>();

  const { data, loading, error, refetch, fetchMore } = useQuery(GroupDirectoryQuery, {
    variables: { kind, query: query || null, mine },
    fetchPolicy: 'cache-and-network',
  });

  function update(next: { kind?: string | null; q?: string; mine?: boolean }) {
    const merged = new URLSearchParams(params);
    for (const [key, value] of Object.entries(next)) {
      const text = typeof value === 'boolean' ? (value ? '1' : '') : (value ?? '');
      if (text) merged.set(key, text);
      else merged.delete(key);
    }
    setParams(merged, { replace: true });
  }

  function search(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    update({ q: draft.trim() });
  }

  async function loadMore() {
    if (!data) return;
    setLoadingMore(true);
    setLoadMoreError(undefined);
    try {
      await fetchMore({ variables: { after: data.groups.pageInfo.endCursor } });
    } catch (err) {
      setLoadMoreError(describeError(err));
    } finally {
      setLoadingMore(false);
    }
  }

  const groups = data?.groups.nodes ?? [];

  return (
    <div className="stack groups-page">
      <header className="page-header page-header--row">
        <div>
          <h1>User groups</h1>
          <p className="page-header__lead">Meet peers in your industry or who use the product the way you do. Some groups have private forums for members.</p>
        </div>
        {isStaffViewer(viewer) && !creating && (
          <div className="page-header__actions">
            <Button onClick={() => setCreating(true)}>New group</Button>
          </div>
        )}
      </header>

      {creating && (
        <section className="card" aria-labelledby="new-group-title">
          <h2 id="new-group-title" className="card__title">
            New group
          </h2>
          <CreateGroupForm onCancel={() => setCreating(false)} />
        </section>
      )}

      <form className="toolbar groups-toolbar" role="search" aria-label="Find groups" onSubmit={search}>
        <TextField label="Search groups" name="q" type="search" value={draft} onValueChange={setDraft} />
        <SelectField label="Kind" value={kind ?? ''} options={KIND_OPTIONS} onValueChange={(value) => update({ kind: value || null })} />
        <Button type="submit" variant="secondary">
          Search
        </Button>
        {viewer && (
          <label className="checkbox">
            <input type="checkbox" checked={mine} onChange={(event) => update({ mine: event.target.checked })} /> My groups
          </label>
        )}
      </form>

      {!data && loading ? (
        <LoadingState label="Loading groups…" />
      ) : !data ? (
        <QueryErrorState error={error} what="group list" onRetry={() => void refetch().catch(() => undefined)} />
      ) : groups.length === 0 ? (
        <div className="empty-state">
          <h2>{mine ? "You haven't joined a group yet" : 'No groups match'}</h2>
          <p className="muted">{mine ? 'Browse all groups to find one for your industry or use case.' : 'Try other words or another kind.'}</p>
          {(mine || query || kind) && (
            <Link className="button button--secondary" to="/groups">
              Show all groups
            </Link>
          )}
        </div>
      ) : (
        <ul className="group-grid" aria-label="Groups">
          {groups.map((group) => (
            <GroupCard key={group.id} group={group} />
          ))}
        </ul>
      )}
      {loadMoreError && <Alert tone="error">{loadMoreError}</Alert>}
      {data?.groups.pageInfo.hasNextPage && (
        <div className="load-more">
          <Button variant="secondary" pending={loadingMore} onClick={() => void loadMore()}>
            Load more
          </Button>
        </div>
      )}
    </div>
  );
}
