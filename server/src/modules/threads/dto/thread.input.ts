import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsEnum, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { OmitOrGive } from '../../../platform/errors/validation';
import { ConnectionArgs } from '../../../platform/graphql/connection';
import { LatestTabEnum, ThreadSortEnum } from '../models/enums';

// Lengths are checked by the domain rules (thread-rules.ts) so every path (GraphQL, import, demo) shares them;
// the decorators here only bound what a request may carry.

@InputType()
export class CreateThreadInput {
  @Field(() => ID) @IsUUID('all', { message: 'Not a forum id' }) forumId: string;
  @Field() @IsString() @MaxLength(1000) title: string;
  @Field() @IsString() @MaxLength(60_000) body: string;
  @Field(() => [String], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(200, { each: true, message: 'Tags must be at most 30 characters' })
  tags: string[] = [];
}

@InputType()
export class EditThreadInput {
  @Field(() => ID) @IsUUID('all', { message: 'Not a thread id' }) threadId: string;
  @Field({ nullable: true, description: 'Left out: unchanged (null is refused)' }) @OmitOrGive() @IsString() @MaxLength(1000) title?: string;
  @Field({ nullable: true, description: 'Left out: unchanged (null is refused)' }) @OmitOrGive() @IsString() @MaxLength(60_000) body?: string;
  @Field(() => [String], { nullable: true, description: 'Left out: unchanged (null is refused)' })
  @OmitOrGive()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(200, { each: true, message: 'Tags must be at most 30 characters' })
  tags?: string[];
  @Field({ nullable: true, description: 'Shown in the revision history' }) @IsOptional() @IsString() @MaxLength(500) reason?: string;
}

@InputType()
export class ThreadFilterInput {
  @Field({ nullable: true, description: 'true: solved only; false: unsolved only' }) @IsOptional() @IsBoolean() solved?: boolean;
  @Field({ nullable: true, description: 'true: only threads staff replied to' }) @IsOptional() @IsBoolean() hasStaffAnswer?: boolean;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(100) tag?: string;
}

@ArgsType()
export class ThreadListArgs extends ConnectionArgs {
  @Field(() => ThreadSortEnum, { defaultValue: ThreadSortEnum.LATEST_ACTIVITY })
  @IsEnum(ThreadSortEnum)
  sort: ThreadSortEnum = ThreadSortEnum.LATEST_ACTIVITY;

  @Field(() => ThreadFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ThreadFilterInput)
  filter?: ThreadFilterInput;
}

@ArgsType()
export class LatestThreadsArgs extends ConnectionArgs {
  @Field(() => LatestTabEnum, { defaultValue: LatestTabEnum.LATEST })
  @IsEnum(LatestTabEnum)
  tab: LatestTabEnum = LatestTabEnum.LATEST;
}
