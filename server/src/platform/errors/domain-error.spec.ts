import { describeWait, RateLimitedError } from './domain-error';
import { ErrorCode } from './error-code';

describe('describeWait', () => {
  it('says seconds under a minute, then minutes, then hours, rounding up', () => {
    expect(describeWait(0.2)).toBe('1 second');
    expect(describeWait(12)).toBe('12 seconds');
    expect(describeWait(60)).toBe('1 minute');
    expect(describeWait(61)).toBe('2 minutes');
    expect(describeWait(3600)).toBe('1 hour');
    expect(describeWait(5400)).toBe('2 hours');
  });
});

describe('RateLimitedError', () => {
  it('carries RATE_LIMITED, a message that says when to retry, and whole seconds to wait', () => {
    const err = new RateLimitedError('You are posting too quickly.', 11.2);
    expect(err.code).toBe(ErrorCode.RATE_LIMITED);
    expect(err.message).toBe('You are posting too quickly. Try again in 12 seconds.');
    expect(err.retryAfter).toBe(12);
  });
});
