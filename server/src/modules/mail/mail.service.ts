import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { CLOCK, type Clock } from '../../platform/clock/clock';
import { APP_CONFIG, type AppConfig } from '../../platform/config/app-config';
import { runAsBackgroundWork } from '../../platform/database/query-counter';
import { JobScheduler } from '../../platform/jobs/job-scheduler';
import { defaultDelivery } from './domain/email-preferences';
import { renderBody, subjectLine, type MailMessage } from './domain/mail-message';
import { MAX_SEND_ATTEMPTS, retryDelaySeconds } from './domain/mail-retry';
import { DIGEST_KIND, signUnsubscribeToken } from './domain/unsubscribe-token';
import { MailRepository, type MailOutboxRow, type Recipient } from './mail.repository';
import { MailTransport } from './mail-transport.service';

/** One notification as its email shows it, built by the notifications module at send time from what the reader may see. */
export interface NotificationMailItem {
  kind: string;
  /** One line: what happened ("Ann mentioned you in “Printer setup”"). */
  headline: string;
  /** The post's sanitized HTML and its text, when the notification is about a post. */
  quote?: { html: string; text: string };
  /** Where it is on the site (a path: "/t/…#post-3"). */
  path: string;
}

/**
 * What the notifications module hands the mail module (mail never imports notifications): its kinds, and the content
 * of notifications for a recipient, leaving out every one whose subject that recipient may not see now.
 */
export interface NotificationMailSource {
  kinds: readonly string[];
  compose(m: EntityManager, recipientId: string, notificationIds: readonly string[]): Promise<NotificationMailItem[]>;
}

/** Messages claimed per drain transaction. */
const BATCH = 20;
/** How often the in-process drainer looks for due messages. */
const DRAIN_INTERVAL_MS = 1000;
const UNSUBSCRIBE_SECRET = 'unsubscribe';

/**
 * Outgoing mail. Messages are queued in `mail_outbox` inside the transaction of the change they tell of (so a message
 * exists exactly when its change does) and sent by the drainer, never inside a request: an in-process timer on the
 * instances that run jobs (JOBS=1), claiming rows with FOR UPDATE SKIP LOCKED so several drainers never send one
 * message twice. Content is built at send time from what the recipient may see then. The daily digest is a pg-boss cron.
 */
