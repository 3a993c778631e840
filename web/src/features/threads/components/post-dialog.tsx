import type { PostFieldsFragment } from '../../../gql/graphql';
import { useDeletePost, useModeratePost } from '../api/thread-mutations';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { ReasonDialog } from './reason-dialog';
import { RevisionHistoryDialog } from './revision-history-dialog';
import { useThreadPage } from './thread-context';

export type PostDialogKind = 'history' | 'delete' | 'hide' | 'restore';

interface PostDialogProps {
  post: PostFieldsFragment;
  dialog: PostDialogKind;
  onClose: () => void;
}

/** The dialog a post's buttons open: its edit history, "delete this reply?", or a moderator's hide or restore with a reason. */
export function PostDialog({ post, dialog, onClose }: PostDialogProps) {
  const { thread, cacheContext, announce, focusPost } = useThreadPage();
  const deletePost = useDeletePost(cacheContext, thread.viewerCanModerate);
  const moderatePost = useModeratePost(cacheContext);

  if (dialog === 'history') return <RevisionHistoryDialog post={post} onClose={onClose} />;

  if (dialog === 'delete') {
    return (
      <ConfirmDialog
        title={`Delete reply #${post.postNumber}?`}
        description={
          post.isAccepted
            ? 'It is the accepted answer: deleting it also removes that mark. Moderators can still see it.'
            : 'It disappears from the thread. Moderators can still see it.'
        }
        confirmLabel="Delete reply"
        onConfirm={async () => {
          await deletePost(post.id);
          announce(`Reply #${post.postNumber} deleted`);
          if (!thread.viewerCanModerate) focusPost(0);
        }}
        onClose={onClose}
      />
    );
  }

  const hide = dialog === 'hide';
  return (
    <ReasonDialog
      title={hide ? `Hide reply #${post.postNumber}` : `Restore reply #${post.postNumber}`}
      description={
        hide
          ? `Only moderators and staff will see it.${post.isAccepted ? ' It also stops being the accepted answer.' : ''}`
          : 'Everyone who can see the thread will see it again.'
      }
      confirmLabel={hide ? 'Hide reply' : 'Restore reply'}
      danger={hide}
      onConfirm={async (reason) => {
        await moderatePost(post.id, hide ? 'HIDE' : 'RESTORE', reason);
        announce(hide ? `Reply #${post.postNumber} hidden` : `Reply #${post.postNumber} restored`);
      }}
      onClose={onClose}
    />
  );
}
