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

export enum LatestTabEnum {
  LATEST = 'LATEST',
  UNANSWERED = 'UNANSWERED',
  SOLVED = 'SOLVED',
}
registerEnumType(LatestTabEnum, {
  name: 'LatestTab',
  description: "The home page's tabs, over every forum the viewer may see",
  valuesMap: {
    LATEST: { description: 'Most recent activity first' },
    UNANSWERED: { description: 'Threads without replies, newest first' },
    SOLVED: { description: 'Threads with an accepted answer, most recent activity first' },
  },
});
