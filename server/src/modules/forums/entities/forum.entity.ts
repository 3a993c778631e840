import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

@Entity('forums')
export class ForumEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'text' }) slug: string;
  @Column({ type: 'text' }) name: string;
  @Column({ type: 'text' }) description: string;
  @Column({ name: 'product_area', type: 'text', nullable: true }) productArea: string | null;
  @Column({ type: 'integer' }) position: number;
  @Column({ type: 'text', nullable: true }) color: string | null;
  @Column({ name: 'group_id', type: 'uuid', nullable: true }) groupId: string | null;
  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true }) archivedAt: Date | null;
  @Column({ name: 'thread_count', type: 'integer' }) threadCount: number;
  @Column({ name: 'post_count', type: 'integer' }) postCount: number;
  @Column({ name: 'last_activity_at', type: 'timestamptz', nullable: true }) lastActivityAt: Date | null;
  @Column({ name: 'last_thread_id', type: 'uuid', nullable: true }) lastThreadId: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
