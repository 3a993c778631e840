import type { TextDiff } from '../../content/domain/text-diff';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('post_revisions')
export class PostRevisionEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'post_id', type: 'uuid' }) postId: string;
  @Column({ type: 'integer' }) revision: number;
  @Column({ name: 'editor_id', type: 'uuid' }) editorId: string;
  @Column({ type: 'text', nullable: true }) title: string | null;
  @Column({ type: 'text', array: true, nullable: true }) tags: string[] | null;
  @Column({ name: 'body_source', type: 'text' }) bodySource: string;
  @Column({ type: 'text', nullable: true }) reason: string | null;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  /** Line diff against the previous revision, computed when this one was saved; null for the first. */
  @Column({ name: 'body_diff', type: 'jsonb', nullable: true }) bodyDiff: TextDiff | null;
  @Column({ name: 'redacted_at', type: 'timestamptz', nullable: true }) redactedAt: Date | null;
  @Column({ name: 'redacted_by_id', type: 'uuid', nullable: true }) redactedById: string | null;
}
