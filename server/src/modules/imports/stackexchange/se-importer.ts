import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { SingleBar } from 'cli-progress';
import type { DataSource, EntityManager } from 'typeorm';
import { AccountImportsService } from '../../accounts/account-imports.service';
import { AnswerImportsService } from '../../answers/answer-imports.service';
import { renderImportedHtml } from '../../content/domain/render';
import { ForumImportsService } from '../../forums/forum-imports.service';
import { ThreadImportsService } from '../../threads/thread-imports.service';
import {
  assignHandles,
  handleCandidates,
  numberReplies,
  planSite,
  slugCandidates,
  type AccountPlan,
  type ForumPlan,
  type PlanSkips,
  type PostPlan,
  type SitePlan,
} from './se-mapping';
import { SeImportRepository } from './se-import.repository';
import { readSite, SE_POST_TYPE, type SeSite } from './se-parser';

/**
 * Loads Stack Exchange dump folders into forums, accounts, threads, posts, revisions and accepted answers.
 *
 * One transaction per site: a failed site leaves nothing behind, and the sites before it stay imported.
 * Every row carries imported_from and is inserted with ON CONFLICT DO NOTHING, so rerunning a dump adds only
 * what is new (replies new to an existing thread are numbered after its last post number); counters are
 * recounted and outbox rows written only for threads that changed, so a rerun of the same dump writes nothing.
 * Every statement is the owning module's (bulk inserts share the column lists of the app's per-row inserts).
 */

export interface ImportCounts {
  /** Inserted by this run. */
  imported: number;
  /** Already in the database from an earlier run. */
  existing: number;
  /** Not importable (empty body, missing question, accepted answer not imported...). */
  invalid: number;
}

export interface SiteImportSummary {
  site: string;
  forum: ImportCounts;
  users: ImportCounts;
  threads: ImportCounts;
  posts: ImportCounts;
  accepted: ImportCounts;
  skips: PlanSkips;
  seconds: number;
}

export interface ImportReport {
  sites: SiteImportSummary[];
  seconds: number;
}

/** What the importer tells the person watching: a bar on a terminal, a line per phase elsewhere, nothing in tests. */
export interface ImportProgress {
  siteStarted(site: string, units: number): void;
  phaseStarted(site: string, phase: string): void;
  advance(units: number): void;
  phaseDone(site: string, phase: string, detail: string): void;
  siteDone(summary: SiteImportSummary): void;
}

export const silentProgress: ImportProgress = {
  siteStarted: () => undefined,
  phaseStarted: () => undefined,
  advance: () => undefined,
  phaseDone: () => undefined,
  siteDone: () => undefined,
};

/** A cli-progress bar per site (on a TTY). */
export function barProgress(stream: NodeJS.WriteStream = process.stderr): ImportProgress {
  let bar: SingleBar | null = null;
  return {
    siteStarted(site, units) {
      bar = new SingleBar({
        stream,
        format: `${site.padEnd(16)} [{bar}] {percentage}% | {value}/{total} rows | {phase}`,
        barsize: 30,
        hideCursor: true,
        clearOnComplete: false,
      });
      bar.start(units, 0, { phase: 'starting' });
    },
    phaseStarted: (_site, phase) => bar?.update({ phase }),
    advance: (units) => bar?.increment(units),
    phaseDone: () => undefined,
    siteDone(summary) {
      bar?.update({ phase: `done in ${summary.seconds.toFixed(1)} s` });
      bar?.stop();
      bar = null;
    },
  };
}

/** One line per finished phase (CI logs, pipes). */
export function lineProgress(write: (line: string) => void = (l) => process.stdout.write(`${l}\n`)): ImportProgress {
  let phaseStart = Date.now();
  return {
    siteStarted: (site, units) => write(`[${site}] ${units} rows to check`),
    phaseStarted: () => {
      phaseStart = Date.now();
    },
    advance: () => undefined,
    phaseDone: (site, phase, detail) => write(`[${site}] ${phase}: ${detail} (${((Date.now() - phaseStart) / 1000).toFixed(1)} s)`),
    siteDone: (s) => write(`[${s.site}] done in ${s.seconds.toFixed(1)} s`),
  };
}

