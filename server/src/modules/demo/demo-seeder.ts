import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import argon2 from 'argon2';
import type { DataSource } from 'typeorm';
import { AccountsService } from '../accounts/accounts.service';
import { ANONYMOUS, type Viewer } from '../accounts/domain/viewer';
import { normalizeRoles, type Role } from '../accounts/domain/roles';
import { ForumsService } from '../forums/forums.service';
import { GroupsService } from '../groups/groups.service';
import { APP_CONFIG, type AppConfig } from '../../platform/config/app-config';
import { LoaderRegistry } from '../../platform/graphql/loaders';
import { AnswersService } from '../answers/answers.service';
import { PostsService } from '../posts/posts.service';
import { CountersService } from '../threads/counters.service';
import { ThreadsService } from '../threads/threads.service';
import { DemoRepository } from './demo.repository';
import { TicketsService } from '../tickets/tickets.service';
import { DEMO_FORUMS, DEMO_GROUPS, DEMO_ORGS, DEMO_PASSWORD, DEMO_THREADS, DEMO_TICKETS, DEMO_USERS } from './demo-content';

/** Fills an empty instance with the demo community, through the same services the API uses. */
@Injectable()
export class DemoSeeder {
  private readonly logger = new Logger(DemoSeeder.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly db: DataSource,
    private readonly accounts: AccountsService,
    private readonly forums: ForumsService,
    private readonly threads: ThreadsService,
    private readonly posts: PostsService,
    private readonly answers: AnswersService,
    private readonly groups: GroupsService,
    private readonly counters: CountersService,
    private readonly demo: DemoRepository,
    private readonly tickets: TicketsService,
  ) {}

  /** Returns false (and changes nothing) when the instance already has forums. */
  async seedIfEmpty(): Promise<boolean> {
    // The demo admin's password is published in the README: a production instance gets it only when asked twice.
    if (this.config.nodeEnv === 'production' && !this.config.demoAllowProduction) {
      throw new Error('Demo data refused under NODE_ENV=production (its accounts use a published password); set DEMO_ALLOW_PRODUCTION=1 to seed it anyway');
    }
    if ((await this.demo.forumCount()) > 0) {
      this.logger.log('Demo data skipped: this instance already has forums');
      return false;
    }
    const hash = await argon2.hash(DEMO_PASSWORD, { type: argon2.argon2id });
    const viewers = new Map<string, Viewer>();
    for (const u of DEMO_USERS) {
      const roles = normalizeRoles(u.roles as Role[]);
      const id =
        (await this.demo.userIdByEmail(u.email)) ??
        (await this.accounts.insertUser(this.db.manager, { email: u.email, displayName: u.displayName, passwordHash: hash, roles })).id;
      viewers.set(u.key, { ...ANONYMOUS, userId: id, sessionId: 'demo', roles });
    }
    for (const o of DEMO_ORGS) {
      const orgId = await this.demo.insertOrganization({ name: o.name, plan: o.plan, accountManagerId: viewers.get(o.manager)!.userId! });
      if (!orgId) continue;
      const members = DEMO_USERS.filter((u) => u.org === o.key).map((u) => viewers.get(u.key)!.userId!);
      await this.demo.assignToOrganization(orgId, members);
    }
    const staff = viewers.get('admin')!;
    const groupIds = await this.seedGroups(staff, viewers);
    const forumIds = new Map<string, string>();
    for (const f of DEMO_FORUMS) {
      const groupId = 'group' in f && f.group ? groupIds.get(f.group)! : null;
      forumIds.set(
        f.key,
        (await this.forums.create(staff, { name: f.name, description: f.description, productArea: f.productArea, color: f.color, groupId })).id,
      );
    }
    const threadIds: string[] = [];
    const threadIdByTitle = new Map<string, string>();
    for (const t of DEMO_THREADS) {
      const loaders = new LoaderRegistry();
      const thread = await this.threads.create(viewers.get(t.by)!, { forumId: forumIds.get(t.forum)!, title: t.title, body: t.body, tags: t.tags }, loaders);
      threadIds.push(thread.id);
      threadIdByTitle.set(t.title, thread.id);
      const replyIds: string[] = [];
      for (const r of t.replies) {
        const post = await this.posts.reply(viewers.get(r.by)!, { threadId: thread.id, body: r.body }, loaders);
        replyIds.push(post.id);
        for (const voter of r.votes ?? []) await this.posts.vote(viewers.get(voter)!, post.id, loaders);
      }
      if (t.accepted) await this.answers.accept(viewers.get(t.accepted.by)!, replyIds[t.accepted.reply], loaders);
      if (t.pinned) await this.demo.pin(thread.id);
      await this.demo.backdate(thread.id, t.daysAgo);
    }
    await this.counters.recountThreads(threadIds, this.db.manager);
    await this.counters.recountForums([...forumIds.values()], this.db.manager);
    for (const k of DEMO_TICKETS) {
      const thread = DEMO_THREADS.find((t) => t.title === k.thread)!;
      const { whatHappened, expected, businessImpact, priority } = k;
      const threadId = threadIdByTitle.get(k.thread)!;
      const ticket = await this.tickets.escalate(viewers.get(thread.by)!, { threadId, priority, whatHappened, expected, businessImpact }, new LoaderRegistry());
      if (k.staffReply) {
        const staffViewer = viewers.get(k.staffReply.by)!;
        await this.tickets.reply(staffViewer, ticket.number, k.staffReply.body, false);
        await this.tickets.setStatus(staffViewer, ticket.number, k.staffReply.status, k.staffReply.reason);
      }
    }
    this.logger.log(
      `Demo community ready: ${DEMO_FORUMS.length} forums, ${DEMO_THREADS.length} threads, ${DEMO_GROUPS.length} user groups, ${DEMO_TICKETS.length} support tickets; demo accounts use the password "${DEMO_PASSWORD}"`,
    );
    return true;
  }

