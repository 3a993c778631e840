import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed documents for every `graphql()` call in src/, checked against the schema the server commits.
 * Run from web/ (`npm run codegen -w web`); the output in src/gql/ is committed.
 */
const config: CodegenConfig = {
  schema: '../server/schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*'],
  ignoreNoDocuments: true,
  emitLegacyCommonJSImports: false,
  generates: {
    './src/gql/': {
      preset: 'client',
      presetConfig: {
        // Components read the fields they ask for; Apollo's own masking is not switched on.
        fragmentMasking: false,
      },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { DateTime: 'string', ID: 'string' },
        defaultScalarType: 'unknown',
        avoidOptionals: { field: true, inputValue: false },
        nonOptionalTypename: true,
        skipTypeNameForRoot: true,
      },
    },
  },
};

export default config;
