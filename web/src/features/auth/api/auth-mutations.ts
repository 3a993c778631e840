import { useApolloClient, useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphql } from '../../../gql/gql';
import type { SignInInput, SignUpInput } from '../../../gql/graphql';

export const SignUpMutation = graphql(`
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) {
      user {
        id
        displayName
      }
    }
  }
`);

export const SignInMutation = graphql(`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      user {
        id
        displayName
      }
    }
  }
`);

export const SignOutMutation = graphql(`
  mutation SignOut {
    signOut
  }
`);

/**
 * The session cookie changed, so everything cached belongs to the previous visitor: reset the
 * store, which also refetches `me` for the header without a reload.
 */
function useResetAfterSessionChange() {
  const client = useApolloClient();
  return useCallback(() => client.resetStore().then(() => undefined), [client]);
}

/** Creates the account (the server signs it in). Rejects with the Apollo error on failure. */
export function useSignUp() {
  const [mutate] = useMutation(SignUpMutation);
  const reset = useResetAfterSessionChange();
  return useCallback(
    async (input: SignUpInput) => {
      await mutate({ variables: { input } });
      await reset();
    },
    [mutate, reset],
  );
}

export function useSignIn() {
  const [mutate] = useMutation(SignInMutation);
  const reset = useResetAfterSessionChange();
  return useCallback(
    async (input: SignInInput) => {
      await mutate({ variables: { input } });
      await reset();
    },
    [mutate, reset],
  );
}

/** Ends this session; `beforeReset` runs between the two (e.g. leave a members-only page first). */
export function useSignOut() {
  const [mutate] = useMutation(SignOutMutation);
  const reset = useResetAfterSessionChange();
  return useCallback(
    async (beforeReset?: () => void | Promise<void>) => {
      await mutate();
      await beforeReset?.();
      await reset();
    },
    [mutate, reset],
  );
}
