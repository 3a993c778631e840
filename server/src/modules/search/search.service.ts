import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../platform/config/app-config';
import { BadUserInputError, ForbiddenError, RateLimitedError, UnauthenticatedError } from '../../platform/errors/domain-error';
import { SharedRateLimiter, type SharedLimit } from '../../platform/rate-limit/shared-rate-limiter';
import { encodeSearchCursor, decodeSearchCursor, MAX_SEARCH_OFFSET } from './domain/search-cursor';
import type { LoaderRegistry } from '../../platform/graphql/loaders';
import { isAdmin, isSignedIn, isStaff, type Viewer } from '../accounts/domain/viewer';
import { canSeeForum, canSeeThread, type ReadScope } from '../forums/domain/read-scope';
import { ForumsService } from '../forums/forums.service';
import { ThreadsService } from '../threads/threads.service';
import { normalizeTag, normalizeTags } from '@threadline/shared';
import { normalizeQuery, SIMILAR_BODY_MAX_CHARS, SIMILAR_TITLE_MAX_CHARS } from './domain/search-query';
import { buildSearchFilter, type SearchFilters } from './domain/search-filter';
import { HIGHLIGHT_POST, HIGHLIGHT_PRE, highlightedHtml, pickSnippet } from './domain/snippets';
import { buildRecheckSearches, buildSimilarSearches, rankSimilar, type SimilarSearchResult } from './domain/similar-query';
import { snippet } from '../content/domain/render';
import { foldText } from './domain/search-document';
import { validateAdminSettings } from './domain/admin-settings';
import { ComposerEventsRepository } from './composer-events.repository';
import { SearchEngine } from './search-engine.service';
import { SearchSettingsRepository } from './search-settings.repository';
import { SearchSyncService } from './search-sync.service';
import { mergeAdminSettings, type AdminSearchSettings } from './domain/index-settings';

/** Rows as the threads and forums modules load them (their entity files are not part of their public surface). */
type ThreadEntity = NonNullable<Awaited<ReturnType<ReturnType<ThreadsService['threadLoader']>['load']>>>;
type ForumEntity = NonNullable<Awaited<ReturnType<ReturnType<ForumsService['loader']>['load']>>>;

export type SearchSort = 'RELEVANCE' | 'LATEST_ACTIVITY' | 'NEWEST';
export type SnippetSource = 'ACCEPTED_ANSWER' | 'OPENING_POST' | 'REPLY';

export interface SearchHit {
  thread: ThreadEntity;
  titleHtml: string;
  snippetHtml: string;
  snippetSource: SnippetSource;
}

export interface SearchOutcome {
  query: string;
  hits: SearchHit[];
  offset: number;
  /** Hits Meilisearch gave for this page, before the PostgreSQL check dropped any: where the next page starts. */
  pageLength: number;
  hasNextPage: boolean;
  estimatedTotal: number;
  processingTimeMs: number;
  facets: { forums: Array<{ forum: ForumEntity; count: number }>; tags: Array<{ tag: string; count: number }>; solved: number; unsolved: number };
}

const SNIPPET_WORDS = 28;
const SIMILAR_SNIPPET_CHARS = 180;
const TAG_FACETS_SHOWN = 20;
const SOURCE: Record<'accepted' | 'opening' | 'replies', SnippetSource> = { accepted: 'ACCEPTED_ANSWER', opening: 'OPENING_POST', replies: 'REPLY' };

interface MeiliHit {
  id: string;
  _formatted?: { title?: string; accepted?: string; opening?: string; replies?: string };
}

/**
 * Search and similar threads, always inside the viewer's read scope: the visibility filter comes from the scope and
 * nothing a caller passes can loosen it, and every hit is checked again against PostgreSQL (a stale index never shows
 * a thread the viewer may not see now).
 */
