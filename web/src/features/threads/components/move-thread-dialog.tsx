import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { SelectField } from '../../../components/ui/select-field';
import { useMoveThread } from '../api/thread-mutations';
import { MoveTargetForumsQuery } from '../api/thread-operations';
import { ReasonDialog } from './reason-dialog';
import { useThreadPage } from './thread-context';

interface MoveThreadDialogProps {
  onClose: () => void;
}

export function MoveThreadDialog({ onClose }: MoveThreadDialogProps) {
  const { thread, cacheContext, announce } = useThreadPage();
  const moveThread = useMoveThread(cacheContext);
  const { data, loading } = useQuery(MoveTargetForumsQuery);
  const targets = (data?.forums ?? []).filter((forum) => forum.id !== thread.forum.id);
  const [forumId, setForumId] = useState('');

  return (
    <ReasonDialog
      title="Move this thread"
      description={`It is in ${thread.forum.name} now. Its replies, votes and accepted answer move with it.`}
      confirmLabel="Move thread"
      extraFields={['forumId']}
      validateExtra={() => ({ forumId: forumId ? undefined : 'Choose a forum' })}
      renderExtra={(fieldErrors, clearField) => (
        <SelectField
          label="Move to forum"
          data-autofocus
          value={forumId}
          disabled={loading}
          options={[{ value: '', label: loading ? 'Loading forums…' : 'Choose a forum' }, ...targets.map((forum) => ({ value: forum.id, label: forum.name }))]}
          onValueChange={(value) => {
            setForumId(value);
            clearField('forumId');
          }}
          error={fieldErrors.forumId}
        />
      )}
      onConfirm={async (reason) => {
        const { data: result } = await moveThread(forumId, reason);
        announce(`Thread moved to ${result?.moveThread.forum.name ?? 'the other forum'}`);
      }}
      onClose={onClose}
    />
  );
}
