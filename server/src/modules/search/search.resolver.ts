import { Args, Context, Extensions, Info, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { clientAddress } from '../../platform/graphql/client-address';
import { selectedFieldNames } from '../../platform/graphql/selection';
import type { GqlContext, NoArgs } from '../../platform/graphql/gql-context';
import { CurrentViewer } from '../accounts/current-viewer.decorator';
import type { Viewer } from '../accounts/domain/viewer';
import type { ReadScope } from '../forums/domain/read-scope';
import { ForumModel } from '../forums/models/forum.model';
import { CurrentScope } from '../forums/read-scope.decorator';
import { ThreadModel } from '../threads/models/thread.model';
import { ThreadsService } from '../threads/threads.service';
import { synonymGroups } from './domain/admin-settings';
import { ComposerEventInput, SearchArgs, SearchSettingsInput, SimilarThreadsArgs } from './dto/search.input';
import { SearchHitModel, SearchIndexStatusModel, SearchResultsModel, SearchSettingsModel, SnippetSourceEnum } from './models/search.model';
import { SearchService, type SearchHit } from './search.service';

type HitWithThread = SearchHitModel & { threadEntity: SearchHit['thread'] };

function toHit(hit: SearchHit): HitWithThread {
  return Object.assign(new SearchHitModel(), {
    titleHtml: hit.titleHtml,
    snippetHtml: hit.snippetHtml,
    snippetSource: hit.snippetSource as SnippetSourceEnum,
    threadEntity: hit.thread,
  }) as HitWithThread;
}

function toSettings(s: { synonymGroups: string[][]; stopWords: string[]; updatedAt: Date; applied: boolean }): SearchSettingsModel {
  return Object.assign(new SearchSettingsModel(), {
    synonyms: synonymGroups(s.synonymGroups),
    stopWords: s.stopWords,
    updatedAt: s.updatedAt,
    applied: s.applied,
  });
}

/** Search, similar threads for the composer, the composer's deflection events, and search's admin and staff views. */
@Resolver(() => SearchHitModel)
export class SearchResolver {
  constructor(
    private readonly search: SearchService,
    private readonly threads: ThreadsService,
  ) {}

  @Query(() => SearchResultsModel, {
    name: 'search',
    description: 'Threads you may see that match the words (an empty query lists the latest), with facets; SEARCH_UNAVAILABLE while Meilisearch is away',
    complexity: ({ args, childComplexity }) => 20 + Number(args.first ?? 20) * Math.max(childComplexity, 1),
  })
  // One Meilisearch query each: a page of aliases would be a page of searches.
  @Extensions({ maxPerOperation: 2 })
  async searchThreads(
    @Args() args: SearchArgs,
    @CurrentScope() scope: ReadScope,
    @Context() ctx: GqlContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<SearchResultsModel> {
    // Facets and snippets cost Meilisearch the most: only when asked for (the header's instant results need neither).
    const hitFields = selectedFieldNames(info, ['hits']);
    const want = { facets: selectedFieldNames(info).has('facets'), snippets: hitFields.has('snippetHtml') || hitFields.has('snippetSource') };
    const outcome = await this.search.search(scope, args, ctx.loaders, want, scope.userId ?? clientAddress(ctx.req));
    return Object.assign(new SearchResultsModel(), {
      query: outcome.query,
      hits: outcome.hits.map(toHit),
      pageInfo: { hasNextPage: outcome.hasNextPage, hasPreviousPage: outcome.offset > 0, startCursor: null, endCursor: this.search.endCursor(outcome) },
      estimatedTotal: outcome.estimatedTotal,
      processingTimeMs: outcome.processingTimeMs,
      facets: {
        forums: outcome.facets.forums.map((f) => ({ forum: ForumModel.from(f.forum), count: f.count })),
        tags: outcome.facets.tags,
        solved: outcome.facets.solved,
        unsolved: outcome.facets.unsolved,
      },
    });
  }

  @Query(() => [SearchHitModel], {
    description: 'For the composer: existing threads you may see that look like the one being written, best first',
    complexity: ({ args, childComplexity }) => 20 + Number(args.first ?? 5) * Math.max(childComplexity, 1),
  })
  // Up to 36 Meilisearch queries, then up to 36 rechecks: once per operation.
  @Extensions({ maxPerOperation: 1 })
  async similarThreads(@Args() args: SimilarThreadsArgs, @CurrentScope() scope: ReadScope, @Context() ctx: GqlContext): Promise<SearchHitModel[]> {
    return (await this.search.similarThreads(scope, args, ctx.loaders, scope.userId ?? clientAddress(ctx.req))).map(toHit);
  }

  @ResolveField(() => ThreadModel)
  thread(hit: HitWithThread, _args: NoArgs, ctx: GqlContext): Promise<ThreadModel> {
    return this.threads.toModel(hit.threadEntity, ctx.loaders);
  }

  @Query(() => SearchIndexStatusModel, { description: 'Staff: how far search is behind the database', complexity: 5 })
  searchIndexStatus(@CurrentViewer() viewer: Viewer) {
    return this.search.indexStatus(viewer);
  }

  @Query(() => SearchSettingsModel, { description: 'Admins: the synonyms and stop words search uses', complexity: 2 })
  async searchSettings(@CurrentViewer() viewer: Viewer) {
    return toSettings(await this.search.adminSettings(viewer));
  }

  @Mutation(() => SearchSettingsModel, {
    description: 'Admins: replace the synonyms and stop words (applied to the index at once, or when Meilisearch is back)',
  })
  async updateSearchSettings(@CurrentViewer() viewer: Viewer, @Args('input') input: SearchSettingsInput) {
    return toSettings(await this.search.updateAdminSettings(viewer, input));
  }

  @Mutation(() => Boolean, {
    description: 'Signed in: record what similar-thread suggestions did in a composer session (false: the session has recorded its maximum)',
  })
  @Extensions({ maxPerOperation: 5 })
  recordComposerEvent(
    @CurrentViewer() viewer: Viewer,
    @CurrentScope() scope: ReadScope,
    @Args('input') input: ComposerEventInput,
    @Context() ctx: GqlContext,
  ): Promise<boolean> {
    return this.search.recordComposerEvent(viewer, input, scope, ctx.loaders);
  }
}
