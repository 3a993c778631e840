import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Request } from 'express';
import type { GqlContext } from '../../platform/graphql/gql-context';
import { ANONYMOUS, type Viewer } from './domain/viewer';

/** The Viewer of this request (anonymous when not signed in), in a resolver or in a plain HTTP route (uploads). */
export const CurrentViewer = createParamDecorator((_: unknown, context: ExecutionContext): Viewer => {
  if (context.getType() === 'http') return context.switchToHttp().getRequest<Request>().viewer ?? ANONYMOUS;
  const ctx = GqlExecutionContext.create(context).getContext<GqlContext>();
  return ctx.req.viewer ?? ANONYMOUS;
});

export function viewerOf(ctx: GqlContext): Viewer {
  return ctx.req.viewer ?? ANONYMOUS;
}
