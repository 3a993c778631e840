import { ApolloProvider } from '@apollo/client/react';
import { useState } from 'react';
import { RouterProvider } from 'react-router/dom';
import { SimilarThreadsPanel } from '../features/search/components/similar-threads-panel';
import { createApolloClient } from '../lib/apollo-client';
import { ComposerAssistProvider, type ComposerAssist } from '../lib/composer-assist';
import { DataChangesProvider } from '../lib/data-changes';
import { AppErrorBoundary } from './app-error-boundary';
import { reactToDataChange } from './data-changes';
import { createRouter } from './router';

/** The new-thread form's "Search before you post" panel (search feature), beside the form (threads feature). */
const renderComposerAssist: ComposerAssist = (props) => <SimilarThreadsPanel {...props} />;

export function App() {
  const [client] = useState(createApolloClient);
  const [router] = useState(createRouter);
  return (
    <AppErrorBoundary>
      <ApolloProvider client={client}>
        <DataChangesProvider reaction={reactToDataChange}>
          <ComposerAssistProvider assist={renderComposerAssist}>
            <RouterProvider router={router} />
          </ComposerAssistProvider>
        </DataChangesProvider>
      </ApolloProvider>
    </AppErrorBoundary>
  );
}
