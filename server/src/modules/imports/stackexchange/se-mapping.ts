import { handleFromDisplayName } from '../../accounts/domain/handle';
import { charCount, slugify } from '@threadline/shared';
import { BODY_MAX, normalizeTags, normalizeTitle, TAG_MAX_LENGTH, TAGS_MAX, TITLE_MAX, TITLE_MIN } from '../../threads/domain/thread-rules';
import { SE_POST_TYPE, type SePost, type SeSite, type SeUser } from './se-parser';

/**
 * Stack Exchange dump → Threadline rows, as pure functions: no database, no files. The importer asks the
 * database only what this cannot know (which rows already exist, which handles are taken).
 */

const HANDLE = /^[a-z0-9][a-z0-9_-]{1,39}$/;
const HANDLE_MAX = 40;
const DISPLAY_NAME_MAX = 60;
export const COMMUNITY_NAME = 'Community (imported)';

// ---------- values ----------

/** Dump timestamps are UTC without a zone ("2016-08-02T15:39:14.947"); anything unparseable is null. */
export function parseSeDate(value: string | null | undefined): Date | null {
  if (!value) return null;
  const v = value.trim();
  const zoned = /(Z|[+-]\d\d:?\d\d)$/i.test(v) ? v : `${v}Z`;
  const date = new Date(zoned);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** Tag names from either dump format: `<a><b>` (older dumps) or `|a|b|` (newer ones). */
export function parseSeTags(raw: string | null | undefined): string[] {
  if (!raw) return [];
  const value = raw.trim();
  if (value.startsWith('|')) return value.split('|').filter((t) => t.trim());
  const angled = [...value.matchAll(/<([^<>]+)>/g)].map((m) => m[1]);
  return angled.length ? angled : value.split(/\s+/).filter(Boolean);
}

/** The first five tags that fit our rules; longer ones (Stack Exchange allows 35 characters) are left out, not cut. */
export function threadTags(raw: string | null | undefined): string[] {
  return normalizeTags(parseSeTags(raw))
    .filter((t) => t.length <= TAG_MAX_LENGTH)
    .slice(0, TAGS_MAX);
}

/** NUL and other C0 controls (except tab/newline) cannot be stored or shown; the dump should not have them anyway. */
function clean(value: string): string {
  // eslint-disable-next-line no-control-regex
  return value.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');
}

/** Cuts a string to at most `max` UTF-16 units without leaving half a surrogate pair behind. */
function cut(value: string, max: number): string {
  if (value.length <= max) return value;
  const head = value.slice(0, max);
  return /[\ud800-\udbff]$/.test(head) ? head.slice(0, -1) : head;
}

/**
 * Thread titles must be 8–200 characters. Short ones get " (question)" so they stay recognisable; empty ones
 * become "Untitled question"; long ones are cut at a word with an ellipsis.
 */
export function threadTitle(raw: string | null | undefined): string {
  const title = normalizeTitle(clean(raw ?? ''));
  if (!title) return 'Untitled question';
  const padded = charCount(title) < TITLE_MIN ? `${title} (question)` : title;
  if (padded.length <= TITLE_MAX) return padded;
  const head = cut(padded, TITLE_MAX - 1);
  const space = head.lastIndexOf(' ');
  return `${(space > TITLE_MAX * 0.6 ? head.slice(0, space) : head).trimEnd()}…`;
}

export interface BodySource {
  source: string;
  truncated: boolean;
}

/** body_source must be 1–50,000 characters; null for an empty body (the post is skipped and counted). */
export function bodySource(html: string): BodySource | null {
  const value = clean(html);
  if (!value.trim()) return null;
  const source = cut(value, BODY_MAX);
  return { source, truncated: source.length < value.length };
}

export function displayNameFor(raw: string | null | undefined, fallback: string): string {
  const name = cut(
    clean(raw ?? '')
      .replace(/\s+/g, ' ')
      .trim(),
    DISPLAY_NAME_MAX,
  ).trim();
  return name || fallback;
}

// ---------- site ----------

export function siteSlug(folder: string): string {
  return slugify(folder, 50) || 'imported-site';
}

/** "bicycles-meta" → "Bicycles Meta"; two-letter words are acronyms ("ai" → "AI"). */
export function siteName(folder: string): string {
  const words = siteSlug(folder).split('-');
  const name = words.map((w) => (w.length <= 2 ? w.toUpperCase() : w[0].toUpperCase() + w.slice(1))).join(' ');
  return name.length >= 2 ? name.slice(0, 80) : `${name} site`;
}

/** The site's address: "bicycles-meta" → "bicycles.meta.stackexchange.com". */
export function siteHost(folder: string): string {
  const slug = siteSlug(folder);
  const meta = /^(.+)-meta$/.exec(slug);
  return meta ? `${meta[1]}.meta.stackexchange.com` : `${slug}.stackexchange.com`;
}

export interface ForumPlan {
  key: string;
  slug: string;
  name: string;
  description: string;
  productArea: string;
}

export function forumPlan(folder: string): ForumPlan {
  return {
    key: `se:${folder}`,
    slug: siteSlug(folder),
    name: siteName(folder),
    description: `Imported from ${siteHost(folder)} — content by its authors, CC BY-SA`,
    productArea: 'Imported',
  };
}

/** Slugs to try when the plain one belongs to a forum that was not imported from this site. */
export function slugCandidates(slug: string): string[] {
  const out = [slug, `${slug}-se`];
  for (let n = 2; n <= 9; n++) out.push(`${slug}-se-${n}`);
  return out.map((s) => s.slice(0, 60).replace(/-+$/g, ''));
}

// ---------- accounts ----------

export interface AccountPlan {
  /** users.imported_from */
  key: string;
  displayName: string;
  /** Disambiguates the handle when the plain one is taken: the SE user id, or a hash for name-only authors. */
  handleSuffix: string;
  createdAt: Date | null;
}

function idSuffix(id: number): string {
  return id < 0 ? `m${-id}` : String(id);
}

/** FNV-1a, base 36: a short stable suffix for authors known only by name. */
function shortHash(value: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) {
    h ^= value.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}

/**
 * Handles to try, best first: the one derived from the display name, then `-<SE id>`, then numbered.
 * Every candidate matches users.handle's CHECK (2–40 characters).
 */
export function handleCandidates(displayName: string, suffix: string): string[] {
  const base = handleFromDisplayName(displayName);
  const withSuffix = (s: string) => `${base.slice(0, HANDLE_MAX - s.length - 1).replace(/[-_]+$/g, '')}-${s}`;
  const out = [base, withSuffix(suffix)];
  for (let n = 2; n <= 9; n++) out.push(withSuffix(`${suffix}-${n}`));
  return out.filter((h) => HANDLE.test(h));
}

/**
 * Gives each account the first candidate nobody has (`taken`: handles already in the database; it is
 * updated as handles are handed out). Accounts are served in the order given, so reruns are deterministic.
 */
export function assignHandles(accounts: readonly AccountPlan[], taken: Set<string>): Map<string, string> {
  const out = new Map<string, string>();
  for (const account of accounts) {
    const handle = handleCandidates(account.displayName, account.handleSuffix).find((h) => !taken.has(h));
    if (!handle) throw new Error(`No free handle for ${account.key}`);
    taken.add(handle);
    out.set(account.key, handle);
  }
  return out;
}

// ---------- threads and posts ----------

export interface PostPlan {
  /** posts.imported_from */
  key: string;
  authorKey: string;
  body: BodySource;
  createdAt: Date;
  editedAt: Date | null;
}

export interface ThreadPlan {
  /** threads.imported_from */
  key: string;
  authorKey: string;
  title: string;
  tags: string[];
  createdAt: Date;
  updatedAt: Date;
  opening: PostPlan;
  /** In reply order: CreationDate, then Id. */
  answers: PostPlan[];
  /** posts.imported_from of the accepted answer, when that answer is among `answers`. */
  acceptedKey: string | null;
}

export interface PlanSkips {
  /** Questions or answers with an empty body. */
  emptyBodies: number;
  /** Questions or answers without a readable CreationDate. */
  undated: number;
  /** Answers whose question is not in the dump (or was skipped). */
  orphanAnswers: number;
  /** AcceptedAnswerId pointing at an answer that is not imported (or belongs to another question). */
  acceptedMissing: number;
  /** Bodies cut to 50,000 characters (imported, but shortened). */
  truncatedBodies: number;
  /** Tag wikis, moderator nominations and other post types that are not questions or answers. */
  otherPostTypes: number;
}

export interface SitePlan {
  forum: ForumPlan;
  /** Users.xml accounts in Id order, then authors the dump knows only by id or name, then the community account. */
  accounts: AccountPlan[];
  threads: ThreadPlan[];
  skips: PlanSkips;
}

export const answerKey = (folder: string, id: number) => `se:${folder}:a:${id}`;
export const questionKey = (folder: string, id: number) => `se:${folder}:q:${id}`;
export const userKey = (folder: string, id: number) => `se:${folder}:user:${id}`;
export const namedUserKey = (folder: string, name: string) => `se:${folder}:user:unknown:${name}`;

/** Reply order within a thread: CreationDate, then Id (the dump's own order for equal timestamps). */
export function byReplyOrder<T extends { createdAt: Date; id: number }>(a: T, b: T): number {
  return a.createdAt.getTime() - b.createdAt.getTime() || a.id - b.id;
}

/**
 * Post numbers for replies not yet in the database: they follow `lastPostNumber` (1 for a new thread, the
 * thread's counter for an existing one), in the order given, so numbers are never reused.
 */
export function numberReplies(replyKeys: readonly string[], lastPostNumber: number): Map<string, number> {
  const out = new Map<string, number>();
  replyKeys.forEach((key, i) => out.set(key, lastPostNumber + 1 + i));
  return out;
}

class AuthorResolver {
  readonly accounts = new Map<string, AccountPlan>();

  constructor(
    private readonly folder: string,
    private readonly users: Map<number, SeUser> | null,
  ) {
    const listed = [...(users?.values() ?? [])].sort((a, b) => a.id - b.id);
    for (const user of listed) {
      this.accounts.set(userKey(folder, user.id), {
        key: userKey(folder, user.id),
        displayName: displayNameFor(user.displayName, `user${user.id}`),
        handleSuffix: idSuffix(user.id),
        createdAt: parseSeDate(user.creationDate),
      });
    }
  }

  /**
   * The author of a post: the Users.xml account; a stand-in for a user id the dump has no row for (no
   * Users.xml, or a deleted user), named by OwnerDisplayName or `user<Id>`; an account per OwnerDisplayName;
   * else the site's community account. Stand-ins are created as of their first post.
   */
  authorOf(post: SePost, at: Date): string {
    let key: string;
    let make: () => AccountPlan;
    if (post.ownerUserId !== null) {
      key = userKey(this.folder, post.ownerUserId);
      const id = post.ownerUserId;
      make = () => ({ key, displayName: displayNameFor(post.ownerDisplayName, `user${id}`), handleSuffix: idSuffix(id), createdAt: at });
    } else {
      const name = displayNameFor(post.ownerDisplayName, COMMUNITY_NAME);
      key = namedUserKey(this.folder, name);
      make = () => ({ key, displayName: name, handleSuffix: shortHash(key), createdAt: at });
    }
    const known = this.accounts.get(key);
    if (!known) this.accounts.set(key, make());
    else if (known.createdAt && at < known.createdAt && !this.isListed(post.ownerUserId)) known.createdAt = at;
    return key;
  }

  private isListed(id: number | null): boolean {
    return id !== null && !!this.users?.has(id);
  }
}

/** The whole site as rows to insert, minus what only the database knows (ids, handles, existing rows). */
export function planSite(site: SeSite): SitePlan {
  const { folder } = site;
  const skips: PlanSkips = { emptyBodies: 0, undated: 0, orphanAnswers: 0, acceptedMissing: 0, truncatedBodies: 0, otherPostTypes: site.otherPostTypes };
  const users = site.users ? new Map(site.users.map((u) => [u.id, u])) : null;
  const authors = new AuthorResolver(folder, users);

  const toPost = (post: SePost, key: string): (PostPlan & { id: number }) | null => {
    const createdAt = parseSeDate(post.creationDate);
    if (!createdAt) {
      skips.undated++;
      return null;
    }
    const body = bodySource(post.body);
    if (!body) {
      skips.emptyBodies++;
      return null;
    }
    if (body.truncated) skips.truncatedBodies++;
    return { id: post.id, key, authorKey: authors.authorOf(post, createdAt), body, createdAt, editedAt: parseSeDate(post.lastEditDate) };
  };

  const questions = site.posts.filter((p) => p.postTypeId === SE_POST_TYPE.QUESTION).sort((a, b) => a.id - b.id);
  const threads = new Map<number, ThreadPlan & { question: SePost; replies: Array<PostPlan & { id: number }> }>();
  for (const question of questions) {
    if (threads.has(question.id)) continue;
    const opening = toPost(question, questionKey(folder, question.id));
    if (!opening) continue;
    threads.set(question.id, {
      key: opening.key,
      authorKey: opening.authorKey,
      title: threadTitle(question.title),
      tags: threadTags(question.tags),
      createdAt: opening.createdAt,
      updatedAt: opening.editedAt && opening.editedAt > opening.createdAt ? opening.editedAt : opening.createdAt,
      opening: { key: opening.key, authorKey: opening.authorKey, body: opening.body, createdAt: opening.createdAt, editedAt: opening.editedAt },
      answers: [],
      acceptedKey: null,
      question,
      replies: [],
    });
  }

  const seenAnswers = new Set<number>();
  for (const answer of site.posts) {
    if (answer.postTypeId !== SE_POST_TYPE.ANSWER || seenAnswers.has(answer.id)) continue;
    seenAnswers.add(answer.id);
    const thread = answer.parentId === null ? undefined : threads.get(answer.parentId);
    if (!thread) {
      skips.orphanAnswers++;
      continue;
    }
    const reply = toPost(answer, answerKey(folder, answer.id));
    if (reply) thread.replies.push(reply);
  }

  const planned: ThreadPlan[] = [];
  for (const { question, replies, ...thread } of threads.values()) {
    replies.sort(byReplyOrder);
    thread.answers = replies.map(({ id: _id, ...reply }) => reply);
    if (question.acceptedAnswerId !== null) {
      const key = answerKey(folder, question.acceptedAnswerId);
      if (thread.answers.some((a) => a.key === key)) thread.acceptedKey = key;
      else skips.acceptedMissing++;
    }
    planned.push(thread);
  }

  // Listed users first (Id order) so they get the plain handles; stand-ins and named authors after them.
  const accounts = [...authors.accounts.values()];
  return { forum: forumPlan(folder), accounts, threads: planned, skips };
}
