import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { slugify } from '@threadline/shared';
import { isUniqueViolation } from '../../platform/database/pg-errors';
import { isUuid } from '../../platform/database/uuid';
import { BadUserInputError, NotFoundError, UnauthenticatedError } from '../../platform/errors/domain-error';
import { decodeTypedCursor, toConnection, type ConnectionShape } from '../../platform/graphql/connection';
import { byKeys, groupByKeys, loaderKey, type LoaderRegistry } from '../../platform/graphql/loaders';
import { AccountsService } from '../accounts/accounts.service';
import { isSignedIn, type Viewer } from '../accounts/domain/viewer';
import { GroupMemberships } from '../accounts/group-memberships.service';
import { ContentWorkers } from '../content/content-workers.service';
import { canSeeGroup, readScopeOf, type ReadScope } from '../forums/domain/read-scope';
import { NotificationsService } from '../notifications/notifications.service';
import {
  canCreateGroups,
  canManageGroup,
  canSeeMembers,
  canShowFlair,
  groupInputProblem,
  invitationExpiry,
  invitationState,
  joinOutcome,
  keepsAnOwner,
  messageProblem,
  NO_RELATION,
  normalizeGroupName,
  normalizeMessage,
  requestOutcome,
  type GroupKind,
  type GroupRelation,
  type GroupRole,
  type GroupVisibility,
  type MembershipPolicy,
} from './domain/group-rules';
import {
  AlreadyAnsweredError,
  GroupCreatorsOnlyError,
  GroupManagersOnlyError,
  GroupNameTakenError,
  GroupNotFoundError,
  InvitationExpiredError,
  InviteOnlyGroupError,
  LastOwnerError,
  RequestRequiredError,
} from './groups.errors';
import { GroupsRepository, type FlairRow, type GroupRow, type InvitationRow, type JoinRequestRow, type MemberRow, type NewGroup } from './groups.repository';

const GROUP_BY_ID = loaderKey<string, GroupRow | null>('groups.byId');
const RELATION = loaderKey<string, GroupRelation>('groups.viewerRelation');
const MEMBER_COUNT = loaderKey<string, number>('groups.memberCount');
const OWNERS = loaderKey<string, MemberRow[]>('groups.owners');
const FLAIR = loaderKey<string, FlairRow | null>('groups.flair');
const INVITATION_BY_ID = loaderKey<string, InvitationRow | null>('groups.invitationById');
const VIEWER_REQUEST = loaderKey<string, JoinRequestRow | null>('groups.viewerRequest');
const VIEWER_INVITATION = loaderKey<string, InvitationRow | null>('groups.viewerInvitation');

/** How many pending invitations a group page lists, and how many open invitations a member is shown. */
export const INVITATIONS_LISTED_MAX = 100;
/** How many owners a group shows (the member list has them all). */
export const OWNERS_LISTED_MAX = 20;
/** At most this many words of a directory search are used. */
const SEARCH_WORDS_MAX = 8;

export interface GroupInput {
  name?: string;
  slug?: string;
  description?: string;
  kind?: GroupKind;
  membershipPolicy?: MembershipPolicy;
  visibility?: GroupVisibility;
}

/** A group with where the viewer stands, as read in the request. */
export interface SeenGroup {
  group: GroupRow;
  relation: GroupRelation;
}

/**
 * User groups: the directory, membership by policy (open, request, invite), owners' work, flair. Membership changes
 * of one group take its row lock, so "at least one owner" and "one open request" hold under concurrent calls. The
 * read scope's group ids come from here (onModuleInit registers this service with accounts' GroupMemberships).
 */
@Injectable()
export class GroupsService implements OnModuleInit {
  constructor(
    // Only for opening transactions: every statement is the repository's.
    @InjectDataSource() private readonly db: DataSource,
    private readonly groups: GroupsRepository,
    private readonly accounts: AccountsService,
    private readonly memberships: GroupMemberships,
    private readonly workers: ContentWorkers,
    private readonly notifications: NotificationsService,
  ) {}

