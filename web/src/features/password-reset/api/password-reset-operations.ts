import { useApolloClient, useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphql } from '../../../gql/gql';

export const RequestPasswordResetMutation = graphql(`
  mutation RequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email)
  }
`);

export const ResetPasswordMutation = graphql(`
  mutation ResetPassword($input: ResetPasswordInput!) {
    resetPassword(input: $input) {
      user {
        id
        displayName
      }
    }
  }
`);

export function useRequestPasswordReset() {
  const [mutate] = useMutation(RequestPasswordResetMutation);
  return useCallback(
    async (email: string) => {
      await mutate({ variables: { email } });
    },
    [mutate],
  );
}

/** Sets the new password; the server signs this browser in, so everything cached is the previous visitor's. */
export function useResetPassword() {
  const [mutate] = useMutation(ResetPasswordMutation);
  const client = useApolloClient();
  return useCallback(
    async (token: string, newPassword: string) => {
      await mutate({ variables: { input: { token, newPassword } } });
      await client.resetStore();
    },
    [mutate, client],
  );
}
