import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { ModerationEntryEntity } from '../entities/moderation-entry.entity';

@ObjectType('ModerationEntry')
export class ModerationEntryModel {
  @Field(() => ID) id: string;
  @Field() action: string;
  @Field() targetType: string;
  @Field(() => ID) targetId: string;
  @Field() reason: string;
  @Field({ description: 'JSON details (e.g. the forums of a move)' }) details: string;
  @Field() createdAt: Date;
  actorId: string;

  static from(e: ModerationEntryEntity): ModerationEntryModel {
    return Object.assign(new ModerationEntryModel(), {
      id: e.id,
      action: e.action,
      targetType: e.targetType,
      targetId: e.targetId,
      reason: e.reason,
      details: JSON.stringify(e.details ?? {}),
      createdAt: e.createdAt,
      actorId: e.actorId,
    });
  }
}