  onModuleInit() {
    // Read on every request, so leaving or being removed takes effect on the very next one.
    this.memberships.use({ groupIdsOf: (userId) => this.groups.groupIdsOf(userId) });
  }

  // ── reading ────────────────────────────────────────────────────────────────────────────────────────────────────

  /** A group the viewer may see, by id or slug; NOT_FOUND otherwise (hidden groups do not exist for outsiders). */
  async getVisible(viewer: Viewer, by: { id?: string; slug?: string }): Promise<SeenGroup> {
    const group = by.id ? (isUuid(by.id) ? await this.groups.findById(by.id) : null) : by.slug ? await this.groups.findBySlug(by.slug) : null;
    if (!group) throw new GroupNotFoundError();
    const relation = await this.relationOf(viewer, group.id);
    if (!canSeeGroup(readScopeOf(viewer), group, relation.invited)) throw new GroupNotFoundError();
    return { group, relation };
  }

  async list(
    scope: ReadScope,
    filter: { kind?: GroupKind | null; query?: string | null; mine: boolean },
    first: number,
    after?: string | null,
  ): Promise<ConnectionShape<GroupRow>> {
    if (filter.mine && !scope.userId) throw new UnauthenticatedError('Sign in to see your groups');
    const cursor = after ? (decodeTypedCursor(after, ['text', 'uuid']) as [string, string]) : null;
    const words = (filter.query ?? '').normalize('NFC').split(/\s+/).filter(Boolean).slice(0, SEARCH_WORDS_MAX);
    const rows = await this.groups.list(scope, { kind: filter.kind, words, memberId: filter.mine ? scope.userId : null }, first, cursor);
    return toConnection(
      rows,
      first,
      (g) => [g.name.toLowerCase(), g.id],
      (g) => g,
      !!cursor,
    );
  }

  groupLoader(loaders: LoaderRegistry) {
    return loaders.get(GROUP_BY_ID, async (ids) => byKeys(ids, await this.groups.findByIds(ids), (g) => g.id));
  }

  /** Where the viewer stands with a group, batched per request. */
  relationLoader(loaders: LoaderRegistry, viewer: Viewer) {
    return loaders.get(RELATION, async (ids) => {
      if (!isSignedIn(viewer)) return ids.map(() => NO_RELATION);
      return byKeys(ids, await this.groups.relations(ids, viewer.userId), (r) => r.groupId, { ...NO_RELATION, groupId: '' }) as GroupRelation[];
    });
  }

  memberCountLoader(loaders: LoaderRegistry) {
    return loaders.get(MEMBER_COUNT, async (ids) => {
      const counts = await this.groups.memberCounts(ids);
      return byKeys(ids, counts, (c) => c.groupId).map((c) => c?.count ?? 0);
    });
  }

  ownersLoader(loaders: LoaderRegistry) {
    return loaders.get(OWNERS, async (ids) => groupByKeys(ids, await this.groups.owners(ids, OWNERS_LISTED_MAX), (m) => m.groupId));
  }

  flairLoader(loaders: LoaderRegistry) {
    return loaders.getShared(FLAIR, async (userIds) => byKeys(userIds, await this.groups.flairs(userIds), (f) => f.userId));
  }

  invitationLoader(loaders: LoaderRegistry) {
    return loaders.get(INVITATION_BY_ID, async (ids) => byKeys(ids, await this.groups.findInvitations(ids), (i) => i.id));
  }

  /** Members, owners first; for members of the group, staff and admins. */
  async members(viewer: Viewer, seen: SeenGroup, first: number, after?: string | null): Promise<ConnectionShape<MemberRow>> {
    if (!canSeeMembers(viewer, seen.relation)) throw new GroupManagersOnlyError();
    const cursor = after ? (decodeTypedCursor(after, ['int', 'timestamptz', 'uuid']) as [string, string, string]) : null;
    const rows = await this.groups.members(seen.group.id, first, cursor);
    return toConnection(
      rows,
      first,
      (m) => [m.role === 'OWNER' ? 0 : 1, m.joinedAt.toISOString(), m.userId],
      (m) => m,
      !!cursor,
    );
  }

