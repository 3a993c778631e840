import { babelOptimizerPlugin } from '@graphql-codegen/client-preset';
import babel from '@rolldown/plugin-babel';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defaultClientConditions, defineConfig } from 'vite';
import { gqlDocumentModules } from './build/gql-document-modules';
import { inlineEntryCss } from './build/inline-entry-css';

/** The API process the dev server forwards to (the server's default port). */
const apiTarget = process.env.THREADLINE_API_URL ?? 'http://127.0.0.1:3000';
const proxied = { target: apiTarget, changeOrigin: false };

export default defineConfig({
  plugins: [
    // Each `graphql()` call becomes an import of its one document from src/gql/graphql.ts (the code generator's
    // optimizer), instead of a lookup in a map of every document: a chunk ships only the documents it uses.
    babel({
      include: /[\\/]src[\\/].*\.tsx?$/,
      exclude: [/[\\/]node_modules[\\/]/, /[\\/]src[\\/]gql[\\/]/],
      plugins: [[babelOptimizerPlugin, { artifactDirectory: fileURLToPath(new URL('./src/gql', import.meta.url)), gqlTagName: 'graphql' }]],
    }),
    gqlDocumentModules(),
    react(),
    inlineEntryCss(),
  ],
  resolve: {
    // rxjs (under Apollo Client) ships ES5 by default; its ES2015 build is smaller and needs no tslib helpers.
    conditions: ['es2015', ...defaultClientConditions],
    alias: {
      // Consumed as source so the web app never waits on a build of shared/.
      '@threadline/shared': fileURLToPath(new URL('../shared/src/index.ts', import.meta.url)),
    },
  },
  server: {
    host: '127.0.0.1',
    port: 5173,
    proxy: {
      '/graphql': proxied,
      // Ticket attachments: uploads and downloads.
      '/api': proxied,
      '/healthz': proxied,
      '/readyz': proxied,
    },
  },
  preview: {
    host: '127.0.0.1',
    proxy: {
      '/graphql': proxied,
      // Ticket attachments: uploads and downloads.
      '/api': proxied,
      '/healthz': proxied,
      '/readyz': proxied,
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // No source maps in the build: served publicly they give away the original source (the dev server
    // has its own). The server also refuses *.map in production, should a build leave some.
    sourcemap: false,
    rolldownOptions: {
      output: {
        // Libraries change far less often than the app: separate chunks stay cached across deploys.
        codeSplitting: {
          groups: [{ name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 3 }],
        },
      },
    },
  },
});
