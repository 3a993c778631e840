import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';

@InputType()
export class CreateForumInput {
  @Field() @IsString() @MinLength(2, { message: 'Name must be at least 2 characters' }) @MaxLength(80, { message: 'Name must be at most 80 characters' })
  name: string;

  @Field({ nullable: true, description: 'Defaults to one made from the name' })
  @IsOptional() @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'Use lowercase letters, digits and dashes' }) @MaxLength(60)
  slug?: string;

  @Field({ defaultValue: '' }) @IsString() @MaxLength(1000, { message: 'Description must be at most 1000 characters' })
  description: string = '';

  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(60)
  productArea?: string | null;
}

@InputType()
export class UpdateForumInput {
  @Field(() => ID) @IsUUID('all', { message: 'Not a forum id' })
  id: string;

  @Field({ nullable: true }) @IsOptional() @IsString() @MinLength(2, { message: 'Name must be at least 2 characters' }) @MaxLength(80)
  name?: string;

  @Field({ nullable: true }) @IsOptional() @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'Use lowercase letters, digits and dashes' }) @MaxLength(60)
  slug?: string;

  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(1000)
  description?: string;

  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(60)
  productArea?: string | null;

  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt()
  position?: number;
}
