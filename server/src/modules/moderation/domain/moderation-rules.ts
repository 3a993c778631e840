import { charCount, hasVisibleText } from '@threadline/shared';
import { isModerator, isStaff, type Viewer } from '../../accounts/domain/viewer';
import type { InputProblem } from '../../threads/domain/thread-rules';

export const REASON_MAX = 500;

/** Moderators (and admins) lock, pin, hide, restore and move, and read the moderation log. */
export function canModerate(viewer: Viewer): boolean {
  return isModerator(viewer);
}

/** Moderators and staff may purge an earlier revision's text (a pasted secret must not stay in the public history). */
export function canRedactRevisions(viewer: Viewer): boolean {
  return !!viewer.userId && (isModerator(viewer) || isStaff(viewer));
}

/** Moderator reasons are stored trimmed, as written: something visible, at most 500 characters as stored. */
export function reasonProblem(reason: string): InputProblem | null {
  const r = reason.trim();
  if (!hasVisibleText(r)) return { field: 'reason', message: 'Give a reason; moderator actions are logged' };
  if (charCount(r) > REASON_MAX) return { field: 'reason', message: `Reason must be at most ${REASON_MAX} characters` };
  return null;
}
