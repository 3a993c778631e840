import '../components/support-admin.css';
import { useQuery } from '@apollo/client/react';
import { LoadingState } from '../../../components/ui/loading-state';
import { QueryErrorState } from '../../../components/ui/query-error-state';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useViewer } from '../../../lib/viewer';
import { SupportSettingsQuery } from '../api/support-admin-operations';
import { SlaPreviewPanel } from '../components/sla-preview-panel';
import { SupportSettingsForm } from '../components/support-settings-form';

/** `/admin/support`: admins edit business hours, holidays and SLA targets; staff see them; both preview due times. */
export function SupportAdminRoute() {
  useDocumentTitle('Support settings');
  const { viewer, loading: viewerLoading } = useViewer();
  // The server decides: anyone but staff and admins gets FORBIDDEN, and the error state says so.
  const { data, loading, error, refetch } = useQuery(SupportSettingsQuery, { fetchPolicy: 'network-only' });
  if (viewerLoading || (loading && !data)) return <LoadingState label="Loading support settings…" />;
  if (error && !data) return <QueryErrorState error={error} what="support settings" onRetry={() => void refetch()} />;
  const settings = data!.supportSettings;
  const admin = !!viewer?.roles.includes('ADMIN');
  return (
    <>
      <header className="page-header">
        <h1>Support hours and targets</h1>
        <p className="page-header__lead">When support is open, the days it is closed, and how fast each plan gets a first response.</p>
      </header>
      <div className="support-admin">
        <section className="card" aria-label="Support settings">
          <SupportSettingsForm settings={settings} readOnly={!admin} />
        </section>
        <section className="card" aria-labelledby="sla-preview-title">
          <h2 id="sla-preview-title" className="card__title">
            Preview a due time
          </h2>
          <SlaPreviewPanel key={settings.timeZone} timeZone={settings.timeZone} />
        </section>
      </div>
    </>
  );
}
