import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { GqlContext } from '../../platform/graphql/gql-context';
import { viewerOf } from '../accounts/current-viewer.decorator';
import { readScopeOf, type ReadScope } from './domain/read-scope';

/** The read scope of this request (see domain/read-scope.ts): what every read of forum content takes. */
export function scopeOf(ctx: GqlContext): ReadScope {
  return readScopeOf(viewerOf(ctx));
}

export const CurrentScope = createParamDecorator((_: unknown, context: ExecutionContext): ReadScope =>
  scopeOf(GqlExecutionContext.create(context).getContext<GqlContext>()),
);
