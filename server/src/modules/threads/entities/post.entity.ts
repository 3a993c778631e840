import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('posts')
export class PostEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'thread_id', type: 'uuid' }) threadId: string;
  @Column({ name: 'post_number', type: 'integer' }) postNumber: number;
  @Column({ name: 'author_id', type: 'uuid' }) authorId: string;
  @Column({ name: 'body_format', type: 'text' }) bodyFormat: 'markdown' | 'html';
  @Column({ name: 'body_source', type: 'text' }) bodySource: string;
  @Column({ name: 'body_html', type: 'text' }) bodyHtml: string;
  @Column({ name: 'body_text', type: 'text' }) bodyText: string;
  @Column({ name: 'reply_to_post_id', type: 'uuid', nullable: true }) replyToPostId: string | null;
  @Column({ name: 'helpful_count', type: 'integer' }) helpfulCount: number;
  @Column({ name: 'revision_count', type: 'integer' }) revisionCount: number;
  @Column({ name: 'edited_at', type: 'timestamptz', nullable: true }) editedAt: Date | null;
  @Column({ name: 'hidden_at', type: 'timestamptz', nullable: true }) hiddenAt: Date | null;
  @Column({ name: 'hidden_by_id', type: 'uuid', nullable: true }) hiddenById: string | null;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
