import { registerEnumType } from '@nestjs/graphql';

export enum ThreadModerationActionEnum {
  LOCK = 'LOCK',
  UNLOCK = 'UNLOCK',
  PIN = 'PIN',
  UNPIN = 'UNPIN',
  HIDE = 'HIDE',
  RESTORE = 'RESTORE',
}
registerEnumType(ThreadModerationActionEnum, { name: 'ThreadModerationAction' });

export enum PostModerationActionEnum {
  HIDE = 'HIDE',
  RESTORE = 'RESTORE',
}
registerEnumType(PostModerationActionEnum, { name: 'PostModerationAction' });
