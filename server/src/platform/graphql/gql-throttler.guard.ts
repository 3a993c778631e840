import { Injectable, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { ThrottlerGuard, type ThrottlerLimitDetail } from '@nestjs/throttler';
import { RateLimitedError } from '../errors/domain-error';

/**
 * Throttler that finds req/res in the GraphQL context: the loose per-client-address limit on sign-in, sign-up and
 * password changes (the per-account limits live in the accounts module), counted in the shared rate-limit storage
 * (platform/rate-limit) so it holds across instances. The client address is `req.ip`, which honours only the
 * configured TRUST_PROXY hops.
 */
@Injectable()
export class GqlThrottlerGuard extends ThrottlerGuard {
  protected getRequestResponse(context: ExecutionContext) {
    if (context.getType<string>() !== 'graphql') return super.getRequestResponse(context);
    const ctx = GqlExecutionContext.create(context).getContext();
    return { req: ctx.req, res: ctx.res };
  }

  protected async throwThrottlingException(_context: ExecutionContext, detail: ThrottlerLimitDetail): Promise<void> {
    throw new RateLimitedError('Too many attempts from your network.', detail.timeToBlockExpire || detail.timeToExpire);
  }
}
