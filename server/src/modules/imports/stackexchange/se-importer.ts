import { SingleBar } from 'cli-progress';
import type { DataSource, EntityManager } from 'typeorm';
import { renderImportedHtml } from '../../content/domain/render';
import { enqueueThreadChanges, recountForums, recountThreads } from '../../threads/threads.counters';
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
  type ThreadPlan,
} from './se-mapping';
import { readSite, SE_POST_TYPE, type SeSite } from './se-parser';
import { lockForumPositions, nextForumPosition } from '../../forums/forums.repository';

/**
 * Loads Stack Exchange dump folders into forums, accounts, threads, posts, revisions and accepted answers.
 *
 * One transaction per site: a failed site leaves nothing behind, and the sites before it stay imported.
 * Every row carries imported_from and is inserted with ON CONFLICT DO NOTHING, so rerunning a dump adds only
 * what is new (replies new to an existing thread are numbered after its last post number); counters are
 * recounted and outbox rows written only for threads that changed, so a rerun of the same dump writes nothing.
 */

const BATCH = 500;

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

export class StackExchangeImporter {
  constructor(
    private readonly db: DataSource,
    private readonly progress: ImportProgress = silentProgress,
  ) {}

  /**
   * Imports the given site folders in order; stops at the first site that fails (its transaction is rolled back).
   * The next site's XML is read while the current one is written: parsing is CPU here, writing mostly waits on PostgreSQL.
   */
  async importSites(sitePaths: readonly string[]): Promise<ImportReport> {
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
      sites.push(await this.load(site, plan, loadStarted));
    }
    return { sites, seconds: (Date.now() - started) / 1000 };
  }

  async importSite(path: string): Promise<SiteImportSummary> {
    const started = Date.now();
    const site = await readSite(path);
    return this.load(site, planSite(site), started);
  }

  private async load(site: SeSite, plan: SitePlan, started: number): Promise<SiteImportSummary> {
    const name = site.folder;
    const postCount = plan.threads.reduce((n, t) => n + 1 + t.answers.length, 0);
    const acceptedCount = plan.threads.filter((t) => t.acceptedKey).length;
    this.progress.siteStarted(name, 1 + plan.accounts.length + plan.threads.length + postCount + acceptedCount);

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
      await this.db.transaction((m) => new SiteLoader(m, plan, summary, this.progress, name).load());
    } catch (err) {
      throw new Error(`Import of ${name} failed, nothing of it was saved: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
    }
    summary.seconds = (Date.now() - started) / 1000;
    this.progress.siteDone(summary);
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

  constructor(
    private readonly m: EntityManager,
    private readonly plan: SitePlan,
    private readonly summary: SiteImportSummary,
    private readonly progress: ImportProgress,
    private readonly site: string,
  ) {}

  async load(): Promise<void> {
    // Two imports of the same site at once would race on numbering; the second waits for the first.
    await this.m.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [this.plan.forum.key]);
    // The big ANY(...) lookups look expensive to the planner, and compiling them (JIT) took longer than running
    // them: without JIT a site loads in less than half the time.
    await this.m.query(`SET LOCAL jit = off`);

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
    await this.loadRevisions(newPosts.map((p) => p.id));
    this.done('posts', `${describeCounts(this.summary.posts)}, ${newPosts.length} revisions`);

    this.phase('accepted answers');
    const acceptedThreadIds = await this.loadAccepted();
    this.done('accepted answers', describeCounts(this.summary.accepted));

    this.phase('counters and outbox');
    const changed = new Set<string>([...acceptedThreadIds, ...newPosts.map((p) => p.thread_id)]);
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
    const [existing] = await this.m.query(`SELECT id FROM forums WHERE imported_from = $1`, [forum.key]);
    if (existing) {
      this.summary.forum.existing++;
    } else {
      const candidates = slugCandidates(forum.slug);
      const taken = new Set<string>((await this.m.query(`SELECT slug FROM forums WHERE slug = ANY ($1::text[])`, [candidates])).map((r: { slug: string }) => r.slug));
      const slug = candidates.find((s) => !taken.has(s));
      if (!slug) throw new Error(`every slug like "${forum.slug}" is taken by another forum`);
      // The same position rule as forums created in the app (one lock, next free position), so a staff member
      // creating a forum during an import never collides with it on the unique position.
      await lockForumPositions(this.m);
      const [row] = await this.m.query(
        `INSERT INTO forums (slug, name, description, product_area, position, imported_from)
         VALUES ($1, $2, $3, $4, $6, $5)
         ON CONFLICT (imported_from) DO NOTHING RETURNING id`,
        [slug, forum.name, forum.description, forum.productArea, forum.key, await nextForumPosition(this.m)],
      );
      if (!row) throw new Error(`forum ${forum.key} appeared during the import`);
      this.summary.forum.imported++;
    }
    this.progress.advance(1);
    const [row] = await this.m.query(`SELECT id FROM forums WHERE imported_from = $1`, [forum.key]);
    return row.id;
  }

  /** users.imported_from → users.id for every account the site needs. */
  private async loadAccounts(accounts: readonly AccountPlan[]): Promise<Map<string, string>> {
    const known = await this.m.query(`SELECT id, imported_from FROM users WHERE imported_from = ANY ($1::text[])`, [accounts.map((a) => a.key)]);
    const ids = new Map<string, string>(known.map((r: { id: string; imported_from: string }) => [r.imported_from, r.id]));
    this.summary.users.existing = ids.size;
    const fresh = accounts.filter((a) => !ids.has(a.key));
    this.progress.advance(accounts.length - fresh.length);
    if (!fresh.length) return ids;

    const handles = await this.freeHandles(fresh);
    // email and password_hash stay NULL: the account cannot sign in until its owner claims it.
    const inserted = await this.insertBatches<AccountPlan, { id: string; imported_from: string }>(
      fresh,
      (a) => [a.displayName, handles.get(a.key), ['MEMBER'], a.key, a.createdAt ?? this.now],
      (values) => `INSERT INTO users (display_name, handle, roles, imported_from, created_at) VALUES ${values}
                   ON CONFLICT (imported_from) DO NOTHING RETURNING id, imported_from`,
    );
    for (const row of inserted) ids.set(row.imported_from, row.id);
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
      const rows = await this.m.query(`SELECT handle FROM users WHERE handle = ANY ($1::text[])`, [unchecked]);
      for (const r of rows as Array<{ handle: string }>) taken.add(r.handle);
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
    const existing = await this.m.query(
      `SELECT id, imported_from, forum_id FROM threads WHERE imported_from = ANY ($1::text[])`,
      [plans.map((t) => t.key)],
    );
    for (const r of existing) rows.set(r.imported_from, { key: r.imported_from, id: r.id, forumId: r.forum_id, isNew: false });
    this.summary.threads.existing = rows.size;
    const fresh = plans.filter((t) => !rows.has(t.key));
    this.progress.advance(plans.length - fresh.length);

    const inserted = await this.insertBatches<ThreadPlan, { id: string; imported_from: string }>(
      fresh,
      (t) => [forumId, userIds.get(t.authorKey), t.title, t.tags, t.createdAt, t.key, t.createdAt, t.updatedAt],
      (values) => `INSERT INTO threads (forum_id, author_id, title, tags, last_activity_at, imported_from, created_at, updated_at) VALUES ${values}
                   ON CONFLICT (imported_from) DO NOTHING RETURNING id, imported_from`,
    );
    for (const r of inserted) rows.set(r.imported_from, { key: r.imported_from, id: r.id, forumId, isNew: true });
    this.summary.threads.imported = inserted.length;
    return rows;
  }

  /** Inserts the posts not yet imported; returns the new posts' ids and threads. */
  private async loadPosts(threads: Map<string, ThreadRow>, userIds: Map<string, string>): Promise<Array<{ id: string; thread_id: string }>> {
    const plans = this.plan.threads;
    const allKeys = plans.flatMap((t) => [t.opening.key, ...t.answers.map((a) => a.key)]);
    const existing = new Set<string>(
      (await this.m.query(`SELECT imported_from FROM posts WHERE imported_from = ANY ($1::text[])`, [allKeys])).map((r: { imported_from: string }) => r.imported_from),
    );
    this.summary.posts.existing = existing.size;
    this.progress.advance(existing.size);

    // Replies new to a thread that already exists go after its last post number, read under the thread's lock.
    const appendTo = plans
      .filter((t) => !threads.get(t.key)!.isNew && t.answers.some((a) => !existing.has(a.key)))
      .map((t) => threads.get(t.key)!.id);
    const lastNumbers = new Map<string, number>();
    if (appendTo.length) {
      const locked = await this.m.query(`SELECT id, last_post_number FROM threads WHERE id = ANY ($1::uuid[]) ORDER BY id FOR UPDATE`, [appendTo]);
      for (const r of locked) lastNumbers.set(r.id, r.last_post_number);
    }

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

    const inserted = await this.insertBatches<(typeof rows)[number], { id: string; thread_id: string }>(
      rows,
      ({ threadId, number, post }) => {
        const rendered = renderImportedHtml(post.body.source);
        return [threadId, number, userIds.get(post.authorKey), 'html', post.body.source, rendered.html, rendered.text, post.editedAt, post.key, post.createdAt];
      },
      (values) => `INSERT INTO posts (thread_id, post_number, author_id, body_format, body_source, body_html, body_text, edited_at, imported_from, created_at)
                   VALUES ${values} ON CONFLICT (imported_from) DO NOTHING RETURNING id, thread_id`,
    );
    this.summary.posts.imported = inserted.length;
    return inserted;
  }

  /**
   * Revision 1 of each new post: the dump has only the latest text, so the one revision is that snapshot,
   * dated by its last edit (or creation); title and tags only for opening posts.
   */
  private async loadRevisions(postIds: string[]): Promise<void> {
    for (let i = 0; i < postIds.length; i += BATCH * 4) {
      await this.m.query(
        `INSERT INTO post_revisions (post_id, revision, editor_id, title, tags, body_source, created_at)
         SELECT p.id, 1, p.author_id,
                CASE WHEN p.post_number = 1 THEN t.title END,
                CASE WHEN p.post_number = 1 THEN t.tags END,
                p.body_source, coalesce(p.edited_at, p.created_at)
           FROM posts p JOIN threads t ON t.id = p.thread_id
          WHERE p.id = ANY ($1::uuid[])
         ON CONFLICT (post_id, revision) DO NOTHING`,
        [postIds.slice(i, i + BATCH * 4)],
      );
    }
  }

  /** Accepted answers whose answer was imported (now or before); the asker accepted it when it was posted. */
  private async loadAccepted(): Promise<string[]> {
    const pairs = this.plan.threads.filter((t) => t.acceptedKey);
    const threadIds: string[] = [];
    for (let i = 0; i < pairs.length; i += BATCH) {
      const batch = pairs.slice(i, i + BATCH);
      const rows = await this.m.query(
        `INSERT INTO accepted_answers (thread_id, post_id, accepted_by_id, kind, accepted_at)
         SELECT t.id, p.id, t.author_id, 'ASKER', p.created_at
           FROM unnest($1::text[], $2::text[]) AS x (thread_key, post_key)
           JOIN threads t ON t.imported_from = x.thread_key
           JOIN posts p ON p.imported_from = x.post_key AND p.thread_id = t.id
         ON CONFLICT DO NOTHING RETURNING thread_id`,
        [batch.map((t) => t.key), batch.map((t) => t.acceptedKey)],
      );
      threadIds.push(...rows.map((r: { thread_id: string }) => r.thread_id));
      this.progress.advance(batch.length);
    }
    this.summary.accepted.imported = threadIds.length;
    this.summary.accepted.existing = pairs.length - threadIds.length;
    return threadIds;
  }

  /** Counters, updated_at and the search outbox, for the threads this run changed only. */
  private async finish(changed: string[], threads: Map<string, ThreadRow>): Promise<void> {
    if (!changed.length) return;
    await recountThreads(this.m, changed);
    // recountThreads stamps updated_at = now(); a thread new from the dump was last touched by its last edit or post.
    const updatedAt = new Map(this.plan.threads.map((t) => [t.key, t.updatedAt]));
    const fresh = [...threads.values()].filter((t) => t.isNew);
    if (fresh.length) {
      await this.m.query(
        `UPDATE threads t SET updated_at = greatest(x.updated_at, t.last_activity_at)
           FROM unnest($1::uuid[], $2::timestamptz[]) AS x (id, updated_at)
          WHERE t.id = x.id`,
        [fresh.map((t) => t.id), fresh.map((t) => updatedAt.get(t.key))],
      );
    }
    const forumIds = [...new Set(changed.map((id) => threads.get(id)?.forumId).filter((f): f is string => !!f))];
    await recountForums(this.m, forumIds);
    await enqueueThreadChanges(this.m, changed);
  }

  /** Multi-row INSERTs of BATCH rows with numbered parameters; `sql` gets the VALUES list. */
  private async insertBatches<T, R>(items: readonly T[], values: (item: T) => unknown[], sql: (values: string) => string): Promise<R[]> {
    const out: R[] = [];
    for (let i = 0; i < items.length; i += BATCH) {
      const batch = items.slice(i, i + BATCH);
      const params: unknown[] = [];
      const tuples = batch.map((item) => `(${values(item).map((v) => `$${params.push(v)}`).join(', ')})`);
      out.push(...(await this.m.query(sql(tuples.join(', ')), params)));
      this.progress.advance(batch.length);
    }
    return out;
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
