import { registerEnumType } from '@nestjs/graphql';

export enum RoleEnum {
  MEMBER = 'MEMBER',
  EXPERT = 'EXPERT',
  STAFF = 'STAFF',
  MODERATOR = 'MODERATOR',
  ADMIN = 'ADMIN',
}
registerEnumType(RoleEnum, { name: 'Role', description: 'What an account may do; a user may hold several' });

export enum BadgeEnum {
  STAFF = 'STAFF',
  MODERATOR = 'MODERATOR',
  EXPERT = 'EXPERT',
}
registerEnumType(BadgeEnum, { name: 'Badge', description: 'Shown on every post, as the author holds it now' });

export enum PlanEnum {
  STANDARD = 'STANDARD',
  ENTERPRISE = 'ENTERPRISE',
}
registerEnumType(PlanEnum, { name: 'Plan' });
