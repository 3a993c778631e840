import { Field, ObjectType } from '@nestjs/graphql';
import { AcceptKindEnum } from './enums';

@ObjectType('AcceptedAnswer')
export class AcceptedAnswerModel {
  @Field(() => AcceptKindEnum, { description: 'ASKER: accepted by the asker; STAFF: verified by staff' }) kind: AcceptKindEnum;
  @Field() acceptedAt: Date;
  postId: string;
  acceptedById: string;
}
