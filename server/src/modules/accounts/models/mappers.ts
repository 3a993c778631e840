import { badgesFor } from '../domain/roles';
import type { OrganizationEntity } from '../entities/organization.entity';
import type { UserEntity } from '../entities/user.entity';
import type { BadgeEnum, PlanEnum, RoleEnum } from './enums';
import { OrganizationModel } from './organization.model';
import { UserModel } from './user.model';

/** `hasPassword` comes from a query that selected it; imported accounts have none. */
export function toUserModel(user: UserEntity & { hasPassword?: boolean }): UserModel {
  return Object.assign(new UserModel(), {
    id: user.id,
    displayName: user.displayName,
    handle: user.handle,
    email: user.email,
    roles: user.roles as RoleEnum[],
    badges: badgesFor(user.roles) as BadgeEnum[],
    canSignIn: user.hasPassword ?? user.email !== null,
    createdAt: user.createdAt,
    organizationId: user.organizationId,
  });
}

export function toOrganizationModel(org: OrganizationEntity): OrganizationModel {
  return Object.assign(new OrganizationModel(), {
    id: org.id,
    name: org.name,
    plan: org.plan as PlanEnum,
    createdAt: org.createdAt,
    accountManagerId: org.accountManagerId,
  });
}
