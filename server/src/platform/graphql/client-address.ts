import { normalizeIp } from '@nestjs/throttler';
import type { Request } from 'express';

/**
 * The client's address for rate limits: `req.ip`, which believes only the TRUST_PROXY hops; an IPv6 address stands
 * for its /64 (one subscriber's network), as in the throttler, so rotating addresses inside it gains nothing.
 */
export function clientAddress(req: Request): string {
  return normalizeIp(req.ip ?? req.socket?.remoteAddress ?? 'unknown', 64);
}
