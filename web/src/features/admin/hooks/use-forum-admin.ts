import { useState } from 'react';
import type { AdminForumFieldsFragment } from '../../../gql/graphql';
import { useAfterRender } from '../../../lib/use-after-render';
import { useAsyncAction } from '../../../lib/use-async-action';
import { useCreateForum, useReorderForums, useSetForumArchived, useUpdateForum } from '../api/forum-admin-operations';
import type { ForumAdminActions } from '../components/forum-admin-buttons';
import type { ForumFormValues } from '../components/forum-form';

/** The admin forum list's heading: focus goes back to it when nothing better is left. */
export const FORUM_ADMIN_HEADING_ID = 'admin-forums-title';

/** Where focus goes once the list has re-rendered after an action. */
interface FocusTarget {
  forumId: string;
  action: 'edit' | 'up' | 'down' | 'archive';
}

/**
 * Staff tools in /admin/forums: create, edit, reorder, archive (after a confirmation) and unarchive. Each says what
 * it did where sighted users look (`notice`) and to screen readers (`announce`), and keeps keyboard focus in place.
 */
export function useForumAdmin(forums: readonly AdminForumFieldsFragment[], announce: (message: string) => void) {
  const createForum = useCreateForum();
  const updateForum = useUpdateForum();
  const reorderForums = useReorderForums();
  const setArchived = useSetForumArchived();
  const action = useAsyncAction();
  const afterRender = useAfterRender();
  const [creating, setCreating] = useState(false);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [confirmingArchive, setConfirmingArchive] = useState<AdminForumFieldsFragment | null>(null);
  const [notice, setNotice] = useState<string>();

  const focusLater = (target: FocusTarget) => afterRender(() => focusForumAction(target));

  function done(message: string, focus?: FocusTarget) {
    setNotice(message);
    announce(message);
    if (focus) focusLater(focus);
  }

  function run(forumId: string, act: () => Promise<unknown>, message: string, focus: FocusTarget['action']) {
    setNotice(undefined);
    void action.run(async () => {
      await act();
      done(message, { forumId, action: focus });
    });
  }

  function actionsFor(forum: AdminForumFieldsFragment, index: number): ForumAdminActions {
    return {
      editing: editingId === forum.id,
      busy: action.pending,
      isFirst: index === 0,
      isLast: index === forums.length - 1,
      onEdit: () => {
        setNotice(undefined);
        setEditingId(forum.id);
      },
      onCancelEdit: () => {
        setEditingId(null);
        focusLater({ forumId: forum.id, action: 'edit' });
      },
      onSave: async (values) => {
        await updateForum({ id: forum.id, ...toInput(values), slug: values.slug.trim() });
        setEditingId(null);
        done(`Forum ${values.name.trim()} saved`, { forumId: forum.id, action: 'edit' });
      },
      onMove: (delta) => {
        const ids = forums.map((f) => f.id);
        const [moved] = ids.splice(index, 1);
        ids.splice(index + delta, 0, moved);
        const where = `${delta < 0 ? 'up' : 'down'} to position ${index + delta + 1} of ${ids.length}`;
        run(forum.id, () => reorderForums(ids), `${forum.name} moved ${where}`, delta < 0 ? 'up' : 'down');
      },
      onToggleArchived: () => {
        if (!forum.isArchived) {
          setNotice(undefined);
          setConfirmingArchive(forum);
          return;
        }
        run(forum.id, () => setArchived(forum.id, false), `${forum.name} is back in the forum list`, 'archive');
      },
    };
  }

  return {
    creating,
    startCreating: () => {
      setNotice(undefined);
      setCreating(true);
    },
    cancelCreating: () => {
      setCreating(false);
      afterRender(() => document.querySelector<HTMLElement>('[data-action="new-forum"]')?.focus());
    },
    create: async (values: ForumFormValues) => {
      // Empty means "make one from the name": the server only accepts a well-formed slug or none.
      const forum = await createForum({ ...toInput(values), slug: values.slug.trim() || undefined });
      setCreating(false);
      if (forum) done(`Forum ${forum.name} created`, { forumId: forum.id, action: 'edit' });
    },
    /** The forum whose archiving waits for a confirmation. */
    confirmingArchive,
    cancelArchive: () => setConfirmingArchive(null),
    /** Rejects with the error, which the confirmation dialog shows. */
    archive: async (forum: AdminForumFieldsFragment) => {
      await setArchived(forum.id, true);
      done(`${forum.name} archived: it is read-only now and hidden from the forum list`);
    },
    actionError: action.error,
    notice,
    actionsFor,
  };
}

function toInput(values: ForumFormValues) {
  return {
    name: values.name.trim(),
    description: values.description.trim(),
    productArea: values.productArea.trim() || null,
    groupId: values.groupId || null,
    color: values.color || null,
  };
}

function focusForumAction({ forumId, action }: FocusTarget) {
  const row = document.querySelector(`[data-forum-id="${forumId}"]`);
  const wanted = row?.querySelector<HTMLButtonElement>(`[data-action="${action}"]`);
  // At the top or bottom the button just used is disabled: its partner is the natural next stop.
  const fallback = row?.querySelector<HTMLButtonElement>(`[data-action="${action === 'up' ? 'down' : 'up'}"]`);
  const target = wanted && !wanted.disabled ? wanted : fallback && !fallback.disabled ? fallback : document.getElementById(FORUM_ADMIN_HEADING_ID);
  target?.focus();
}
