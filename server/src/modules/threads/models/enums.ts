import { registerEnumType } from '@nestjs/graphql';

export enum ThreadStatusEnum {
  OPEN = 'OPEN',
  SOLVED = 'SOLVED',
  LOCKED = 'LOCKED',
}
registerEnumType(ThreadStatusEnum, { name: 'ThreadStatus' });

export enum ThreadSortEnum {
  LATEST_ACTIVITY = 'LATEST_ACTIVITY',
  NEWEST = 'NEWEST',
  MOST_HELPFUL = 'MOST_HELPFUL',
  UNANSWERED = 'UNANSWERED',
}
registerEnumType(ThreadSortEnum, {
  name: 'ThreadSort',
  valuesMap: {
    LATEST_ACTIVITY: { description: 'Pinned first, then most recent activity' },
    NEWEST: { description: 'Most recently created first' },
    MOST_HELPFUL: { description: 'Most helpful votes across the thread first' },
    UNANSWERED: { description: 'Only threads without replies, newest first' },
  },
});

export enum AcceptKindEnum {
  ASKER = 'ASKER',
  STAFF = 'STAFF',
}
registerEnumType(AcceptKindEnum, {
  name: 'AcceptKind',
  valuesMap: { ASKER: { description: 'Accepted by the asker' }, STAFF: { description: 'Verified by staff or a moderator' } },
});

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
