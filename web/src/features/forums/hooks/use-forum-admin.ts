import { useState } from 'react';
import type { ForumSummaryFieldsFragment } from '../../../gql/graphql';
import { useAfterRender } from '../../../lib/use-after-render';
import { useAsyncAction } from '../../../lib/use-async-action';
import { useCreateForum, useReorderForums, useSetForumArchived, useUpdateForum } from '../api/forum-operations';
import type { ForumAdminActions } from '../components/forum-admin-buttons';
import type { ForumFormValues } from '../components/forum-form';

/** The forum list's heading: focus goes back to it when the forum just acted on left the list. */
export const FORUM_LIST_HEADING_ID = 'forum-list-title';

/** Where focus goes once the list has re-rendered after a staff action. */
interface FocusTarget {
  forumId: string;
  action: 'edit' | 'up' | 'down' | 'archive';
}

interface ForumAdminOptions {
  /** Whether archived forums are listed (an archived forum otherwise leaves the list). */
  showArchived: boolean;
  announce: (message: string) => void;
}

/** Staff tools on the forum list: create, edit, reorder and archive, each announced and keeping keyboard focus in place. */
export function useForumAdmin(forums: readonly ForumSummaryFieldsFragment[], { showArchived, announce }: ForumAdminOptions) {
  const createForum = useCreateForum();
  const updateForum = useUpdateForum();
  const reorderForums = useReorderForums();
  const setArchived = useSetForumArchived();
  const action = useAsyncAction();
  const afterRender = useAfterRender();
  const [creating, setCreating] = useState(false);
  const [editingId, setEditingId] = useState<string | null>(null);
  // Archiving takes a forum off the list: say so where sighted users look (the live region tells screen readers).
  const [archiveNotice, setArchiveNotice] = useState<string>();

  const focusLater = (target: FocusTarget) => afterRender(() => focusForumAction(target));

  function run(forumId: string, act: () => Promise<unknown>, done: string, focus: FocusTarget['action']) {
    setArchiveNotice(undefined);
    void action.run(async () => {
      await act();
      announce(done);
      focusLater({ forumId, action: focus });
    });
  }

  function actionsFor(forum: ForumSummaryFieldsFragment, index: number): ForumAdminActions {
    return {
      editing: editingId === forum.id,
      busy: action.pending,
      isFirst: index === 0,
      isLast: index === forums.length - 1,
      onEdit: () => setEditingId(forum.id),
      onCancelEdit: () => {
        setEditingId(null);
        focusLater({ forumId: forum.id, action: 'edit' });
      },
      onSave: async (values) => {
        await updateForum({ id: forum.id, ...toInput(values), slug: values.slug.trim() });
        setEditingId(null);
        announce(`Forum ${values.name.trim()} saved`);
        focusLater({ forumId: forum.id, action: 'edit' });
      },
      onMove: (delta) => {
        const ids = forums.map((f) => f.id);
        const [moved] = ids.splice(index, 1);
        ids.splice(index + delta, 0, moved);
        const where = `${delta < 0 ? 'up' : 'down'} to position ${index + delta + 1} of ${ids.length}`;
        run(forum.id, () => reorderForums(ids), `${forum.name} moved ${where}`, delta < 0 ? 'up' : 'down');
      },
      onToggleArchived: () => {
        const done = forum.isArchived
          ? `${forum.name} is back in the forum list`
          : `${forum.name} archived: it is read-only now${showArchived ? '' : '. Turn on “Show archived” to see it'}`;
        const act = async () => {
          await setArchived(forum.id, !forum.isArchived);
          setArchiveNotice(done);
        };
        run(forum.id, act, done, 'archive');
      },
    };
  }

  return {
    creating,
    startCreating: () => setCreating(true),
    cancelCreating: () => {
      setCreating(false);
      afterRender(() => document.querySelector<HTMLElement>('[data-action="new-forum"]')?.focus());
    },
    create: async (values: ForumFormValues) => {
      // Empty means "make one from the name": the server only accepts a well-formed slug or none.
      const forum = await createForum({ ...toInput(values), slug: values.slug.trim() || undefined });
      setCreating(false);
      if (forum) {
        announce(`Forum ${forum.name} created`);
        focusLater({ forumId: forum.id, action: 'edit' });
      }
    },
    actionError: action.error,
    archiveNotice,
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
  const target = wanted && !wanted.disabled ? wanted : fallback && !fallback.disabled ? fallback : document.getElementById(FORUM_LIST_HEADING_ID);
  target?.focus();
}