  async pendingRequests(viewer: Viewer, seen: SeenGroup, first: number, after?: string | null): Promise<ConnectionShape<JoinRequestRow>> {
    if (!canManageGroup(viewer, seen.relation)) throw new GroupManagersOnlyError();
    const cursor = after ? (decodeTypedCursor(after, ['timestamptz', 'uuid']) as [string, string]) : null;
    const rows = await this.groups.pendingRequests(seen.group.id, first, cursor);
    return toConnection(
      rows,
      first,
      (r) => [r.createdAt.toISOString(), r.id],
      (r) => r,
      !!cursor,
    );
  }

  async pendingInvitations(viewer: Viewer, seen: SeenGroup): Promise<InvitationRow[]> {
    if (!canManageGroup(viewer, seen.relation)) throw new GroupManagersOnlyError();
    return this.groups.pendingInvitationsOfGroup(seen.group.id, INVITATIONS_LISTED_MAX);
  }

  /** The viewer's own pending request to a group, if any (batched over the request's groups). */
  async viewerRequest(viewer: Viewer, groupId: string, loaders: LoaderRegistry): Promise<JoinRequestRow | null> {
    if (!isSignedIn(viewer)) return null;
    const loader = loaders.get(VIEWER_REQUEST, async (ids) => byKeys(ids, await this.groups.pendingRequestsOfUser(ids, viewer.userId), (r) => r.groupId));
    return loader.load(groupId);
  }

  /** The viewer's own pending invitation to a group, if any (expired ones too, so the page can say so). */
  async viewerInvitation(viewer: Viewer, groupId: string, loaders: LoaderRegistry): Promise<InvitationRow | null> {
    if (!isSignedIn(viewer)) return null;
    const loader = loaders.get(VIEWER_INVITATION, async (ids) => byKeys(ids, await this.groups.pendingInvitationsOfUser(ids, viewer.userId), (i) => i.groupId));
    return loader.load(groupId);
  }

  /** The viewer's open (pending, unexpired) invitations. */
  async myInvitations(viewer: Viewer): Promise<InvitationRow[]> {
    if (!isSignedIn(viewer)) throw new UnauthenticatedError('Sign in to see your invitations');
    return this.groups.openInvitationsOfUser(viewer.userId, INVITATIONS_LISTED_MAX);
  }

  // ── creating and editing ───────────────────────────────────────────────────────────────────────────────────────

  async create(
    viewer: Viewer,
    input: Required<Pick<GroupInput, 'name' | 'kind' | 'membershipPolicy' | 'visibility'>> & GroupInput & { ownerHandle?: string | null },
  ): Promise<GroupRow> {
    if (!isSignedIn(viewer)) throw new UnauthenticatedError();
    if (!canCreateGroups(viewer)) throw new GroupCreatorsOnlyError();
    assertGroupInput(input);
    const name = normalizeGroupName(input.name);
    const slug = input.slug ?? slugify(name);
    if (!slug) throw new BadUserInputError('slug', 'Choose a slug with letters or digits');
    let ownerId = viewer.userId;
    if (input.ownerHandle) {
      const owner = (await this.accounts.existingHandles([input.ownerHandle.replace(/^@/, '').toLowerCase()])).values().next().value;
      if (!owner) throw new BadUserInputError('ownerHandle', `No member has the handle @${input.ownerHandle.replace(/^@/, '')}`);
      ownerId = owner;
    }
    const description = (input.description ?? '').trim();
    const descriptionHtml = await this.render(description);
    const values: NewGroup = {
      name,
      slug,
      descriptionSource: description,
      descriptionHtml,
      kind: input.kind,
      membershipPolicy: input.membershipPolicy,
      visibility: input.visibility,
      createdBy: viewer.userId,
    };
    const id = await this.unique(() =>
      this.db.transaction(async (tx) => {
        const groupId = await this.groups.insert(values, tx);
        await this.groups.addMember(groupId, ownerId, 'OWNER', tx);
        return groupId;
      }),
    );
    return (await this.groups.findById(id))!;
  }

