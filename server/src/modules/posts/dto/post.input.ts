import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

// Lengths are checked by the domain rules (threads/domain/thread-rules.ts); the decorators only bound a request.

@InputType()
export class ReplyInput {
  @Field(() => ID) @IsUUID('all', { message: 'Not a thread id' }) threadId: string;
  @Field() @IsString() @MaxLength(60_000) body: string;
  @Field(() => ID, { nullable: true, description: 'The post this reply quotes or answers' })
  @IsOptional()
  @IsUUID('all', { message: 'Not a post id' })
  replyToPostId?: string | null;
}

@InputType()
export class EditPostInput {
  @Field(() => ID) @IsUUID('all', { message: 'Not a post id' }) postId: string;
  @Field() @IsString() @MaxLength(60_000) body: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(500) reason?: string;
}
