import { Injectable } from '@nestjs/common';

/** Where a user's group memberships come from: the groups module implements it (accounts never imports groups). */
export interface GroupMembershipSource {
  /** Ids of the groups whose private content this user may read now (read on every request: leaving takes effect at once). */
  groupIdsOf(userId: string): Promise<string[]>;
}

/**
 * The viewer's group ids, for the read scope. Until a module registers a source (the groups module, in its
 * onModuleInit), nobody belongs to any group, so group-private forums are for staff and admins only.
 */
@Injectable()
export class GroupMemberships {
  private source: GroupMembershipSource | null = null;

  use(source: GroupMembershipSource): void {
    if (this.source && this.source !== source) throw new Error('A group membership source is already registered');
    this.source = source;
  }

  async groupIdsOf(userId: string): Promise<string[]> {
    return this.source ? this.source.groupIdsOf(userId) : [];
  }
}