  async update(viewer: Viewer, id: string, input: GroupInput): Promise<GroupRow> {
    const seen = await this.getVisible(viewer, { id });
    if (!canManageGroup(viewer, seen.relation)) throw new GroupManagersOnlyError();
    assertGroupInput(input);
    const values: Partial<Omit<NewGroup, 'createdBy'>> = {
      slug: input.slug,
      kind: input.kind,
      membershipPolicy: input.membershipPolicy,
      visibility: input.visibility,
    };
    if (input.name !== undefined) values.name = normalizeGroupName(input.name);
    if (input.description !== undefined) {
      values.descriptionSource = input.description.trim();
      values.descriptionHtml = await this.render(values.descriptionSource);
    }
    await this.unique(() => this.db.transaction((tx) => this.groups.update(id, values, tx)));
    return (await this.groups.findById(id))!;
  }

  // ── joining ────────────────────────────────────────────────────────────────────────────────────────────────────

  /** Joins an OPEN group, or accepts the viewer's pending invitation. Joining again changes nothing. */
  async join(viewer: Viewer, groupId: string): Promise<GroupRow> {
    if (!isSignedIn(viewer)) throw new UnauthenticatedError('Sign in to join a group');
    return this.db.transaction(async (tx) => {
      const { group, relation } = await this.lockVisible(viewer, groupId, tx);
      const outcome = joinOutcome(viewer, group, relation);
      if (outcome === 'request-required') throw new RequestRequiredError();
      if (outcome === 'invite-only') throw new InviteOnlyGroupError();
      if (outcome === 'invitation-expired') throw new InvitationExpiredError((await this.groups.pendingInvitation(group.id, viewer.userId, tx))!.expiresAt);
      if (outcome === 'join') await this.groups.addMember(group.id, viewer.userId, 'MEMBER', tx);
      if (outcome === 'accept-invitation') await this.acceptInvitation((await this.groups.pendingInvitation(group.id, viewer.userId, tx))!, tx);
      return group;
    });
  }

  /** Asks to join a REQUEST group (an OPEN one is simply joined). A repeated request returns the open one. */
  async requestToJoin(viewer: Viewer, groupId: string, message: string): Promise<GroupRow> {
    if (!isSignedIn(viewer)) throw new UnauthenticatedError('Sign in to ask to join a group');
    const problem = messageProblem(message);
    if (problem) throw new BadUserInputError('message', problem);
    return this.db.transaction(async (tx) => {
      const { group, relation } = await this.lockVisible(viewer, groupId, tx);
      const outcome = requestOutcome(viewer, group, relation);
      if (outcome === 'invite-only') throw new InviteOnlyGroupError();
      if (outcome === 'invitation-expired') throw new InvitationExpiredError((await this.groups.pendingInvitation(group.id, viewer.userId, tx))!.expiresAt);
      if (outcome === 'join') await this.groups.addMember(group.id, viewer.userId, 'MEMBER', tx);
      if (outcome === 'accept-invitation') await this.acceptInvitation((await this.groups.pendingInvitation(group.id, viewer.userId, tx))!, tx);
      if (outcome === 'request') {
        const { request, created } = await this.groups.openRequest(group.id, viewer.userId, normalizeMessage(message), tx);
        if (created) {
          const owners = await this.groups.ownerIds(group.id, tx);
          await this.notifications.notify(
            owners.map((ownerId) => ({
              recipientId: ownerId,
              kind: 'GROUP_JOIN_REQUESTED',
              actorId: viewer.userId,
              groupId: group.id,
              joinRequestId: request.id,
              message: request.message,
            })),
            tx,
          );
        }
      }
      return group;
    });
  }