@Injectable()
export class MailService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(MailService.name);
  private source: NotificationMailSource | null = null;
  private timer: NodeJS.Timeout | null = null;
  private stopped = false;
  private inFlight: Promise<unknown> | null = null;
  private secret: Promise<Buffer> | null = null;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly repo: MailRepository,
    private readonly transport: MailTransport,
    jobs: JobScheduler,
  ) {
    // 07:00 UTC: the day's notifications of the kinds people get daily.
    jobs.every('mail-daily-digest', '0 7 * * *', () => this.queueDigests());
  }

  /** Called once by the notifications module at start. */
  registerNotificationSource(source: NotificationMailSource): void {
    this.source = source;
  }

  get notificationKinds(): readonly string[] {
    return this.source?.kinds ?? [];
  }

  onApplicationBootstrap(): void {
    if (this.config.jobs) this.schedule();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.inFlight?.catch(() => undefined);
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      const run = runAsBackgroundWork(() => this.drain()).catch((err: Error) => this.logger.error(`Mail drainer: ${err.message}`));
      this.inFlight = run;
      void run.finally(() => this.schedule());
    }, DRAIN_INTERVAL_MS);
    this.timer.unref();
  }

  /** Queues a password-reset link for the account (in the caller's transaction); the row is deleted once sent. */
  queuePasswordReset(m: EntityManager, userId: string, token: string): Promise<void> {
    return this.repo.queue(m, { recipientId: userId, purpose: 'PASSWORD_RESET', payload: { path: `/reset-password?token=${token}` } });
  }

  /** Queues an email for each of these new notifications whose recipient wants that kind at once. */
  queueNotifications(m: EntityManager, notificationIds: readonly string[]): Promise<void> {
    const immediate = this.notificationKinds.filter((k) => defaultDelivery(k) === 'IMMEDIATE');
    return this.repo.queueImmediateNotifications(m, notificationIds, immediate);
  }

  /** Queues each person's digest of the notifications since their last one (the daily job; tests call it). */
  queueDigests(): Promise<number> {
    const daily = this.notificationKinds.filter((k) => defaultDelivery(k) === 'DAILY');
    return this.repo.queueDigests(this.clock.now(), daily);
  }

  /** Sends every due message; answers how many were sent. The worker's loop, and what tests call. */
  async drain(): Promise<number> {
    let sent = 0;
    for (;;) {
      let claimed = 0;
      await this.db.transaction(async (m) => {
        const rows = await this.repo.claimDue(m, BATCH);
        claimed = rows.length;
        for (const row of rows) if (await this.deliver(m, row)) sent++;
      });
      if (claimed < BATCH || this.stopped) return sent;
    }
  }

  /** Sends one row (or drops it when there is nothing the recipient may see any more); a failed send is retried later. */
  private async deliver(m: EntityManager, row: MailOutboxRow): Promise<boolean> {
    const recipient = await this.repo.recipient(m, row.recipientId);
    const message = recipient ? await this.compose(m, row, recipient) : null;
    if (!message) {
      await this.repo.delete(m, row.id);
      return false;
    }
    try {
      await this.transport.send(message);
    } catch (err) {
      const attempt = row.attempts + 1;
      const error = err instanceof Error ? err.message : String(err);
      this.logger.warn(`Mail to ${recipient!.email} failed (attempt ${attempt}): ${error}`);
      await this.repo.recordFailure(m, row.id, error, attempt >= MAX_SEND_ATTEMPTS ? null : retryDelaySeconds(attempt));
      return false;
    }
    await this.repo.delete(m, row.id);
    return true;
  }

  private async compose(m: EntityManager, row: MailOutboxRow, to: Recipient): Promise<MailMessage | null> {
    const site = this.config.publicUrl;
    if (row.purpose === 'PASSWORD_RESET') {
      const body = renderBody({
        paragraphs: [
          `Hello ${to.displayName},`,
          'Someone (we hope you) asked to reset the password of your Threadline account. The link works once, for an hour.',
        ],
        action: { label: 'Choose a new password', url: `${site}${row.payload.path}` },
        footer: 'If you did not ask for this, ignore this email: your password stays as it is.',
      });
      return { to: to.email, subject: 'Reset your Threadline password', ...body };
    }
    if (!this.source) return null;
    if (row.purpose === 'NOTIFICATION') {
      const [item] = await this.source.compose(m, to.id, [row.notificationId!]);
      if (!item) return null;
      const { unsubscribeUrl, oneClickUrl } = await this.unsubscribeUrls(to.id, item.kind);
      const body = renderBody({
        paragraphs: [item.headline],
        quote: item.quote,
        action: { label: 'Open it on Threadline', url: `${site}${item.path}` },
        footer: `You get these emails at once for ${kindLabel(item.kind)}; change that on your profile.`,
        unsubscribeUrl,
      });
      return { to: to.email, subject: subjectLine(item.headline), unsubscribeUrl: oneClickUrl, ...body };
    }
    const ids = await this.repo.digestNotificationIds(
      m,
      to.id,
      row.payload.from,
      row.payload.until,
      this.notificationKinds.filter((k) => defaultDelivery(k) === 'DAILY'),
    );
    const items = ids.length ? await this.source.compose(m, to.id, ids) : [];
    if (!items.length) return null;
    const { unsubscribeUrl, oneClickUrl } = await this.unsubscribeUrls(to.id, DIGEST_KIND);
    const text: string[] = [`Hello ${to.displayName}, here is what happened on Threadline:`];
    for (const item of items) text.push(`• ${item.headline}\n  ${site}${item.path}`);
    const body = renderBody({ paragraphs: text, footer: 'Your daily digest; choose what it covers on your profile.', unsubscribeUrl });
    return {
      to: to.email,
      subject: subjectLine(`Threadline digest: ${items.length} new notification${items.length === 1 ? '' : 's'}`),
      unsubscribeUrl: oneClickUrl,
      ...body,
    };
  }

  async unsubscribeSecret(): Promise<Buffer> {
    this.secret ??= this.repo.secret(UNSUBSCRIBE_SECRET);
    return this.secret;
  }

  /** The link in the message (a page that says what happened) and the one-click address for List-Unsubscribe (RFC 8058). */
  private async unsubscribeUrls(userId: string, kind: string): Promise<{ unsubscribeUrl: string; oneClickUrl: string }> {
    const token = encodeURIComponent(signUnsubscribeToken(await this.unsubscribeSecret(), { userId, kind }));
    return { unsubscribeUrl: `${this.config.publicUrl}/unsubscribe?token=${token}`, oneClickUrl: `${this.config.publicUrl}/api/unsubscribe?token=${token}` };
  }
}

function kindLabel(kind: string): string {
  return kind.toLowerCase().replace(/_/g, ' ');
}
