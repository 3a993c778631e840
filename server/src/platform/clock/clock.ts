/**
 * Where "now" comes from for rules that depend on time (SLA clocks, auto-close). The app uses the system clock; tests
 * hand the app a clock they can set (Infrastructure.clock), so time-based rules are tested without waiting.
 */
export interface Clock {
  now(): Date;
}

/** Injection token for the app's Clock. */
export const CLOCK = Symbol('CLOCK');

export const systemClock: Clock = Object.freeze({ now: () => new Date() });
