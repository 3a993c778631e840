import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { PostModerationActionEnum, ThreadModerationActionEnum } from '../models/enums';

// Reasons are checked by the domain rules (domain/moderation-rules.ts); the decorators only bound a request.

@InputType()
export class ModerateThreadInput {
  @Field(() => ID) @IsUUID('all', { message: 'Not a thread id' }) threadId: string;
  @Field(() => ThreadModerationActionEnum) @IsEnum(ThreadModerationActionEnum) action: ThreadModerationActionEnum;
  @Field() @IsString() @MaxLength(1000) reason: string;
}

@InputType()
export class MoveThreadInput {
  @Field(() => ID) @IsUUID('all', { message: 'Not a thread id' }) threadId: string;
  @Field(() => ID) @IsUUID('all', { message: 'Not a forum id' }) forumId: string;
  @Field() @IsString() @MaxLength(1000) reason: string;
}

@InputType()
export class ModeratePostInput {
  @Field(() => ID) @IsUUID('all', { message: 'Not a post id' }) postId: string;
  @Field(() => PostModerationActionEnum) @IsEnum(PostModerationActionEnum) action: PostModerationActionEnum;
  @Field() @IsString() @MaxLength(1000) reason: string;
}

@InputType()
export class RedactRevisionInput {
  @Field(() => ID) @IsUUID('all', { message: 'Not a post id' }) postId: string;
  @Field(() => Int, { description: 'An earlier revision: the current text is changed by editing' }) @IsInt() @Min(1) @Max(1_000_000) revision: number;
  @Field({ description: 'Logged in the moderation log; do not repeat the secret here' }) @IsString() @MaxLength(1000) reason: string;
}
