import { ApolloProvider } from '@apollo/client/react';
import { useState } from 'react';
import { BrowserRouter } from 'react-router';
import { createApolloClient } from '../lib/apollo-client';
import { ComposerAssistProvider, type ComposerAssist } from '../lib/composer-assist';
import { DataChangesProvider } from '../lib/data-changes';
import { ThreadSupportProvider, type ThreadSupport } from '../lib/thread-support';
import { AppErrorBoundary } from './app-error-boundary';
import { reactToDataChange } from './data-changes';
import { lazyComponent } from './lazy-route';
import { AppRoutes } from './router';

// Both appear only on pages loaded on demand: their code (search and tickets features) loads with them.
const SimilarThreadsPanel = lazyComponent(() => import('../features/search/components/similar-threads-panel'), 'SimilarThreadsPanel');
const ThreadSupportPanel = lazyComponent(() => import('../features/tickets/components/thread-support-panel'), 'ThreadSupportPanel');

/** The new-thread form's "Search before you post" panel (search feature), beside the form (threads feature). */
const renderComposerAssist: ComposerAssist = (props) => <SimilarThreadsPanel {...props} />;

/** The thread page's support panel (tickets feature) under the thread's header (threads feature). */
const renderThreadSupport: ThreadSupport = (thread) => <ThreadSupportPanel key={thread.id} thread={thread} />;

export function App() {
  const [client] = useState(createApolloClient);
  return (
    <AppErrorBoundary>
      <ApolloProvider client={client}>
        <DataChangesProvider reaction={reactToDataChange}>
          <ComposerAssistProvider assist={renderComposerAssist}>
            <ThreadSupportProvider render={renderThreadSupport}>
              <BrowserRouter>
                <AppRoutes />
              </BrowserRouter>
            </ThreadSupportProvider>
          </ComposerAssistProvider>
        </DataChangesProvider>
      </ApolloProvider>
    </AppErrorBoundary>
  );
}
