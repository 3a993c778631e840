import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('threads')
export class ThreadEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'forum_id', type: 'uuid' }) forumId: string;
  @Column({ name: 'author_id', type: 'uuid' }) authorId: string;
  @Column({ type: 'text' }) title: string;
  @Column({ type: 'text', array: true }) tags: string[];
  @Column({ name: 'pinned_at', type: 'timestamptz', nullable: true }) pinnedAt: Date | null;
  @Column({ name: 'locked_at', type: 'timestamptz', nullable: true }) lockedAt: Date | null;
  @Column({ name: 'hidden_at', type: 'timestamptz', nullable: true }) hiddenAt: Date | null;
  @Column({ name: 'last_post_number', type: 'integer' }) lastPostNumber: number;
  @Column({ name: 'reply_count', type: 'integer' }) replyCount: number;
  @Column({ name: 'helpful_count', type: 'integer' }) helpfulCount: number;
  @Column({ name: 'view_count', type: 'integer' }) viewCount: number;
  @Column({ name: 'last_activity_at', type: 'timestamptz' }) lastActivityAt: Date;
  @Column({ name: 'last_poster_id', type: 'uuid', nullable: true }) lastPosterId: string | null;
  @Column({ name: 'first_staff_reply_at', type: 'timestamptz', nullable: true }) firstStaffReplyAt: Date | null;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
