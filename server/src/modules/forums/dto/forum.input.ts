import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { SLUG_PATTERN } from '@threadline/shared';

const COLOR_PATTERN = /^#[0-9a-fA-F]{6}$/;
const COLOR_MESSAGE = 'Use a color like #2563eb';
import { OmitOrGive } from '../../../platform/errors/validation';

@InputType()
export class CreateForumInput {
  // Lengths and visible text are checked on the normalised name by forum-rules (forumInputProblem); this only bounds the request.
  @Field()
  @IsString()
  @MaxLength(1000, { message: 'Name must be at most 80 characters' })
  name: string;

  @Field({ nullable: true, description: 'Defaults to one made from the name' })
  @IsOptional()
  @Matches(SLUG_PATTERN, { message: 'Use lowercase letters, digits and dashes' })
  @MaxLength(60)
  slug?: string;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(5000, { message: 'Description must be at most 1000 characters' })
  description: string = '';

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  productArea?: string | null;

  @Field(() => String, { nullable: true, description: 'A color as #rrggbb (left out or null: none)' })
  @IsOptional()
  @Matches(COLOR_PATTERN, { message: COLOR_MESSAGE })
  color?: string | null;

  @Field(() => ID, { nullable: true, description: 'The user group this forum is private to (left out or null: public)' })
  @IsOptional()
  @IsUUID('all', { message: 'Not a group id' })
  groupId?: string | null;
}

@InputType()
export class UpdateForumInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Not a forum id' })
  id: string;

  @Field({ nullable: true, description: 'Left out: unchanged (null is refused)' })
  @OmitOrGive()
  @IsString()
  @MaxLength(1000, { message: 'Name must be at most 80 characters' })
  name?: string;

  @Field({ nullable: true, description: 'Left out: unchanged (null is refused)' })
  @OmitOrGive()
  @IsString()
  @Matches(SLUG_PATTERN, { message: 'Use lowercase letters, digits and dashes' })
  @MaxLength(60)
  slug?: string;

  @Field({ nullable: true, description: 'Left out: unchanged (null is refused)' })
  @OmitOrGive()
  @IsString()
  @MaxLength(5000, { message: 'Description must be at most 1000 characters' })
  description?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  productArea?: string | null;

  @Field(() => Int, { nullable: true, description: 'Left out: unchanged (null is refused); must be free, reorderForums moves forums around' })
  @OmitOrGive()
  @IsInt()
  position?: number;

  @Field(() => String, { nullable: true, description: 'Left out: unchanged; null: no color; else #rrggbb' })
  @IsOptional()
  @Matches(COLOR_PATTERN, { message: COLOR_MESSAGE })
  color?: string | null;

  @Field(() => ID, { nullable: true, description: 'Left out: unchanged; null: public; an id: private to that user group' })
  @IsOptional()
  @IsUUID('all', { message: 'Not a group id' })
  groupId?: string | null;
}
