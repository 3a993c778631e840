import { applyDecorators, Injectable, SetMetadata, UseGuards, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { GqlContext } from '../../platform/graphql/gql-context';
import { viewerOf } from '../accounts/current-viewer.decorator';
import type { PostingAction } from './domain/posting-limits';
import { PostingLimitsService } from './posting-limits.service';

const POSTING_ACTION = 'threadline:posting-action';

/**
 * Takes one action from the signed-in viewer's posting allowance before the mutation runs (RATE_LIMITED when
 * it is used up). On the API only: the demo seeder and importers write through the services unlimited.
 */
@Injectable()
export class PostingLimitGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly limits: PostingLimitsService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const action = this.reflector.get<PostingAction | undefined>(POSTING_ACTION, context.getHandler());
    if (!action) return true;
    const ctx = GqlExecutionContext.create(context).getContext<GqlContext>();
    // Signed-out callers pass here; the service answers them UNAUTHENTICATED.
    await this.limits.take(viewerOf(ctx), action);
    return true;
  }
}

/** Flood control for a posting mutation: `post` for new threads and replies, `edit` for edits. */
export const LimitPosting = (action: PostingAction) => applyDecorators(SetMetadata(POSTING_ACTION, action), UseGuards(PostingLimitGuard));
