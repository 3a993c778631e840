import { Field, ID, ObjectType } from '@nestjs/graphql';
import { BadgeEnum, type RoleEnum } from './enums';

@ObjectType('User')
export class UserModel {
  @Field(() => ID) id: string;
  @Field() displayName: string;
  @Field({ description: 'Unique @handle used for mentions' }) handle: string;
  /** Resolved by the resolver: visible to the user and staff only. */
  @Field(() => String, { nullable: true, description: 'Only the user and staff see it' })
  email?: string | null;
  /** Resolved by the resolver: full list for the user and staff only. */
  roles: RoleEnum[];
  @Field(() => [BadgeEnum]) badges: BadgeEnum[];
  @Field(() => Boolean, { description: 'False for imported accounts nobody has claimed yet' })
  canSignIn: boolean;
  @Field() createdAt: Date;
  organizationId: string | null;
}
