import { useMutation } from '@apollo/client/react';
import type { WatchLevel } from '../../../gql/graphql';
import { WatchSelect } from '../../../components/ui/watch-select';
import { SetThreadWatchMutation } from '../api/thread-operations';

/** The signed-in reader's watch level on this thread. */
export function WatchControl({ threadId, level }: { threadId: string; level: WatchLevel }) {
  const [setWatch] = useMutation(SetThreadWatchMutation);
  return <WatchSelect level={level} what="this thread" onChange={(l) => setWatch({ variables: { threadId, level: l } })} />;
}
