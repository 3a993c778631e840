import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/** The API process the dev server forwards to (the server's default port). */
const apiTarget = process.env.THREADLINE_API_URL ?? 'http://127.0.0.1:3000';
const proxied = { target: apiTarget, changeOrigin: false };

export default defineConfig({
  plugins: [react()],
  resolve: {
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
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 3 },
            { name: 'router', test: /node_modules[\\/]react-router[\\/]/, priority: 2 },
            { name: 'apollo', test: /node_modules[\\/](@apollo|graphql|rxjs|optimism|@wry|tslib)[\\/]/, priority: 1 },
          ],
        },
      },
    },
  },
});
