/**
 * What a moderator did to a reader's thread or reply, as the notifications page and the notification email both say
 * it ("A moderator hid your reply in …"). Keys are the server's moderation notice actions.
 */
export const MODERATION_NOTICE_VERBS = {
  HIDE_POST: 'hid your reply',
  RESTORE_POST: 'restored your reply',
  HIDE_THREAD: 'hid your thread',
  RESTORE_THREAD: 'restored your thread',
  LOCK_THREAD: 'locked your thread',
  UNLOCK_THREAD: 'unlocked your thread',
  PIN_THREAD: 'pinned your thread',
  UNPIN_THREAD: 'unpinned your thread',
  MOVE_THREAD: 'moved your thread',
} as const;

/** The verb for an action, or a neutral one for an action this copy does not know. */
export function moderationNoticeVerb(action: string | null | undefined): string {
  return (action && (MODERATION_NOTICE_VERBS as Record<string, string>)[action]) || 'acted on your post';
}
