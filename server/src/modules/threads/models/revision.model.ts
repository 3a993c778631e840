import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('DiffPart')
export class DiffPartModel {
  @Field() value: string;
  @Field() added: boolean;
  @Field() removed: boolean;
}

@ObjectType('PostRevision')
export class PostRevisionModel {
  @Field(() => Int) revision: number;
  @Field() createdAt: Date;
  @Field(() => String, { nullable: true }) title: string | null;
  @Field(() => [String], { nullable: true }) tags: string[] | null;
  @Field() bodySource: string;
  @Field(() => String, { nullable: true }) reason: string | null;
  @Field(() => [String], { description: 'What this revision changed: title, tags, body' }) changes: string[];
  @Field(() => [DiffPartModel], { description: 'Line diff of the body against the previous revision' }) bodyDiff: DiffPartModel[];
  editorId: string;
}
