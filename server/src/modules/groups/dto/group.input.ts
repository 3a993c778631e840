import { Field, ID, InputType } from '@nestjs/graphql';
import { IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { GROUP_LIMITS, SLUG_PATTERN } from '@threadline/shared';
import { OmitOrGive } from '../../../platform/errors/validation';
import { GROUP_KINDS, GROUP_VISIBILITIES, MEMBERSHIP_POLICIES, type GroupKind, type GroupVisibility, type MembershipPolicy } from '../domain/group-rules';
import { GroupKindEnum, GroupVisibilityEnum, MembershipPolicyEnum } from '../models/enums';

const SLUG_MESSAGE = 'Use lowercase letters, digits and dashes';

@InputType()
export class CreateGroupInput {
  // Lengths and visible text are checked on the normalised name by group-rules; this only bounds the request.
  @Field()
  @IsString()
  @MaxLength(1000, { message: `Name must be at most ${GROUP_LIMITS.nameMax} characters` })
  name: string;

  @Field({ nullable: true, description: 'Defaults to one made from the name' })
  @IsOptional()
  @Matches(SLUG_PATTERN, { message: SLUG_MESSAGE })
  @MaxLength(GROUP_LIMITS.slugMax)
  slug?: string;

  @Field({ defaultValue: '', description: 'Markdown, sanitized like posts' })
  @IsString()
  @MaxLength(GROUP_LIMITS.descriptionMax * 2, { message: `Description must be at most ${GROUP_LIMITS.descriptionMax} characters` })
  description: string = '';

  @Field(() => GroupKindEnum) @IsIn(GROUP_KINDS) kind: GroupKind;
  @Field(() => MembershipPolicyEnum) @IsIn(MEMBERSHIP_POLICIES) membershipPolicy: MembershipPolicy;
  @Field(() => GroupVisibilityEnum, { defaultValue: 'LISTED' }) @IsIn(GROUP_VISIBILITIES) visibility: GroupVisibility = 'LISTED';

  @Field({ nullable: true, description: 'The first owner, by @handle (without the @); defaults to you' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  ownerHandle?: string;
}

@InputType()
export class UpdateGroupInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Not a group id' })
  id: string;

  @Field({ nullable: true, description: 'Left out: unchanged (null is refused)' })
  @OmitOrGive()
  @IsString()
  @MaxLength(1000, { message: `Name must be at most ${GROUP_LIMITS.nameMax} characters` })
  name?: string;

  @Field({ nullable: true, description: 'Left out: unchanged (null is refused)' })
  @OmitOrGive()
  @IsString()
  @Matches(SLUG_PATTERN, { message: SLUG_MESSAGE })
  @MaxLength(GROUP_LIMITS.slugMax)
  slug?: string;

  @Field({ nullable: true, description: 'Left out: unchanged (null is refused)' })
  @OmitOrGive()
  @IsString()
  @MaxLength(GROUP_LIMITS.descriptionMax * 2, { message: `Description must be at most ${GROUP_LIMITS.descriptionMax} characters` })
  description?: string;

  @Field(() => GroupKindEnum, { nullable: true }) @OmitOrGive() @IsIn(GROUP_KINDS) kind?: GroupKind;
  @Field(() => MembershipPolicyEnum, { nullable: true }) @OmitOrGive() @IsIn(MEMBERSHIP_POLICIES) membershipPolicy?: MembershipPolicy;
  @Field(() => GroupVisibilityEnum, { nullable: true }) @OmitOrGive() @IsIn(GROUP_VISIBILITIES) visibility?: GroupVisibility;
}
