import type { ApolloCache } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import type {
  AssignTicketInput,
  EscalateThreadInput,
  TicketLevelInput,
  TicketReplyInput,
  TicketResolutionInput,
  TicketStatusInput,
} from '../../../gql/graphql';
import { useDataChanged } from '../../../lib/data-changes';
import {
  AssignTicketMutation,
  EscalateThreadMutation,
  PostTicketResolutionMutation,
  ReplyToTicketMutation,
  SetTicketLevelMutation,
  SetTicketStatusMutation,
} from './ticket-operations';

/*
 * Cache coherence. Every ticket mutation returns the whole ticket page (status, SLA, messages, timeline), so the
 * ticket page, the thread's ticket line and any list showing that ticket update in place. The lists themselves
 * (my tickets, the queue) change membership and order with a write: they are dropped and fetched again when shown.
 */
function dropTicketLists(cache: ApolloCache) {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'myTickets' });
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'ticketQueue' });
  cache.gc();
}

export function useEscalateThread() {
  const [mutate] = useMutation(EscalateThreadMutation);
  return useCallback(
    async (input: EscalateThreadInput) => {
      const { data } = await mutate({ variables: { input }, update: dropTicketLists });
      return data!.escalateThread;
    },
    [mutate],
  );
}

/** The ticket page's writes: each answers the ticket as the page shows it. */
export function useTicketActions() {
  const [reply] = useMutation(ReplyToTicketMutation);
  const [setStatus] = useMutation(SetTicketStatusMutation);
  const [assign] = useMutation(AssignTicketMutation);
  const [setLevel] = useMutation(SetTicketLevelMutation);
  const [resolve] = useMutation(PostTicketResolutionMutation);
  const changed = useDataChanged();

  return {
    reply: useCallback((input: TicketReplyInput) => reply({ variables: { input }, update: dropTicketLists }), [reply]),
    setStatus: useCallback((input: TicketStatusInput) => setStatus({ variables: { input }, update: dropTicketLists }), [setStatus]),
    assign: useCallback((input: AssignTicketInput) => assign({ variables: { input }, update: dropTicketLists }), [assign]),
    setLevel: useCallback((input: TicketLevelInput) => setLevel({ variables: { input } }), [setLevel]),
    /** The resolution becomes a staff reply on the thread (and maybe its accepted answer): the threads feature's page refetches. */
    postResolution: useCallback(
      (input: TicketResolutionInput, staffId: string) =>
        resolve({
          variables: { input },
          update: (cache, { data }) => {
            const thread = data?.postTicketResolution.thread;
            changed(cache, { threadIds: [thread?.id], forumIds: [thread?.forum.id], userIds: [staffId] });
            dropTicketLists(cache);
          },
        }),
      [resolve, changed],
    ),
  };
}
