import { Field, ID, ObjectType } from '@nestjs/graphql';
import { PlanEnum } from './enums';

@ObjectType('Organization')
export class OrganizationModel {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => PlanEnum) plan: PlanEnum;
  @Field() createdAt: Date;
  accountManagerId: string | null;
}