@Injectable()
export class SearchService {
  constructor(
    private readonly engine: SearchEngine,
    private readonly threads: ThreadsService,
    private readonly forums: ForumsService,
    private readonly sync: SearchSyncService,
    private readonly settings: SearchSettingsRepository,
    private readonly composerEvents: ComposerEventsRepository,
    private readonly limiter: SharedRateLimiter,
    // Per person (or client address), across instances. Typing in the header box asks a few times a second at most (240 a
    // minute by default); the composer asks after a pause in typing, each time a few dozen Meilisearch queries (120).
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.searchLimit = { name: 'search', limit: config.searchPerMinute, windowMs: 60_000 };
    this.similarLimit = { name: 'similar', limit: config.similarThreadsPerMinute, windowMs: 60_000 };
  }

  private readonly searchLimit: SharedLimit;
  private readonly similarLimit: SharedLimit;

  /**
   * Each search costs the shared Meilisearch tier real work: a bounded number per person (or client address) per
   * minute, counted across instances (more instances must not multiply what one person may ask of it).
   */
  private async limit(rule: SharedLimit, client: string, what: string): Promise<void> {
    const retryAfter = await this.limiter.take(rule, client);
    if (retryAfter) throw new RateLimitedError(`Too many ${what}.`, retryAfter);
  }

