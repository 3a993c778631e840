import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('accepted_answers')
export class AcceptedAnswerEntity {
  @PrimaryColumn({ name: 'thread_id', type: 'uuid' }) threadId: string;
  @Column({ name: 'post_id', type: 'uuid' }) postId: string;
  @Column({ name: 'accepted_by_id', type: 'uuid' }) acceptedById: string;
  @Column({ type: 'text' }) kind: 'ASKER' | 'STAFF';
  @Column({ name: 'accepted_at', type: 'timestamptz' }) acceptedAt: Date;
}
