import type { Clock } from '../../server/src/platform/clock/clock';

/** A clock a test sets and moves: handed to the app (startTestApp's `clock`), it is the app's "now". */
export class SettableClock implements Clock {
  constructor(private at: Date) {}

  now(): Date {
    return new Date(this.at.getTime());
  }

  set(at: Date | string): void {
    this.at = new Date(at);
  }

  advance(ms: number): void {
    this.at = new Date(this.at.getTime() + ms);
  }
}

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