  /** Withdraws the viewer's pending request (none pending: nothing to do). */
  async cancelRequest(viewer: Viewer, groupId: string): Promise<GroupRow> {
    if (!isSignedIn(viewer)) throw new UnauthenticatedError();
    return this.db.transaction(async (tx) => {
      const { group } = await this.lockVisible(viewer, groupId, tx);
      const pending = await this.groups.pendingRequest(group.id, viewer.userId, tx);
      if (pending) {
        await this.groups.closeRequest(pending.id, 'CANCELLED', viewer.userId, '', tx);
        await this.notifications.forgetJoinRequest(pending.id, tx);
      }
      return group;
    });
  }

  /** An owner approves (the requester becomes a member) or denies a pending request, with an optional message. */
  async decideRequest(viewer: Viewer, requestId: string, approve: boolean, message: string): Promise<JoinRequestRow> {
    if (!isSignedIn(viewer)) throw new UnauthenticatedError();
    const problem = messageProblem(message);
    if (problem) throw new BadUserInputError('message', problem);
    const found = await this.groups.findRequest(requestId);
    if (!found) throw new NotFoundError('Join request');
    return this.db.transaction(async (tx) => {
      const { group, relation } = await this.lockVisible(viewer, found.groupId, tx, () => new NotFoundError('Join request'));
      if (!canManageGroup(viewer, relation)) throw new GroupManagersOnlyError();
      const closed = await this.groups.closeRequest(found.id, approve ? 'APPROVED' : 'DENIED', viewer.userId, normalizeMessage(message), tx);
      if (!closed) throw new AlreadyAnsweredError('request');
      if (approve) await this.groups.addMember(group.id, closed.userId, 'MEMBER', tx);
      await this.notifications.notify(
        [
          {
            recipientId: closed.userId,
            kind: approve ? 'GROUP_REQUEST_APPROVED' : 'GROUP_REQUEST_DENIED',
            actorId: viewer.userId,
            groupId: group.id,
            joinRequestId: closed.id,
            message: closed.decisionMessage,
          },
        ],
        tx,
      );
      return closed;
    });
  }

  // ── invitations ────────────────────────────────────────────────────────────────────────────────────────────────

  /** An owner invites a member by @handle; inviting again renews the invitation for another 14 days. */
  async invite(viewer: Viewer, groupId: string, handle: string): Promise<InvitationRow> {
    if (!isSignedIn(viewer)) throw new UnauthenticatedError();
    const bare = handle.trim().replace(/^@/, '').toLowerCase();
    return this.db.transaction(async (tx) => {
      const { group, relation } = await this.lockVisible(viewer, groupId, tx);
      if (!canManageGroup(viewer, relation)) throw new GroupManagersOnlyError();
      const invitee = bare ? (await this.accounts.existingHandles([bare])).get(bare) : undefined;
      if (!invitee) throw new BadUserInputError('handle', bare ? `No member has the handle @${bare}` : 'Enter the @handle of the person to invite');
      if (await this.groups.membership(group.id, invitee, tx)) throw new BadUserInputError('handle', `@${bare} is already a member of this group`);
      const { invitation } = await this.groups.invite(group.id, invitee, viewer.userId, invitationExpiry(new Date()), tx);
      await this.notifications.notify(
        [{ recipientId: invitee, kind: 'GROUP_INVITATION', actorId: viewer.userId, groupId: group.id, invitationId: invitation.id }],
        tx,
      );
      return invitation;
    });
  }