  async search(
    scope: ReadScope,
    args: {
      query: string;
      filters?: { forum?: string | null; tags?: string[] | null; solved?: boolean | null; hasStaffAnswer?: boolean | null } | null;
      sort: SearchSort;
      first: number;
      after?: string | null;
    },
    loaders: LoaderRegistry,
    want: { facets: boolean; snippets: boolean } = { facets: true, snippets: true },
    client = scope.userId ?? 'anonymous',
  ): Promise<SearchOutcome> {
    await this.limit(this.searchLimit, client, 'searches');
    const query = normalizeQuery(args.query);
    let offset = 0;
    if (args.after) {
      const decoded = decodeSearchCursor(args.after);
      if (decoded === null) throw new BadUserInputError('after', 'Invalid cursor');
      offset = decoded;
    }
    const tags = args.filters?.tags ? normalizeTags(args.filters.tags) : null;
    if (args.filters?.tags?.some((t) => !normalizeTag(t))) {
      throw new BadUserInputError('filters.tags', 'Tags are lowercase letters, digits and dashes');
    }
    const filters: SearchFilters = {
      forumId: args.filters?.forum ?? null,
      tags,
      solved: args.filters?.solved ?? null,
      hasStaffAnswer: args.filters?.hasStaffAnswer ?? null,
    };
    const sort = args.sort === 'NEWEST' ? ['createdAt:desc'] : args.sort === 'LATEST_ACTIVITY' || !query ? ['lastActivityAt:desc'] : undefined;
    const limit = Math.min(args.first, MAX_SEARCH_OFFSET - offset);
    let res;
    try {
      res = await this.engine.threads().search(query, {
        filter: buildSearchFilter(scope, filters, await this.forums.invisiblePrivateForumIds(scope)),
        sort,
        offset,
        limit: limit + 1,
        facets: want.facets ? ['forumId', 'tags', 'solved'] : undefined,
        attributesToRetrieve: ['id'],
        attributesToHighlight: want.snippets ? ['title', 'accepted', 'opening', 'replies'] : ['title'],
        attributesToCrop: want.snippets ? ['accepted', 'opening', 'replies'] : undefined,
        cropLength: SNIPPET_WORDS,
        highlightPreTag: HIGHLIGHT_PRE,
        highlightPostTag: HIGHLIGHT_POST,
      });
    } catch (err) {
      throw this.engine.unavailable(err);
    }
    const page = (res.hits as unknown as MeiliHit[]).slice(0, limit);
    const hits = await this.visibleHits(scope, page, loaders);
    const distribution = res.facetDistribution ?? {};
    const forumCounts = Object.entries(distribution.forumId ?? {});
    const forums = await Promise.all(forumCounts.map(async ([id, count]) => ({ forum: await this.forums.loader(loaders).load(id), count })));
    return {
      query,
      hits,
      offset,
      pageLength: page.length,
      hasNextPage: res.hits.length > limit && offset + limit < MAX_SEARCH_OFFSET,
      estimatedTotal: res.estimatedTotalHits ?? hits.length,
      processingTimeMs: res.processingTimeMs,
      facets: {
        forums: forums
          .filter((f): f is { forum: ForumEntity; count: number } => !!f.forum && canSeeForum(scope, f.forum))
          .sort((a, b) => b.count - a.count || a.forum.name.localeCompare(b.forum.name)),
        tags: Object.entries(distribution.tags ?? {})
          .map(([tag, count]) => ({ tag, count }))
          .sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag))
          .slice(0, TAG_FACETS_SHOWN),
        solved: distribution.solved?.true ?? 0,
        unsolved: distribution.solved?.false ?? 0,
      },
    };
  }

  /** The cursor of the hit after `offset + count`. */
  endCursor(outcome: SearchOutcome): string | null {
    return outcome.hasNextPage ? encodeSearchCursor(outcome.offset + outcome.pageLength) : null;
  }

  /**
   * Threads like the one being written, best first: one multi-search of the title's and body's informative words
   * (see domain/similar-query.ts), fused and reranked here, each search inside the viewer's scope. The snippet is the
   * start of each thread's opening post.
   */
  async similarThreads(
    scope: ReadScope,
    args: { title: string; body?: string | null; first: number },
    loaders: LoaderRegistry,
    client = scope.userId ?? 'anonymous',
  ): Promise<SearchHit[]> {
    await this.limit(this.similarLimit, client, 'suggestion requests');
    const title = normalizeQuery(args.title, SIMILAR_TITLE_MAX_CHARS);
    const body = args.body ? normalizeQuery(args.body, SIMILAR_BODY_MAX_CHARS) : null;
    const searches = buildSimilarSearches(title, body);
    if (!searches.length) return [];
    const filter = buildSearchFilter(scope, null, await this.forums.invisiblePrivateForumIds(scope));
    const results = (await this.engine.multiSearchInParallel(searches.map((s) => ({ ...s, filter })))) as unknown as SimilarSearchResult[];
    // Phase two: each cut word asked again of the best candidates that missed it (their own filter ANDed with the scope's).
    const rechecks = buildRecheckSearches(title, body, results);
    let recheckResults: SimilarSearchResult[] | undefined;
    if (rechecks.length) {
      recheckResults = (await this.engine
        .multiSearchInParallel(rechecks.map((s) => ({ ...s, filter: [...filter, ...(s.filter ?? [])] })))
        // Ranking without them is worse but still right (an index whose settings are still being applied, say).
        .catch(() => undefined)) as unknown as SimilarSearchResult[] | undefined;
    }
    const ids = rankSimilar(title, body, results, args.first, recheckResults);
    const hits = await this.visibleHits(
      scope,
      ids.map((id) => ({ id })),
      loaders,
    );
    const openings = await Promise.all(hits.map((h) => this.threads.openingPostLoader(loaders).load(h.thread.id)));
    return hits.map((hit, i) => ({
      ...hit,
      titleHtml: highlightedHtml(hit.thread.title),
      snippetHtml: highlightedHtml(snippet(foldText(openings[i]?.bodyText ?? ''), SIMILAR_SNIPPET_CHARS)),
      snippetSource: 'OPENING_POST' as const,
    }));
  }

  /** The hits' threads from PostgreSQL (batched), those the scope may see now, in Meilisearch's order. */
  private async visibleHits(scope: ReadScope, hits: MeiliHit[], loaders: LoaderRegistry): Promise<SearchHit[]> {
    const threads = await Promise.all(hits.map((h) => this.threads.threadLoader(loaders).load(h.id)));
    const forums = await Promise.all(threads.map((t) => (t ? this.forums.loader(loaders).load(t.forumId) : null)));
    const out: SearchHit[] = [];
    hits.forEach((hit, i) => {
      const thread = threads[i];
      const forum = forums[i];
      if (!thread || !forum || !canSeeThread(scope, forum, thread) || thread.hiddenAt) return;
      const formatted = hit._formatted ?? {};
      const snippet = pickSnippet(formatted);
      out.push({
        thread,
        titleHtml: highlightedHtml(formatted.title ?? thread.title),
        snippetHtml: highlightedHtml(snippet.text),
        snippetSource: SOURCE[snippet.source],
      });
    });
    return out;
  }

  async indexStatus(viewer: Viewer) {
    if (!isStaff(viewer)) throw new ForbiddenError('Only staff see the search index status');
    const status = await this.sync.status();
    const documents = await this.engine.documentCount().catch(() => null);
    return { ...status, documents };
  }

  async adminSettings(viewer: Viewer) {
    if (!isAdmin(viewer)) throw new ForbiddenError('Only admins edit search settings');
    const stored = await this.settings.get();
    return { ...stored, applied: await this.settingsApplied(stored) };
  }

  /**
   * Whether Meilisearch holds these synonyms and stop words now: asked of Meilisearch itself, so the answer is right
   * whichever process applied them (a separate worker, say); false while it is away.
   */
  private async settingsApplied(stored: AdminSearchSettings): Promise<boolean> {
    const want = mergeAdminSettings(stored);
    const have = await this.engine.settings().catch(() => null);
    if (!have) return false;
    const sameSynonyms = JSON.stringify(sortedMap(have.synonyms ?? {})) === JSON.stringify(sortedMap(want.synonyms ?? {}));
    const sameStopWords = JSON.stringify([...(have.stopWords ?? [])].sort()) === JSON.stringify([...(want.stopWords ?? [])].sort());
    return sameSynonyms && sameStopWords;
  }

  async updateAdminSettings(viewer: Viewer, input: { synonyms: Array<{ word: string; synonyms: string[] }>; stopWords: string[] }) {
    if (!isAdmin(viewer) || !isSignedIn(viewer)) throw new ForbiddenError('Only admins edit search settings');
    const settings: AdminSearchSettings = validateAdminSettings(input);
    const stored = await this.settings.save(settings, viewer.userId);
    const applied = await this.sync.applySettings();
    return { ...stored, applied };
  }

  /** One composer event; the threads kept are only those the person may see (doctored ids are dropped). */
  async recordComposerEvent(
    viewer: Viewer,
    input: { sessionId: string; kind: string; forumId?: string | null; threadIds: string[] },
    scope: ReadScope,
    loaders: LoaderRegistry,
  ): Promise<boolean> {
    if (!isSignedIn(viewer)) throw new UnauthenticatedError('Sign in to write a thread');
    const facts = await this.composerEvents.sessionFacts(input.sessionId, viewer.userId);
    if (facts.foreign) throw new BadUserInputError('sessionId', 'This composer session belongs to someone else');
    if (facts.count >= COMPOSER_EVENTS_PER_SESSION) return false;
    if ((await this.composerEvents.recentByUser(viewer.userId)) >= COMPOSER_EVENTS_PER_HOUR) return false;
    const threads = await Promise.all([...new Set(input.threadIds)].map((id) => this.threads.threadLoader(loaders).load(id)));
    const visible: string[] = [];
    for (const thread of threads) {
      if (!thread) continue;
      const forum = await this.forums.loader(loaders).load(thread.forumId);
      if (forum && canSeeThread(scope, forum, thread)) visible.push(thread.id);
    }
    const forum = input.forumId ? await this.forums.loader(loaders).load(input.forumId) : null;
    await this.composerEvents.insert({
      sessionId: input.sessionId,
      userId: viewer.userId,
      kind: input.kind,
      forumId: forum && canSeeForum(scope, forum) ? forum.id : null,
      threadIds: visible,
    });
    return true;
  }
}

function sortedMap(map: Record<string, string[]>): Array<[string, string[]]> {
  return Object.entries(map)
    .map(([k, v]): [string, string[]] => [k, [...v].sort()])
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** A composer session records at most this many events (suggestions refresh as a person types); more are dropped. */
export const COMPOSER_EVENTS_PER_SESSION = 200;
/** And a person at most this many an hour, across sessions (analytics, not a place to store rows at will). */
export const COMPOSER_EVENTS_PER_HOUR = 1000;
