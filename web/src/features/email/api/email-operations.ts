import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql/gql';

export const UnsubscribeMutation = graphql(`
  mutation Unsubscribe($token: String!) {
    unsubscribe(token: $token)
  }
`);

export function useUnsubscribe() {
  return useMutation(UnsubscribeMutation);
}
