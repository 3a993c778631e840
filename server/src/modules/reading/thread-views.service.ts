import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { CLOCK, type Clock } from '../../platform/clock/clock';
import { MAX_PENDING_VIEWS, hourOf, pendingKey, type PendingView } from './domain/thread-views';
import { ReadingRepository } from './reading.repository';

const FLUSH_EVERY_MS = 5_000;

/**
 * Thread view counts, cheaply: each view is kept in this instance's memory (one entry per person, thread and hour,
 * at most MAX_PENDING_VIEWS) and written every few seconds in one statement. The per-hour marks in PostgreSQL (not an
 * in-memory LRU) decide what counts, so a person whose requests reach two instances is still counted once, and a
 * restart forgets nothing already flushed; the marks of past hours are deleted on the next flush.
 */
@Injectable()
export class ThreadViewsService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ThreadViewsService.name);
  private pending = new Map<string, PendingView>();
  private timer: NodeJS.Timeout | null = null;
  private flushing: Promise<void> | null = null;
  private purgedHour = 0;

  constructor(
    private readonly repo: ReadingRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.flush(), FLUSH_EVERY_MS);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.flush();
  }

  /** Notes a view (the caller checked that the viewer may see the thread). */
  record(threadId: string, viewerKey: string): void {
    const view = { threadId, viewerKey, hour: hourOf(this.clock.now()) };
    const key = pendingKey(view);
    if (this.pending.has(key)) return;
    if (this.pending.size >= MAX_PENDING_VIEWS) {
      // Bounded memory: a flood waits for the flush, and views beyond the buffer are not counted.
      void this.flush();
      return;
    }
    this.pending.set(key, view);
  }

  /** Writes what is pending (tests call it directly; the timer calls it every few seconds). */
  async flush(): Promise<void> {
    if (this.flushing) await this.flushing;
    if (this.pending.size === 0) return;
    const batch = [...this.pending.values()];
    this.pending = new Map();
    this.flushing = this.write(batch).finally(() => {
      this.flushing = null;
    });
    await this.flushing;
  }

  private async write(batch: PendingView[]): Promise<void> {
    try {
      await this.repo.flushViews(batch);
      const hour = hourOf(this.clock.now()).getTime();
      if (hour !== this.purgedHour) {
        await this.repo.forgetMarksBefore(new Date(hour));
        this.purgedHour = hour;
      }
    } catch (err) {
      // Views are a convenience: a failed flush is logged and its views are kept for the next one, space permitting.
      this.logger.warn(`Could not write ${batch.length} thread views: ${(err as Error).message}`);
      for (const view of batch) {
        if (this.pending.size >= MAX_PENDING_VIEWS) break;
        this.pending.set(pendingKey(view), view);
      }
    }
  }
}