  async revokeInvitation(viewer: Viewer, invitationId: string): Promise<InvitationRow> {
    if (!isSignedIn(viewer)) throw new UnauthenticatedError();
    const found = await this.groups.findInvitation(invitationId);
    if (!found) throw new NotFoundError('Invitation');
    return this.db.transaction(async (tx) => {
      const { relation } = await this.lockVisible(viewer, found.groupId, tx, () => new NotFoundError('Invitation'));
      if (!canManageGroup(viewer, relation)) throw new GroupManagersOnlyError();
      const closed = await this.groups.closeInvitation(found.id, 'REVOKED', tx);
      if (!closed) throw new AlreadyAnsweredError('invitation');
      return closed;
    });
  }

  /** The invitee accepts (becomes a member) or declines. Someone else's invitation is NOT_FOUND. */
  async respondToInvitation(viewer: Viewer, invitationId: string, accept: boolean): Promise<InvitationRow> {
    if (!isSignedIn(viewer)) throw new UnauthenticatedError();
    const found = await this.groups.findInvitation(invitationId);
    if (!found || found.userId !== viewer.userId) throw new NotFoundError('Invitation');
    return this.db.transaction(async (tx) => {
      await this.groups.lock(found.groupId, tx);
      const current = (await this.groups.findInvitation(found.id, tx))!;
      const state = invitationState(current.status, current.expiresAt, new Date());
      if (state === 'EXPIRED') throw new InvitationExpiredError(current.expiresAt);
      if (state !== 'PENDING') throw new AlreadyAnsweredError('invitation');
      if (accept) return this.acceptInvitation(current, tx);
      return (await this.groups.closeInvitation(current.id, 'DECLINED', tx))!;
    });
  }

  private async acceptInvitation(invitation: InvitationRow, tx: EntityManager): Promise<InvitationRow> {
    const closed = (await this.groups.closeInvitation(invitation.id, 'ACCEPTED', tx))!;
    await this.groups.addMember(invitation.groupId, invitation.userId, 'MEMBER', tx);
    // A request they had open is answered by the invitation.
    const pending = await this.groups.pendingRequest(invitation.groupId, invitation.userId, tx);
    if (pending) await this.groups.closeRequest(pending.id, 'APPROVED', invitation.invitedBy ?? invitation.userId, '', tx);
    return closed;
  }

  // ── members and owners ─────────────────────────────────────────────────────────────────────────────────────────

  /** Leaves a group; true when the viewer was a member. The last owner must hand ownership over first. */
  async leave(viewer: Viewer, groupId: string): Promise<boolean> {
    if (!isSignedIn(viewer)) throw new UnauthenticatedError();
    return this.db.transaction(async (tx) => {
      const { group } = await this.lockVisible(viewer, groupId, tx);
      const membership = await this.groups.membership(group.id, viewer.userId, tx);
      if (!membership) return false;
      if (!keepsAnOwner(membership.role, await this.groups.ownerCount(group.id, tx))) throw new LastOwnerError('groupId', 'leave');
      await this.groups.removeMember(group.id, viewer.userId, tx);
      return true;
    });
  }

  /** An owner removes a member (the last owner stays). */
  async removeMember(viewer: Viewer, groupId: string, userId: string): Promise<boolean> {
    if (!isSignedIn(viewer)) throw new UnauthenticatedError();
    return this.db.transaction(async (tx) => {
      const { group, relation } = await this.lockVisible(viewer, groupId, tx);
      if (!canManageGroup(viewer, relation)) throw new GroupManagersOnlyError();
      const membership = await this.groups.membership(group.id, userId, tx);
      if (!membership) throw new NotFoundError('Member');
      if (!keepsAnOwner(membership.role, await this.groups.ownerCount(group.id, tx))) throw new LastOwnerError('userId', 'remove the last owner');
      await this.groups.removeMember(group.id, userId, tx);
      return true;
    });
  }

