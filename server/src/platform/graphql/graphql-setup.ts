import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Logger } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import type { GraphQLSchema } from 'graphql';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { createErrorFormatter } from '../errors/format-error';
import type { GqlContext } from './gql-context';
import { LoaderRegistry } from './loaders';
import { readCachePlugin } from '../read-cache/read-cache.plugin';
import { ReadCacheService } from '../read-cache/read-cache.service';
import { armorRules, costLimitPlugin, queryLimitsFrom } from './query-limits';

/** Every GraphQL answer is personal or short-lived: no shared cache (a CDN, a proxy) may keep it. */
const noStorePlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        if (!response.http.headers.has('cache-control')) response.http.headers.set('cache-control', 'no-store');
      },
    };
  },
};

/** The one GraphQL endpoint: code-first schema, limits, CSRF prevention, safe errors. */
export function graphqlModule() {
  return GraphQLModule.forRootAsync<ApolloDriverConfig>({
    driver: ApolloDriver,
    inject: [APP_CONFIG, ReadCacheService],
    useFactory: (config: AppConfig, readCache: ReadCacheService): ApolloDriverConfig => {
      const logger = new Logger('GraphQL');
      let schemaRef: GraphQLSchema | undefined;
      const production = config.nodeEnv === 'production';
      return {
        path: '/graphql',
        autoSchemaFile: true,
        sortSchema: true,
        playground: false,
        introspection: !production,
        csrfPrevention: true,
        includeStacktraceInErrorResponses: false,
        transformSchema: (schema) => {
          schemaRef = schema;
          return schema;
        },
        // Oversized documents are refused inside the one parse, before a tree is built (graphql-js maxTokens).
        parseOptions: { maxTokens: config.graphqlMaxTokens },
        validationRules: armorRules(queryLimitsFrom(config)),
        // Cast: @apollo/server ships CJS and ESM typings that TypeScript treats as distinct types.
        plugins: [
          ApolloServerPluginLandingPageDisabled(),
          // No HTTP cache hints are used (the read cache is exact and our own): without this plugin Apollo wraps no
          // field resolver, which was a tenth of the thread page's CPU. Answers stay out of shared caches, as it did.
          ApolloServerPluginCacheControlDisabled(),
          noStorePlugin,
          costLimitPlugin(config.graphqlMaxCost, () => schemaRef!),
          readCachePlugin(readCache),
        ] as ApolloDriverConfig['plugins'],
        formatError: createErrorFormatter({
          exposeDetails: config.nodeEnv === 'development',
          hideSuggestions: production,
          logUnexpected: (err) => logger.error(err instanceof Error ? (err.stack ?? err.message) : String(err)),
        }),
        context: ({ req, res }: { req: GqlContext['req']; res: GqlContext['res'] }): GqlContext => ({
          req,
          res,
          loaders: new LoaderRegistry(),
        }),
      };
    },
  });
}