export function consoleProgress(): ImportProgress {
  return process.stderr.isTTY ? barProgress() : lineProgress();
}

const counts = (): ImportCounts => ({ imported: 0, existing: 0, invalid: 0 });
const describeCounts = (c: ImportCounts) => `${c.imported} imported, ${c.existing} already there${c.invalid ? `, ${c.invalid} skipped` : ''}`;

/** The modules the importer writes through, each inside the site's transaction. */
interface SiteWriters {
  accounts: AccountImportsService;
  forums: ForumImportsService;
  threads: ThreadImportsService;
  answers: AnswerImportsService;
  site: SeImportRepository;
}

@Injectable()
export class StackExchangeImporter {
  private readonly writers: SiteWriters;

  constructor(
    // Only for opening a transaction per site: every statement belongs to a module's repository.
    @InjectDataSource() private readonly db: DataSource,
    accounts: AccountImportsService,
    forums: ForumImportsService,
    threads: ThreadImportsService,
    answers: AnswerImportsService,
    site: SeImportRepository,
  ) {
    this.writers = { accounts, forums, threads, answers, site };
  }

  /**
   * Imports the given site folders in order; stops at the first site that fails (its transaction is rolled back).
   * The next site's XML is read while the current one is written: parsing is CPU here, writing mostly waits on PostgreSQL.
   */
  async importSites(sitePaths: readonly string[], progress: ImportProgress = silentProgress): Promise<ImportReport> {
    const started = Date.now();
    const sites: SiteImportSummary[] = [];
    const read = (path: string) => {
      const reading = readSite(path).then((site) => ({ site, plan: planSite(site) }));
      reading.catch(() => undefined); // awaited below; this only keeps an early failure from being "unhandled"
      return reading;
    };
    let next = sitePaths.length ? read(sitePaths[0]) : null;
    for (let i = 0; next; i++) {
      const { site, plan } = await next;
      const loadStarted = Date.now();
      next = i + 1 < sitePaths.length ? read(sitePaths[i + 1]) : null;
      sites.push(await this.load(site, plan, loadStarted, progress));
    }
    return { sites, seconds: (Date.now() - started) / 1000 };
  }

  async importSite(path: string, progress: ImportProgress = silentProgress): Promise<SiteImportSummary> {
    const started = Date.now();
    const site = await readSite(path);
    return this.load(site, planSite(site), started, progress);
  }

