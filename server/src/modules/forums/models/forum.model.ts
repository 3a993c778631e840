import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { ForumEntity } from '../entities/forum.entity';

@ObjectType('Forum')
export class ForumModel {
  @Field(() => ID) id: string;
  @Field() slug: string;
  @Field() name: string;
  @Field() description: string;
  @Field(() => String, { nullable: true }) productArea: string | null;
  @Field(() => Int) position: number;
  @Field(() => String, { nullable: true, description: "The forum's color as #rrggbb (null: the neutral chip)" }) color: string | null;
  @Field({
    description: 'Archived: read-only for everyone (no new threads, replies, edits by authors, votes or accepted-answer changes); moderators still moderate',
  })
  isArchived: boolean;
  @Field({ description: 'Restricted to one user group' }) isPrivate: boolean;
  @Field(() => Int, { description: 'Visible threads' }) threadCount: number;
  @Field(() => Int, { description: 'Visible posts, opening posts included' }) postCount: number;
  @Field(() => Date, { nullable: true }) lastActivityAt: Date | null;
  lastThreadId: string | null;
  groupId: string | null;
  archivedAt: Date | null;

  static from(f: ForumEntity): ForumModel {
    return Object.assign(new ForumModel(), {
      id: f.id,
      slug: f.slug,
      name: f.name,
      description: f.description,
      productArea: f.productArea,
      position: f.position,
      color: f.color ?? null,
      isArchived: !!f.archivedAt,
      isPrivate: !!f.groupId,
      threadCount: f.threadCount,
      postCount: f.postCount,
      lastActivityAt: f.lastActivityAt,
      lastThreadId: f.lastThreadId,
      groupId: f.groupId,
      archivedAt: f.archivedAt,
    });
  }
}
