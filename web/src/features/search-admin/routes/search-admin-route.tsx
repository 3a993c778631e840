import '../components/search-admin.css';
import { useQuery } from '@apollo/client/react';
import { LoadingState } from '../../../components/ui/loading-state';
import { QueryErrorState } from '../../../components/ui/query-error-state';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useViewer } from '../../../lib/viewer';
import { SearchSettingsQuery } from '../api/search-admin-operations';
import { IndexStatusCard } from '../components/index-status-card';
import { SearchSettingsForm } from '../components/search-settings-form';

function AdminSettings() {
  const { data, loading, error, refetch } = useQuery(SearchSettingsQuery, { fetchPolicy: 'network-only' });
  if (loading && !data) return <LoadingState label="Loading search settings…" />;
  if (error && !data) return <QueryErrorState error={error} what="search settings" onRetry={() => void refetch()} />;
  return (
    <section className="card" aria-labelledby="search-settings-title">
      <h2 id="search-settings-title" className="card__title">
        Synonyms and stop words
      </h2>
      <SearchSettingsForm key={data!.searchSettings.updatedAt} settings={data!.searchSettings} />
    </section>
  );
}

/** `/admin/search`: staff see the index status; admins also edit synonyms and stop words. */
export function SearchAdminRoute() {
  useDocumentTitle('Search settings');
  const { viewer, loading } = useViewer();
  if (loading) return <LoadingState />;
  const admin = !!viewer?.roles.includes('ADMIN');
  return (
    <>
      <header className="page-header">
        <h1>Search</h1>
        <p className="page-header__lead">How fresh search is, and the words it treats as the same or ignores.</p>
      </header>
      {/* The server decides: anyone else gets FORBIDDEN from the status query, and its error state says so. */}
      <div className="search-admin">
        <IndexStatusCard />
        {admin && <AdminSettings />}
      </div>
    </>
  );
}