  private async load(site: SeSite, plan: SitePlan, started: number, progress: ImportProgress): Promise<SiteImportSummary> {
    const name = site.folder;
    const postCount = plan.threads.reduce((n, t) => n + 1 + t.answers.length, 0);
    const acceptedCount = plan.threads.filter((t) => t.acceptedKey).length;
    progress.siteStarted(name, 1 + plan.accounts.length + plan.threads.length + postCount + acceptedCount);

    const summary: SiteImportSummary = {
      site: name,
      forum: counts(),
      users: counts(),
      threads: counts(),
      posts: counts(),
      accepted: counts(),
      skips: plan.skips,
      seconds: 0,
    };
    summary.posts.invalid = plan.skips.emptyBodies + plan.skips.undated + plan.skips.orphanAnswers;
    summary.threads.invalid = site.posts.filter((p) => p.postTypeId === SE_POST_TYPE.QUESTION).length - plan.threads.length;
    summary.accepted.invalid = plan.skips.acceptedMissing;

    try {
      await this.db.transaction((m) => new SiteLoader(m, this.writers, plan, summary, progress, name).load());
    } catch (err) {
      throw new Error(`Import of ${name} failed, nothing of it was saved: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
    }
    summary.seconds = (Date.now() - started) / 1000;
    progress.siteDone(summary);
    return summary;
  }
}

interface ThreadRow {
  key: string;
  id: string;
  forumId: string;
  /** Inserted by this run (its replies are numbered from 2) rather than found from an earlier one. */
  isNew: boolean;
}

/** One site's rows, written inside the caller's transaction. */
class SiteLoader {
  private readonly now = new Date();
  /** Moves the progress on by the rows of each batch written. */
  private readonly advance = (rows: number) => this.progress.advance(rows);

  constructor(
    private readonly m: EntityManager,
    private readonly w: SiteWriters,
    private readonly plan: SitePlan,
    private readonly summary: SiteImportSummary,
    private readonly progress: ImportProgress,
    private readonly site: string,
  ) {}

  async load(): Promise<void> {
    // Two imports of the same site at once would race on numbering; the second waits for the first.
    await this.w.site.lockSite(this.plan.forum.key, this.m);
    await this.w.site.turnOffJit(this.m);

    this.phase('forum');
    const forumId = await this.loadForum(this.plan.forum);
    this.done('forum', describeCounts(this.summary.forum));

    this.phase('users');
    const userIds = await this.loadAccounts(this.plan.accounts);
    this.done('users', describeCounts(this.summary.users));

    this.phase('threads');
    const threads = await this.loadThreads(forumId, userIds);
    this.done('threads', describeCounts(this.summary.threads));

    this.phase('posts');
    const newPosts = await this.loadPosts(threads, userIds);
    // The dump has only the latest text: revision 1 of each new post is that snapshot, dated by its last edit (or creation).
    await this.w.threads.insertFirstRevisions(
      newPosts.map((p) => p.id),
      this.m,
    );
    this.done('posts', `${describeCounts(this.summary.posts)}, ${newPosts.length} revisions`);

    this.phase('accepted answers');
    const acceptedThreadIds = await this.loadAccepted();
    this.done('accepted answers', describeCounts(this.summary.accepted));

    this.phase('counters and outbox');
    const changed = new Set<string>([...acceptedThreadIds, ...newPosts.map((p) => p.threadId)]);
    const byId = new Map([...threads.values()].map((t) => [t.id, t]));
    for (const t of threads.values()) if (t.isNew) changed.add(t.id);
    await this.finish([...changed], byId);
    this.done('counters and outbox', `${changed.size} threads recounted and queued for search`);
  }

  private phase(name: string) {
    this.progress.phaseStarted(this.site, name);
  }

  private done(name: string, detail: string) {
    this.progress.phaseDone(this.site, name, detail);
  }

  private async loadForum(forum: ForumPlan): Promise<string> {
    if (await this.w.forums.findIdByImportedFrom(forum.key, this.m)) {
      this.summary.forum.existing++;
    } else {
      const candidates = slugCandidates(forum.slug);
      const taken = new Set(await this.w.forums.takenSlugs(candidates, this.m));
      const slug = candidates.find((s) => !taken.has(s));
      if (!slug) throw new Error(`every slug like "${forum.slug}" is taken by another forum`);
      const inserted = await this.w.forums.insertImported(
        { slug, name: forum.name, description: forum.description, productArea: forum.productArea, importedFrom: forum.key },
        this.m,
      );
      if (!inserted) throw new Error(`forum ${forum.key} appeared during the import`);
      this.summary.forum.imported++;
    }
    this.progress.advance(1);
    return (await this.w.forums.findIdByImportedFrom(forum.key, this.m))!;
  }

  /** users.imported_from → users.id for every account the site needs. */
  private async loadAccounts(accounts: readonly AccountPlan[]): Promise<Map<string, string>> {
    const ids = await this.w.accounts.idsByImportedFrom(
      accounts.map((a) => a.key),
      this.m,
    );
    this.summary.users.existing = ids.size;
    const fresh = accounts.filter((a) => !ids.has(a.key));
    this.progress.advance(accounts.length - fresh.length);
    if (!fresh.length) return ids;

    const handles = await this.freeHandles(fresh);
    // Imported accounts have no email and no password: they cannot sign in until their owner claims them.
    const inserted = await this.w.accounts.insertImported(
      fresh.map((a) => ({ importedFrom: a.key, displayName: a.displayName, handle: handles.get(a.key)!, createdAt: a.createdAt ?? this.now })),
      this.m,
      this.advance,
    );
    for (const row of inserted) ids.set(row.importedFrom, row.id);
    this.summary.users.imported = inserted.length;
    return ids;
  }

  /**
   * Unique handles for new accounts. Only the candidates actually handed out are checked against the database
   * (the first two per account up front, then any further ones assignHandles reaches), then assigned again.
   */
  private async freeHandles(accounts: readonly AccountPlan[]): Promise<Map<string, string>> {
    const checked = new Set<string>();
    const taken = new Set<string>();
    const check = async (handles: string[]) => {
      const unchecked = [...new Set(handles)].filter((h) => !checked.has(h));
      for (const h of unchecked) checked.add(h);
      if (!unchecked.length) return;
      for (const handle of await this.w.accounts.takenHandles(unchecked, this.m)) taken.add(handle);
    };
    await check(accounts.flatMap((a) => handleCandidates(a.displayName, a.handleSuffix).slice(0, 2)));
    for (;;) {
      const handles = assignHandles(accounts, new Set(taken));
      const unchecked = [...handles.values()].filter((h) => !checked.has(h));
      if (!unchecked.length) return handles;
      await check(unchecked);
    }
  }

  private async loadThreads(forumId: string, userIds: Map<string, string>): Promise<Map<string, ThreadRow>> {
    const plans = this.plan.threads;
    const rows = new Map<string, ThreadRow>();
    const existing = await this.w.threads.findThreads(
      plans.map((t) => t.key),
      this.m,
    );
    for (const r of existing) rows.set(r.importedFrom, { key: r.importedFrom, id: r.id, forumId: r.forumId, isNew: false });
    this.summary.threads.existing = rows.size;
    const fresh = plans.filter((t) => !rows.has(t.key));
    this.progress.advance(plans.length - fresh.length);

    const inserted = await this.w.threads.insertThreads(
      fresh.map((t) => ({
        forumId,
        authorId: userIds.get(t.authorKey)!,
        title: t.title,
        tags: t.tags,
        lastActivityAt: t.createdAt,
        importedFrom: t.key,
        createdAt: t.createdAt,
        updatedAt: t.updatedAt,
      })),
      this.m,
      this.advance,
    );
    for (const r of inserted) rows.set(r.importedFrom, { key: r.importedFrom, id: r.id, forumId, isNew: true });
    this.summary.threads.imported = inserted.length;
    return rows;
  }

  /** Inserts the posts not yet imported; returns the new posts' ids and threads. */
  private async loadPosts(threads: Map<string, ThreadRow>, userIds: Map<string, string>): Promise<Array<{ id: string; threadId: string }>> {
    const plans = this.plan.threads;
    const allKeys = plans.flatMap((t) => [t.opening.key, ...t.answers.map((a) => a.key)]);
    const existing = new Set(await this.w.threads.importedPostKeys(allKeys, this.m));
    this.summary.posts.existing = existing.size;
    this.progress.advance(existing.size);

    // Replies new to a thread that already exists go after its last post number, read under the thread's lock.
    const appendTo = plans.filter((t) => !threads.get(t.key)!.isNew && t.answers.some((a) => !existing.has(a.key))).map((t) => threads.get(t.key)!.id);
    const lastNumbers = appendTo.length ? await this.w.threads.lockLastPostNumbers(appendTo, this.m) : new Map<string, number>();

    const rows: Array<{ threadId: string; number: number; post: PostPlan }> = [];
    for (const plan of plans) {
      const thread = threads.get(plan.key)!;
      if (thread.isNew) rows.push({ threadId: thread.id, number: 1, post: plan.opening });
      const replies = plan.answers.filter((a) => !existing.has(a.key));
      if (!replies.length) continue;
      const numbers = numberReplies(
        replies.map((r) => r.key),
        thread.isNew ? 1 : Math.max(lastNumbers.get(thread.id) ?? 0, 1),
      );
      for (const post of replies) rows.push({ threadId: thread.id, number: numbers.get(post.key)!, post });
    }

    // Rendered batch by batch as the inserts read them, not all at once.
    const postRows = (function* () {
      for (const { threadId, number, post } of rows) {
        const rendered = renderImportedHtml(post.body.source);
        yield {
          threadId,
          postNumber: number,
          authorId: userIds.get(post.authorKey)!,
          bodyFormat: 'html' as const,
          bodySource: post.body.source,
          bodyHtml: rendered.html,
          bodyText: rendered.text,
          editedAt: post.editedAt,
          importedFrom: post.key,
          createdAt: post.createdAt,
        };
      }
    })();
    const inserted = await this.w.threads.insertPosts(postRows, this.m, this.advance);
    this.summary.posts.imported = inserted.length;
    return inserted;
  }

  /** Accepted answers whose answer was imported (now or before); the asker accepted it when it was posted. */
  private async loadAccepted(): Promise<string[]> {
    const pairs = this.plan.threads.filter((t) => t.acceptedKey).map((t) => ({ threadKey: t.key, postKey: t.acceptedKey! }));
    const threadIds = await this.w.answers.acceptImported(pairs, this.m, this.advance);
    this.summary.accepted.imported = threadIds.length;
    this.summary.accepted.existing = pairs.length - threadIds.length;
    return threadIds;
  }

  /** Counters, updated_at and the search outbox, for the threads this run changed only. */
  private async finish(changed: string[], threads: Map<string, ThreadRow>): Promise<void> {
    if (!changed.length) return;
    // A thread new from the dump was last touched by its last edit or post (the recount would say: now).
    const updatedAt = new Map(this.plan.threads.map((t) => [t.key, t.updatedAt]));
    const newThreads = [...threads.values()].filter((t) => t.isNew).map((t) => ({ id: t.id, updatedAt: updatedAt.get(t.key)! }));
    const forumIds = [...new Set(changed.map((id) => threads.get(id)?.forumId).filter((f): f is string => !!f))];
    await this.w.threads.finishChanged({ threadIds: changed, forumIds, newThreads }, this.m);
  }
}

/** The end-of-run table: per site and in total, imported vs skipped for each kind of row. */
export function formatImportReport(report: ImportReport): string {
  const kinds = ['forum', 'users', 'threads', 'posts', 'accepted'] as const;
  const total: Record<(typeof kinds)[number], ImportCounts> = { forum: counts(), users: counts(), threads: counts(), posts: counts(), accepted: counts() };
  const cell = (c: ImportCounts) => `${c.imported} / ${c.existing + c.invalid}`;
  const header = ['site', 'forums', 'users', 'threads', 'posts', 'accepted', 'seconds'];
  const lines: string[][] = [];
  for (const s of report.sites) {
    for (const k of kinds) for (const f of ['imported', 'existing', 'invalid'] as const) total[k][f] += s[k][f];
    lines.push([s.site, ...kinds.map((k) => cell(s[k])), s.seconds.toFixed(1)]);
  }
  lines.push(['total', ...kinds.map((k) => cell(total[k])), report.seconds.toFixed(1)]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const row = (l: string[]) => l.map((v, i) => (i === 0 ? v.padEnd(widths[i]) : v.padStart(widths[i]))).join('  ');
  const notes: string[] = [];
  const skip = (label: string, n: number) => n && notes.push(`${n} ${label}`);
  const sum = (f: keyof PlanSkips) => report.sites.reduce((n, s) => n + s.skips[f], 0);
  skip('posts with an empty body', sum('emptyBodies'));
  skip('posts without a date', sum('undated'));
  skip('answers whose question is missing', sum('orphanAnswers'));
  skip('accepted answers that were not imported', sum('acceptedMissing'));
  skip('bodies cut to 50,000 characters (imported)', sum('truncatedBodies'));
  skip('tag wikis and other post types ignored', sum('otherPostTypes'));
  const already = kinds.reduce((n, k) => n + total[k].existing, 0);
  return [
    `Imported ${report.sites.length} site${report.sites.length === 1 ? '' : 's'} in ${report.seconds.toFixed(1)} s (imported / skipped; skipped = already there${already ? ` (${already})` : ''} or not importable)`,
    row(header),
    ...lines.map(row),
    ...(notes.length ? [`Skipped or changed: ${notes.join('; ')}`] : []),
  ].join('\n');
}