  /** An owner makes a member an owner, or an owner a member (a group keeps at least one owner). */
  async setRole(viewer: Viewer, groupId: string, userId: string, role: GroupRole): Promise<MemberRow> {
    if (!isSignedIn(viewer)) throw new UnauthenticatedError();
    return this.db.transaction(async (tx) => {
      const { group, relation } = await this.lockVisible(viewer, groupId, tx);
      if (!canManageGroup(viewer, relation)) throw new GroupManagersOnlyError();
      const membership = await this.groups.membership(group.id, userId, tx);
      if (!membership) throw new BadUserInputError('userId', 'Only a member of the group can have a role in it');
      if (role === 'MEMBER' && !keepsAnOwner(membership.role, await this.groups.ownerCount(group.id, tx))) throw new LastOwnerError('role', 'step down');
      await this.groups.setRole(group.id, userId, role, tx);
      return (await this.groups.membership(group.id, userId, tx))!;
    });
  }

  /** Hands the viewer's ownership to another member: they become an owner, the viewer (if an owner) a member. */
  async transferOwnership(viewer: Viewer, groupId: string, userId: string): Promise<GroupRow> {
    if (!isSignedIn(viewer)) throw new UnauthenticatedError();
    return this.db.transaction(async (tx) => {
      const { group, relation } = await this.lockVisible(viewer, groupId, tx);
      if (!canManageGroup(viewer, relation)) throw new GroupManagersOnlyError();
      if (!(await this.groups.membership(group.id, userId, tx))) throw new BadUserInputError('userId', 'Only a member of the group can become its owner');
      await this.groups.setRole(group.id, userId, 'OWNER', tx);
      if (relation.role === 'OWNER' && userId !== viewer.userId) await this.groups.setRole(group.id, viewer.userId, 'MEMBER', tx);
      return group;
    });
  }

  /** Shows one group's flair on the viewer's posts (null: none). Only a member, and only of a listed group. */
  async setFlair(viewer: Viewer, groupId: string | null): Promise<FlairRow | null> {
    if (!isSignedIn(viewer)) throw new UnauthenticatedError();
    let group: GroupRow | null = null;
    if (groupId) {
      group = (await this.getVisible(viewer, { id: groupId })).group;
      if (!canShowFlair(group)) throw new BadUserInputError('groupId', "A hidden group's flair cannot be shown");
    }
    const ok = await this.db.transaction((tx) => this.groups.setFlair(viewer.userId, group?.id ?? null, tx));
    if (!ok) throw new BadUserInputError('groupId', 'Join the group to show its flair');
    return group ? { userId: viewer.userId, groupId: group.id, name: group.name, slug: group.slug } : null;
  }

  // ── helpers ────────────────────────────────────────────────────────────────────────────────────────────────────

  private async relationOf(viewer: Viewer, groupId: string, tx?: EntityManager): Promise<GroupRelation> {
    if (!isSignedIn(viewer)) return NO_RELATION;
    const [relation] = await this.groups.relations([groupId], viewer.userId, tx);
    return relation;
  }

  /** Locks a group the viewer may see and reads where they stand now; NOT_FOUND (or `notFound()`) otherwise. */
  private async lockVisible(viewer: Viewer, groupId: string, tx: EntityManager, notFound: () => Error = () => new GroupNotFoundError()): Promise<SeenGroup> {
    const group = await this.groups.lock(groupId, tx);
    if (!group) throw notFound();
    const relation = await this.relationOf(viewer, group.id, tx);
    if (!canSeeGroup(readScopeOf(viewer), group, relation.invited) && relation.role === null) throw notFound();
    return { group, relation };
  }

  private async render(markdown: string): Promise<string> {
    return markdown ? (await this.workers.render(markdown, [])).html : '';
  }

  private async unique<T>(write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } catch (err) {
      if (isUniqueViolation(err, 'user_groups_slug_key')) throw new GroupNameTakenError('slug');
      if (isUniqueViolation(err, 'user_groups_name_key')) throw new GroupNameTakenError('name');
      throw err;
    }
  }
}

function assertGroupInput(input: GroupInput): void {
  const problem = groupInputProblem(input);
  if (problem) throw new BadUserInputError(problem.field, problem.message);
}
