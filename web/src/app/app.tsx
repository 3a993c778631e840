import { ApolloProvider } from '@apollo/client/react';
import { useState } from 'react';
import { RouterProvider } from 'react-router/dom';
import { createApolloClient } from '../lib/apollo-client';
import { DataChangesProvider } from '../lib/data-changes';
import { AppErrorBoundary } from './app-error-boundary';
import { reactToDataChange } from './data-changes';
import { createRouter } from './router';

export function App() {
  const [client] = useState(createApolloClient);
  const [router] = useState(createRouter);
  return (
    <AppErrorBoundary>
      <ApolloProvider client={client}>
        <DataChangesProvider reaction={reactToDataChange}>
          <RouterProvider router={router} />
        </DataChangesProvider>
      </ApolloProvider>
    </AppErrorBoundary>
  );
}
