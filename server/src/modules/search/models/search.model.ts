import { Field, Float, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PageInfo } from '../../../platform/graphql/connection';
import { ForumModel } from '../../forums/models/forum.model';
import { ThreadModel } from '../../threads/models/thread.model';

export enum SearchSortEnum {
  RELEVANCE = 'RELEVANCE',
  LATEST_ACTIVITY = 'LATEST_ACTIVITY',
  NEWEST = 'NEWEST',
}
registerEnumType(SearchSortEnum, {
  name: 'SearchSort',
  description: 'RELEVANCE: best match first (an empty query lists the latest activity); LATEST_ACTIVITY; NEWEST threads first',
});

export enum SnippetSourceEnum {
  ACCEPTED_ANSWER = 'ACCEPTED_ANSWER',
  OPENING_POST = 'OPENING_POST',
  REPLY = 'REPLY',
}
registerEnumType(SnippetSourceEnum, { name: 'SnippetSource', description: 'Which text a hit’s snippet was cut from' });

export enum ComposerEventKindEnum {
  SUGGESTIONS_SHOWN = 'SUGGESTIONS_SHOWN',
  SUGGESTION_OPENED = 'SUGGESTION_OPENED',
  RESOLVED_BY_SUGGESTION = 'RESOLVED_BY_SUGGESTION',
  POSTED_ANYWAY = 'POSTED_ANYWAY',
}
registerEnumType(ComposerEventKindEnum, { name: 'ComposerEventKind', description: 'What similar-thread suggestions did in one composer session' });

@ObjectType('SearchHit')
export class SearchHitModel {
  @Field(() => ThreadModel) thread: ThreadModel;
  @Field({ description: 'The title as safe HTML: escaped text, matches in <mark>' }) titleHtml: string;
  @Field({ description: 'A short excerpt as safe HTML: escaped text, matches in <mark>' }) snippetHtml: string;
  @Field(() => SnippetSourceEnum) snippetSource: SnippetSourceEnum;
}

@ObjectType('ForumFacet')
export class ForumFacetModel {
  @Field(() => ForumModel) forum: ForumModel;
  @Field(() => Int) count: number;
}

@ObjectType('TagFacet')
export class TagFacetModel {
  @Field() tag: string;
  @Field(() => Int) count: number;
}

@ObjectType('SearchFacets', { description: 'Counts of the matching threads (the filters applied), among those you may see' })
export class SearchFacetsModel {
  @Field(() => [ForumFacetModel]) forums: ForumFacetModel[];
  @Field(() => [TagFacetModel], { description: 'The 20 commonest tags' }) tags: TagFacetModel[];
  @Field(() => Int) solved: number;
  @Field(() => Int) unsolved: number;
}

@ObjectType('SearchResults')
export class SearchResultsModel {
  @Field({ description: 'The query as searched (trimmed, clipped to 200 characters)' }) query: string;
  @Field(() => [SearchHitModel]) hits: SearchHitModel[];
  @Field(() => PageInfo) pageInfo: PageInfo;
  @Field(() => Int, { description: 'Meilisearch’s estimate of all matches (at most 1,000 can be paged through)' }) estimatedTotal: number;
  @Field(() => Int) processingTimeMs: number;
  @Field(() => SearchFacetsModel) facets: SearchFacetsModel;
}

@ObjectType('SearchIndexStatus', { description: 'How far search is behind the database' })
export class SearchIndexStatusModel {
  @Field({ description: 'Meilisearch answered the search worker’s last call' }) available: boolean;
  @Field(() => Int, { description: 'Changes written but not yet in the index' }) pendingEvents: number;
  @Field(() => Float, { description: 'Age of the oldest pending change, in seconds (0 when none)' }) lagSeconds: number;
  @Field(() => Int, { nullable: true, description: 'p95, over the latest changes this server applied, of the time from write to searchable' })
  appliedLagP95Ms: number | null;
  @Field(() => Date, { nullable: true }) lastAppliedAt: Date | null;
  @Field(() => Int, { nullable: true, description: 'Documents in the index (null while Meilisearch is away)' }) documents: number | null;
  @Field(() => String, { nullable: true }) lastError: string | null;
}

@ObjectType('SynonymGroup')
export class SynonymGroupModel {
  @Field() word: string;
  @Field(() => [String]) synonyms: string[];
}

@ObjectType('SearchSettings', { description: 'What admins tune in search: synonyms and stop words' })
export class SearchSettingsModel {
  @Field(() => [SynonymGroupModel]) synonyms: SynonymGroupModel[];
  @Field(() => [String]) stopWords: string[];
  @Field() updatedAt: Date;
  @Field({ description: 'Meilisearch has them (false: saved, and applied when Meilisearch is back)' }) applied: boolean;
}
