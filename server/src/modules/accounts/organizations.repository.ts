import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource } from 'typeorm';
import { OrganizationEntity, type Plan } from './entities/organization.entity';

/** The SQL of `organizations`. */
@Injectable()
export class OrganizationsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async listByName(): Promise<OrganizationEntity[]> {
    return this.db.getRepository(OrganizationEntity).find({ order: { name: 'ASC' } });
  }

  async findById(id: string): Promise<OrganizationEntity | null> {
    return this.db.getRepository(OrganizationEntity).findOneBy({ id });
  }

  async findByIds(ids: readonly string[]): Promise<OrganizationEntity[]> {
    return this.db.getRepository(OrganizationEntity).findBy({ id: In([...ids]) });
  }

  async exists(id: string): Promise<boolean> {
    return this.db.getRepository(OrganizationEntity).existsBy({ id });
  }

  async insert(organization: { name: string; plan: Plan; accountManagerId: string | null }): Promise<OrganizationEntity> {
    const repo = this.db.getRepository(OrganizationEntity);
    return repo.save(repo.create(organization));
  }

  /** Writes the organization's changed fields back. */
  async save(organization: OrganizationEntity): Promise<OrganizationEntity> {
    return this.db.getRepository(OrganizationEntity).save(organization);
  }
}
