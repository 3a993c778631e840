import type { Request, Response } from 'express';
import { LoaderRegistry } from './loaders';

/** What every resolver receives as GraphQL context: the HTTP pair and this request's DataLoaders. */
export interface GqlContext {
  req: Request;
  res: Response;
  loaders: LoaderRegistry;
}

/**
 * The arguments of a field resolver that takes none. Field resolvers resolved per post or per row of a page are
 * written with graphql's own signature, `(parent, _args: NoArgs, ctx: GqlContext)`, without parameter decorators:
 * Nest binds such a method directly (its fast path) instead of running its parameter pipeline on every call, which
 * was a tenth of the thread page's CPU (issue 12). Nothing is lost: no guard, interceptor or filter applies to field
 * resolvers here (fieldResolverEnhancers is empty) and the global pipes only check client input. The viewer comes
 * from `viewerOf(ctx)`, the read scope from `scopeOf(ctx)`.
 */
export type NoArgs = Record<string, never>;
