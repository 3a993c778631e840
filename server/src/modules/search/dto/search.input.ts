import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { ComposerEventKindEnum, SearchSortEnum } from '../models/search.model';

export const SEARCH_PAGE_MAX = 50;
export const SIMILAR_MAX = 10;

@InputType()
export class SearchFiltersInput {
  @Field(() => ID, { nullable: true, description: 'Only this forum' })
  @IsOptional()
  @IsUUID('all', { message: 'Unknown forum' })
  forum?: string | null;

  @Field(() => [String], { nullable: true, description: 'Threads carrying every one of these tags (at most 5)' })
  @IsOptional()
  @ArrayMaxSize(5, { message: 'Filter by at most 5 tags' })
  @IsString({ each: true })
  @MaxLength(100, { each: true, message: 'A tag is at most 100 characters' })
  tags?: string[] | null;

  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() solved?: boolean | null;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() hasStaffAnswer?: boolean | null;
}

@ArgsType()
export class SearchArgs {
  @Field({ description: 'Words to find; empty lists the latest threads. Clipped to 200 characters (over 10,000 is refused).' })
  @IsString()
  @MaxLength(10_000, { message: 'A search is at most 10,000 characters (only the first 200 are used)' })
  query: string;

  @Field(() => SearchFiltersInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => SearchFiltersInput)
  filters?: SearchFiltersInput | null;

  @Field(() => SearchSortEnum, { defaultValue: SearchSortEnum.RELEVANCE })
  @IsIn(Object.values(SearchSortEnum))
  sort: SearchSortEnum = SearchSortEnum.RELEVANCE;

  @Field(() => Int, { defaultValue: 20, description: `Hits per page, 1 to ${SEARCH_PAGE_MAX}` })
  @IsInt({ message: `Page size must be a whole number from 1 to ${SEARCH_PAGE_MAX}` })
  @Min(1, { message: `Page size must be a whole number from 1 to ${SEARCH_PAGE_MAX}` })
  @Max(SEARCH_PAGE_MAX, { message: `Page size must be a whole number from 1 to ${SEARCH_PAGE_MAX}` })
  first: number = 20;

  @Field(() => String, { nullable: true, description: 'endCursor of the previous page' })
  @IsOptional()
  @IsString()
  @MaxLength(100, { message: 'Invalid cursor' })
  after?: string | null;
}

@ArgsType()
export class SimilarThreadsArgs {
  @Field({ description: 'The new thread’s title as typed so far (clipped to 200 characters)' })
  @IsString()
  @MaxLength(1000, { message: 'A title is at most 200 characters' })
  title: string;

  @Field(() => String, { nullable: true, description: 'Its body so far (clipped to 4,000 characters)' })
  @IsOptional()
  @IsString()
  @MaxLength(60_000, { message: 'A post is at most 50,000 characters' })
  body?: string | null;

  @Field(() => ID, { nullable: true, description: 'The forum it is being written in (nothing is filtered by it: similar threads anywhere help)' })
  @IsOptional()
  @IsUUID('all', { message: 'Unknown forum' })
  forum?: string | null;

  @Field(() => Int, { defaultValue: 5, description: `1 to ${SIMILAR_MAX}` })
  @IsInt({ message: `Ask for 1 to ${SIMILAR_MAX} threads` })
  @Min(1, { message: `Ask for 1 to ${SIMILAR_MAX} threads` })
  @Max(SIMILAR_MAX, { message: `Ask for 1 to ${SIMILAR_MAX} threads` })
  first: number = 5;
}

@InputType()
export class ComposerEventInput {
  @Field(() => ID, { description: 'A uuid the composer made when the person started writing' })
  @IsUUID('all', { message: 'sessionId must be a uuid' })
  sessionId: string;

  @Field(() => ComposerEventKindEnum)
  @IsIn(Object.values(ComposerEventKindEnum))
  kind: ComposerEventKindEnum;

  @Field(() => ID, { nullable: true, description: 'The forum the thread is being written in' })
  @IsOptional()
  @IsUUID('all', { message: 'Unknown forum' })
  forumId?: string | null;

  @Field(() => [ID], {
    defaultValue: [],
    description: 'SUGGESTIONS_SHOWN: the threads shown; SUGGESTION_OPENED / RESOLVED_BY_SUGGESTION: that thread; POSTED_ANYWAY: the new thread',
  })
  @ArrayMaxSize(10, { message: 'At most 10 threads' })
  @IsUUID('all', { each: true, message: 'Unknown thread' })
  threadIds: string[] = [];
}

@InputType()
export class SynonymGroupInput {
  @Field() @IsString() @MaxLength(50, { message: 'A word is at most 50 characters' }) word: string;
  @Field(() => [String])
  @ArrayMaxSize(20, { message: 'At most 20 synonyms per word' })
  @IsString({ each: true })
  @MaxLength(50, { each: true, message: 'A synonym is at most 50 characters' })
  synonyms: string[];
}

@InputType()
export class SearchSettingsInput {
  @Field(() => [SynonymGroupInput], { description: 'Each word also finds its synonyms (and they find it); replaces the list' })
  @ArrayMaxSize(500, { message: 'At most 500 synonym groups' })
  @ValidateNested({ each: true })
  @Type(() => SynonymGroupInput)
  synonyms: SynonymGroupInput[];

  @Field(() => [String], { description: 'Words search ignores; replaces the list' })
  @ArrayMaxSize(1000, { message: 'At most 1,000 stop words' })
  @IsString({ each: true })
  @MaxLength(50, { each: true, message: 'A stop word is at most 50 characters' })
  stopWords: string[];
}
