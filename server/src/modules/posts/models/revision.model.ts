import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

@ObjectType('DiffPart')
export class DiffPartModel {
  @Field() value: string;
  @Field() added: boolean;
  @Field() removed: boolean;
}

export enum RevisionDiffStatusEnum {
  INITIAL = 'INITIAL',
  COMPARED = 'COMPARED',
  TOO_LARGE = 'TOO_LARGE',
  REDACTED = 'REDACTED',
}
registerEnumType(RevisionDiffStatusEnum, {
  name: 'RevisionDiffStatus',
  description:
    'INITIAL: the first version; COMPARED: bodyDiff holds the changes; TOO_LARGE: too large to compare; REDACTED: this or the previous version was redacted',
});

/** Policy: a revision is read by anyone who may see its post (reached only through Post.revisions); cost 1 per field. */
@ObjectType('PostRevision', { description: 'One version of a post. Who: anyone who may see the post; its text is gone once redacted' })
export class PostRevisionModel {
  @Field(() => Int) revision: number;
  @Field() createdAt: Date;
  @Field(() => String, { nullable: true, description: 'Null when redacted' }) title: string | null;
  @Field(() => [String], { nullable: true }) tags: string[] | null;
  @Field({ description: 'Empty when redacted' }) bodySource: string;
  @Field(() => String, { nullable: true }) reason: string | null;
  @Field(() => [String], { description: 'What this revision changed: title, tags, body' }) changes: string[];
  @Field(() => [DiffPartModel], { description: 'Line diff of the body against the previous revision, computed when it was saved' })
  bodyDiff: DiffPartModel[];
  @Field(() => RevisionDiffStatusEnum, { description: 'Who: anyone who may see the post. Stored when the version was saved' })
  bodyDiffStatus: RevisionDiffStatusEnum;
  @Field({ description: 'Who: anyone who may see the post. Its text was removed by a moderator or staff (e.g. a pasted secret)' }) redacted: boolean;
  @Field(() => Date, { nullable: true, description: 'Who: anyone who may see the post (who redacted is in the moderation log, for moderators)' })
  redactedAt: Date | null;
  editorId: string;
}
