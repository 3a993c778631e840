import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { labelProblem, normalizeLabel } from '@threadline/shared';
import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError } from '../../platform/errors/domain-error';
import { byKeys, loaderKey, type LoaderRegistry } from '../../platform/graphql/loaders';
import { LastAdminError } from './accounts.exception';
import { isUniqueViolation } from '../../platform/database/pg-errors';
import { normalizeRoles, type Role } from './domain/roles';
import { canManageAccounts, isStaff, type Viewer } from './domain/viewer';
import type { OrganizationEntity, Plan } from './entities/organization.entity';
import type { UserEntity } from './entities/user.entity';
import { OrganizationsRepository } from './organizations.repository';
import { UsersRepository } from './users.repository';

const ORGANIZATION_BY_ID = loaderKey<string, OrganizationEntity | null>('accounts.organizationById');

/** Organization names are labels (shared rules), 1–120 characters as the table's CHECK says. */
function organizationName(raw: string): string {
  const problem = labelProblem(raw, { what: 'Name', min: 1, max: 120 });
  if (problem) throw new BadUserInputError('name', problem);
  return normalizeLabel(raw);
}

@Injectable()
export class OrganizationsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly organizations: OrganizationsRepository,
    private readonly users: UsersRepository,
  ) {}

  private assertAdmin(viewer: Viewer) {
    if (!canManageAccounts(viewer)) throw new ForbiddenError('Only admins manage organizations and roles');
  }

  async list(viewer: Viewer): Promise<OrganizationEntity[]> {
    if (!isStaff(viewer)) throw new ForbiddenError('Only staff see all organizations');
    return this.organizations.listByName();
  }

  async create(viewer: Viewer, input: { name: string; plan: Plan; accountManagerId?: string | null }): Promise<OrganizationEntity> {
    this.assertAdmin(viewer);
    const name = organizationName(input.name);
    if (input.accountManagerId) await this.assertStaffUser(input.accountManagerId);
    try {
      return await this.organizations.insert({ name, plan: input.plan, accountManagerId: input.accountManagerId ?? null });
    } catch (err) {
      if (isUniqueViolation(err, 'organizations_name_key')) throw new ConflictError('An organization with this name exists', 'name');
      throw err;
    }
  }

  async update(viewer: Viewer, input: { id: string; name?: string; plan?: Plan; accountManagerId?: string | null }): Promise<OrganizationEntity> {
    this.assertAdmin(viewer);
    const org = await this.organizations.findById(input.id);
    if (!org) throw new NotFoundError('Organization');
    if (input.name !== undefined) org.name = organizationName(input.name);
    if (input.plan) org.plan = input.plan;
    if (input.accountManagerId !== undefined) {
      if (input.accountManagerId) await this.assertStaffUser(input.accountManagerId);
      org.accountManagerId = input.accountManagerId;
    }
    try {
      return await this.organizations.save(org);
    } catch (err) {
      if (isUniqueViolation(err, 'organizations_name_key')) throw new ConflictError('An organization with this name exists', 'name');
      throw err;
    }
  }

  async assignUser(viewer: Viewer, userId: string, organizationId: string | null): Promise<UserEntity> {
    this.assertAdmin(viewer);
    if (organizationId && !(await this.organizations.exists(organizationId))) {
      throw new BadUserInputError('organizationId', 'No such organization');
    }
    if (!(await this.users.updateOrganization(userId, organizationId))) throw new NotFoundError('User');
    return this.users.getExistingById(userId);
  }

  async setRoles(viewer: Viewer, userId: string, roles: Role[]): Promise<UserEntity> {
    this.assertAdmin(viewer);
    const next = normalizeRoles(roles);
    return this.db.transaction(async (tx) => {
      // Lock admins so two concurrent demotions cannot leave the instance without one.
      const adminIds = await this.users.lockAdminIds(tx);
      const user = await this.users.findById(userId, tx);
      if (!user) throw new NotFoundError('User');
      if (!next.includes('ADMIN') && adminIds.length === 1 && adminIds[0] === userId) throw new LastAdminError();
      await this.users.updateRoles(userId, next, tx);
      return { ...user, roles: next };
    });
  }

  organizationLoader(loaders: LoaderRegistry) {
    return loaders.get(ORGANIZATION_BY_ID, async (ids) => {
      const rows = await this.organizations.findByIds(ids);
      return byKeys(ids, rows, (o) => o.id);
    });
  }

  private async assertStaffUser(userId: string) {
    const user = await this.users.findById(userId);
    if (!user || !(user.roles.includes('STAFF') || user.roles.includes('ADMIN'))) {
      throw new BadUserInputError('accountManagerId', 'The account manager must be a staff user');
    }
  }
}
