import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { GqlContext } from '../../platform/graphql/gql-context';
import { ANONYMOUS, type Viewer } from './domain/viewer';

/** The Viewer of this request (anonymous when not signed in). */
export const CurrentViewer = createParamDecorator((_: unknown, context: ExecutionContext): Viewer => {
  const ctx = GqlExecutionContext.create(context).getContext<GqlContext>();
  return ctx.req.viewer ?? ANONYMOUS;
});

export function viewerOf(ctx: GqlContext): Viewer {
  return ctx.req.viewer ?? ANONYMOUS;
}
