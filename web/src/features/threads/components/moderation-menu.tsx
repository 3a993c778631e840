import { useState } from 'react';
import { MenuButton, type MenuItem } from '../../../components/ui/menu-button';
import type { ThreadModerationAction } from '../../../gql/graphql';
import { useModerateThread } from '../api/thread-mutations';
import { MoveThreadDialog } from './move-thread-dialog';
import { ReasonDialog } from './reason-dialog';
import { useThreadPage } from './thread-context';

interface ActionCopy {
  menu: string;
  title: string;
  description: string;
  confirm: string;
  done: string;
  danger?: boolean;
}

const ACTIONS: Record<ThreadModerationAction, ActionCopy> = {
  LOCK: {
    menu: 'Lock',
    title: 'Lock this thread',
    description: 'Members can no longer reply or edit their posts. Moderators still can.',
    confirm: 'Lock thread',
    done: 'Thread locked',
  },
  UNLOCK: {
    menu: 'Unlock',
    title: 'Unlock this thread',
    description: 'Members can reply and edit their posts again.',
    confirm: 'Unlock thread',
    done: 'Thread unlocked',
  },
  PIN: {
    menu: 'Pin',
    title: 'Pin this thread',
    description: 'It stays at the top of its forum when sorted by latest activity.',
    confirm: 'Pin thread',
    done: 'Thread pinned',
  },
  UNPIN: {
    menu: 'Unpin',
    title: 'Unpin this thread',
    description: 'It goes back to its place by activity.',
    confirm: 'Unpin thread',
    done: 'Thread unpinned',
  },
  HIDE: {
    menu: 'Hide thread',
    title: 'Hide this thread',
    description: 'Only moderators and staff will see it. Forum counts leave it out.',
    confirm: 'Hide thread',
    done: 'Thread hidden',
    danger: true,
  },
  RESTORE: {
    menu: 'Restore thread',
    title: 'Restore this thread',
    description: 'Everyone who can see the forum will see it again.',
    confirm: 'Restore thread',
    done: 'Thread restored',
  },
};

/** The "Moderate" menu: lock, pin, move, hide — each asks for a reason that goes into the moderation log. */
export function ModerationMenu() {
  const { thread, cacheContext, announce } = useThreadPage();
  const moderateThread = useModerateThread(cacheContext);
  const [action, setAction] = useState<ThreadModerationAction | 'MOVE' | null>(null);

  const available: ThreadModerationAction[] = [thread.isLocked ? 'UNLOCK' : 'LOCK', thread.isPinned ? 'UNPIN' : 'PIN', thread.isHidden ? 'RESTORE' : 'HIDE'];
  const items: MenuItem[] = [
    ...available.slice(0, 2).map((a) => ({ id: a, label: ACTIONS[a].menu, onSelect: () => setAction(a) })),
    { id: 'MOVE', label: 'Move to forum…', onSelect: () => setAction('MOVE') },
    { id: available[2], label: ACTIONS[available[2]].menu, onSelect: () => setAction(available[2]), danger: !thread.isHidden },
  ];

  const copy = action && action !== 'MOVE' ? ACTIONS[action] : null;

  return (
    <>
      <MenuButton label="Moderate" items={items} />
      {action === 'MOVE' && <MoveThreadDialog onClose={() => setAction(null)} />}
      {copy && action && action !== 'MOVE' && (
        <ReasonDialog
          title={copy.title}
          description={copy.description}
          confirmLabel={copy.confirm}
          danger={copy.danger}
          onConfirm={async (reason) => {
            await moderateThread(action, reason);
            announce(copy.done);
          }}
          onClose={() => setAction(null)}
        />
      )}
    </>
  );
}
