import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('moderation_log')
export class ModerationEntryEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'actor_id', type: 'uuid' }) actorId: string;
  @Column({ type: 'text' }) action: string;
  @Column({ name: 'target_type', type: 'text' }) targetType: 'THREAD' | 'POST' | 'FORUM';
  @Column({ name: 'target_id', type: 'uuid' }) targetId: string;
  @Column({ type: 'text' }) reason: string;
  @Column({ type: 'jsonb' }) details: Record<string, unknown>;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
