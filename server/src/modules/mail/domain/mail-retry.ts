/** A message is given up on after this many failed sends (transport refusals, an unreachable SMTP server). */
export const MAX_SEND_ATTEMPTS = 8;

/** Seconds before retry n (1-based): 30 s, doubling, at most an hour. */
export function retryDelaySeconds(attempt: number): number {
  return Math.min(3600, 30 * 2 ** Math.max(0, attempt - 1));
}
