import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { PostEntity } from '../entities/post.entity';

@ObjectType('Post')
export class PostModel {
  @Field(() => ID) id: string;
  @Field(() => Int, { description: '1 is the opening post; replies follow in order' }) postNumber: number;
  @Field({ description: 'Sanitized HTML, safe to insert into the page' }) bodyHtml: string;
  @Field({ description: 'What the author wrote (Markdown, or HTML for imported posts)' }) bodySource: string;
  @Field() bodyFormat: string;
  @Field(() => Int) helpfulCount: number;
  @Field(() => Int) revisionCount: number;
  @Field() createdAt: Date;
  @Field(() => Date, { nullable: true }) editedAt: Date | null;
  @Field({ description: 'Hidden by a moderator or deleted by its author (only moderators and admins see hidden posts)' }) isHidden: boolean;
  threadId: string;
  authorId: string;
  replyToPostId: string | null;
  hiddenAt: Date | null;
  bodyText: string;

  static from(p: PostEntity): PostModel {
    return Object.assign(new PostModel(), {
      id: p.id,
      postNumber: p.postNumber,
      bodyHtml: p.bodyHtml,
      bodySource: p.bodySource,
      bodyFormat: p.bodyFormat,
      helpfulCount: p.helpfulCount,
      revisionCount: p.revisionCount,
      createdAt: p.createdAt,
      editedAt: p.editedAt,
      isHidden: !!p.hiddenAt,
      threadId: p.threadId,
      authorId: p.authorId,
      replyToPostId: p.replyToPostId,
      hiddenAt: p.hiddenAt,
      bodyText: p.bodyText,
    });
  }
}
