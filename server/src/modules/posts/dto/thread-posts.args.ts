import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsBase64, IsInt, IsOptional, MaxLength, Min } from 'class-validator';
import { ConnectionArgs } from '../../../platform/graphql/connection';

/** `Thread.posts`: pages after a cursor (as every connection), and for deep links before a cursor or around a post number. */
@ArgsType()
export class ThreadPostsArgs extends ConnectionArgs {
  @Field(() => String, { nullable: true, description: 'Cursor of the first item of the next page: the `first` replies just before it ("load earlier")' })
  @IsOptional()
  @MaxLength(1000, { message: 'Invalid cursor' })
  @IsBase64({ urlSafe: true }, { message: 'Invalid cursor' })
  before?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'The page that holds this post number (a deep link to #post-n): a few replies before it, the rest from it; not with after or before',
  })
  @IsOptional()
  @IsInt({ message: 'A post number is a whole number from 1' })
  @Min(1, { message: 'A post number is a whole number from 1' })
  aroundPostNumber?: number | null;
}