  /**
   * The demo groups, joined the way members join (open, by request and approval, by invitation and acceptance), so
   * the owners' notifications are real. Each member's demo viewer then carries the group, as a session would.
   */
  private async seedGroups(staff: Viewer, viewers: Map<string, Viewer>): Promise<Map<string, string>> {
    const loaders = new LoaderRegistry();
    const handleOf = async (key: string) => (await this.accounts.userLoader(loaders).load(viewers.get(key)!.userId!))!.handle;
    const ids = new Map<string, string>();
    for (const g of DEMO_GROUPS) {
      const group = await this.groups.create(staff, {
        name: g.name,
        kind: g.kind,
        membershipPolicy: g.membershipPolicy,
        visibility: g.visibility,
        description: g.description,
        ownerHandle: await handleOf(g.owner),
      });
      ids.set(g.key, group.id);
      const owner = viewers.get(g.owner)!;
      for (const key of g.members) {
        const member = viewers.get(key)!;
        if (g.membershipPolicy === 'OPEN') await this.groups.join(member, group.id);
        if (g.membershipPolicy === 'REQUEST') {
          await this.groups.requestToJoin(member, group.id, 'We are a customer and would like to join.');
          await this.groups.decideRequest(owner, (await this.groups.viewerRequest(member, group.id, new LoaderRegistry()))!.id, true, 'Welcome!');
        }
        if (g.membershipPolicy === 'INVITE') {
          const invitation = await this.groups.invite(owner, group.id, await handleOf(key));
          await this.groups.respondToInvitation(member, invitation.id, true);
        }
      }
      for (const key of [g.owner, ...g.members]) {
        const viewer = viewers.get(key)!;
        viewers.set(key, { ...viewer, groupIds: [...viewer.groupIds, group.id] });
      }
      for (const key of g.flair ?? []) await this.groups.setFlair(viewers.get(key)!, group.id);
    }
    return ids;
  }
}
