import { changedFields } from '../domain/post-rules';
import type { PostRevisionEntity } from '../entities/post-revision.entity';
import { PostRevisionModel, RevisionDiffStatusEnum } from './revision.model';

/** Maps a stored revision; no diff is computed here (it was stored when the revision was saved). */
export function toRevisionModel(r: PostRevisionEntity, prev: PostRevisionEntity | undefined): PostRevisionModel {
  const redacted = !!r.redactedAt;
  const status = !prev
    ? RevisionDiffStatusEnum.INITIAL
    : redacted || prev.redactedAt
      ? RevisionDiffStatusEnum.REDACTED
      : !r.bodyDiff || r.bodyDiff.tooLarge
        ? RevisionDiffStatusEnum.TOO_LARGE
        : RevisionDiffStatusEnum.COMPARED;
  return Object.assign(new PostRevisionModel(), {
    revision: r.revision,
    createdAt: r.createdAt,
    title: redacted ? null : r.title,
    tags: r.tags,
    bodySource: redacted ? '' : r.bodySource,
    reason: r.reason,
    // Next to a redacted version nothing can be compared: saying "title changed" against a purged title would mislead.
    changes: !prev
      ? ['created']
      : status === RevisionDiffStatusEnum.REDACTED
        ? []
        : changedFields({ title: prev.title, tags: prev.tags, body: prev.bodySource }, { title: r.title, tags: r.tags, body: r.bodySource }),
    bodyDiff: status === RevisionDiffStatusEnum.COMPARED ? r.bodyDiff!.parts : [],
    bodyDiffStatus: status,
    redacted,
    redactedAt: r.redactedAt,
    editorId: r.editorId,
  });
}
