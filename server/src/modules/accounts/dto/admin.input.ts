import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsEnum, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { OmitOrGive } from '../../../platform/errors/validation';
import { PlanEnum, RoleEnum } from '../models/enums';

@InputType()
export class CreateOrganizationInput {
  @Field()
  @IsString()
  @MinLength(1, { message: 'Enter a name' })
  @MaxLength(120)
  name: string;

  @Field(() => PlanEnum, { defaultValue: PlanEnum.STANDARD })
  @IsEnum(PlanEnum)
  plan: PlanEnum = PlanEnum.STANDARD;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'Not a user id' })
  accountManagerId?: string | null;
}

@InputType()
export class UpdateOrganizationInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Not an organization id' })
  id: string;

  @Field({ nullable: true, description: 'Left out: unchanged (null is refused)' })
  @OmitOrGive()
  @IsString()
  @MinLength(1)
  @MaxLength(1000, { message: 'Name must be at most 120 characters' })
  name?: string;

  @Field(() => PlanEnum, { nullable: true, description: 'Left out: unchanged (null is refused)' })
  @OmitOrGive()
  @IsEnum(PlanEnum)
  plan?: PlanEnum;

  @Field(() => ID, { nullable: true, description: 'A staff user, or null to clear' })
  @IsOptional()
  @IsUUID('all', { message: 'Not a user id' })
  accountManagerId?: string | null;
}

@InputType()
export class SetUserRolesInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Not a user id' })
  userId: string;

  @Field(() => [RoleEnum])
  @ArrayMaxSize(5)
  @IsEnum(RoleEnum, { each: true })
  roles: RoleEnum[];
}

@InputType()
export class AssignOrganizationInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Not a user id' })
  userId: string;

  @Field(() => ID, { nullable: true, description: 'null removes the user from their organization' })
  @IsOptional()
  @IsUUID('all', { message: 'Not an organization id' })
  organizationId?: string | null;
}
