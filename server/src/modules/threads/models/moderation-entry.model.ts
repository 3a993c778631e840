import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('ModerationEntry')
export class ModerationEntryModel {
  @Field(() => ID) id: string;
  @Field() action: string;
  @Field() targetType: string;
  @Field(() => ID) targetId: string;
  @Field() reason: string;
  @Field({ description: 'JSON details (e.g. the forums of a move)' }) details: string;
  @Field() createdAt: Date;
  actorId: string;
}
