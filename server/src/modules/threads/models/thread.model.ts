import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { threadStatus } from '../domain/thread-rules';
import type { ThreadEntity } from '../entities/thread.entity';
import { ThreadStatusEnum } from './enums';

@ObjectType('Thread')
export class ThreadModel {
  @Field(() => ID) id: string;
  @Field() title: string;
  @Field(() => [String]) tags: string[];
  @Field(() => ThreadStatusEnum) status: ThreadStatusEnum;
  @Field() isSolved: boolean;
  @Field({
    description:
      'Locked: replies from moderators only; authors can no longer edit, delete replies or change the accepted answer (staff and moderators still can)',
  })
  isLocked: boolean;
  @Field() isPinned: boolean;
  @Field({ description: 'Hidden by a moderator (only moderators and admins see hidden threads; plain staff do not)' }) isHidden: boolean;
  @Field(() => Int) replyCount: number;
  @Field(() => Int, { description: 'Helpful votes across the thread' }) helpfulCount: number;
  @Field(() => Int, { description: 'People who opened the thread, one per person per hour (updated every few seconds)' }) viewCount: number;
  @Field() hasStaffAnswer: boolean;
  @Field(() => Date, { nullable: true, description: 'When staff first replied' }) firstStaffReplyAt: Date | null;
  @Field() createdAt: Date;
  @Field() lastActivityAt: Date;
  /** Filled by list queries that joined it; the resolver loads it otherwise. */
  acceptedAnswerSnippet: string | null;

  forumId: string;
  authorId: string;
  lastPosterId: string | null;
  lockedAt: Date | null;
  hiddenAt: Date | null;
  /** Set when the list query already joined the accepted answer. */
  acceptedPostId?: string | null;

  static from(t: ThreadEntity & { acceptedPostId?: string | null; acceptedSnippet?: string | null }, hasAccepted: boolean): ThreadModel {
    return Object.assign(new ThreadModel(), {
      id: t.id,
      title: t.title,
      tags: t.tags,
      status: threadStatus(t, hasAccepted) as ThreadStatusEnum,
      isSolved: hasAccepted,
      isLocked: !!t.lockedAt,
      isPinned: !!t.pinnedAt,
      isHidden: !!t.hiddenAt,
      replyCount: t.replyCount,
      helpfulCount: t.helpfulCount,
      viewCount: t.viewCount ?? 0,
      hasStaffAnswer: !!t.firstStaffReplyAt,
      firstStaffReplyAt: t.firstStaffReplyAt,
      createdAt: t.createdAt,
      lastActivityAt: t.lastActivityAt,
      acceptedAnswerSnippet: t.acceptedSnippet ?? null,
      forumId: t.forumId,
      authorId: t.authorId,
      lastPosterId: t.lastPosterId,
      lockedAt: t.lockedAt,
      hiddenAt: t.hiddenAt,
      acceptedPostId: t.acceptedPostId,
    });
  }
}
