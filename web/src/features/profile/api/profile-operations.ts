import { useApolloClient, useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphql } from '../../../gql/gql';

export const UpdateDisplayNameMutation = graphql(`
  mutation UpdateDisplayName($input: UpdateProfileInput!) {
    updateProfile(input: $input) {
      id
      displayName
    }
  }
`);

export const ChangePasswordMutation = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input)
  }
`);

export const SignOutEverywhereMutation = graphql(`
  mutation SignOutEverywhere {
    signOutEverywhere
  }
`);

export const PublicProfileQuery = graphql(`
  query PublicProfile($id: ID, $handle: String) {
    user(id: $id, handle: $handle) {
      id
      displayName
      handle
      badges
      createdAt
      postCount
      acceptedAnswerCount
      recentPosts(first: 10) {
        id
        postNumber
        createdAt
        bodyHtml
        isAccepted
        thread {
          id
          title
        }
      }
    }
  }
`);

/** The returned `User` carries its id, so the cache (and the header) pick up the new name. */
export function useUpdateDisplayName() {
  const [mutate] = useMutation(UpdateDisplayNameMutation);
  return useCallback((displayName: string) => mutate({ variables: { input: { displayName } } }), [mutate]);
}

export function useChangePassword() {
  const [mutate] = useMutation(ChangePasswordMutation);
  return useCallback((currentPassword: string, newPassword: string) => mutate({ variables: { input: { currentPassword, newPassword } } }), [mutate]);
}

/** Ends every session including this one; `beforeReset` leaves the profile page before `me` turns null. */
export function useSignOutEverywhere() {
  const client = useApolloClient();
  const [mutate] = useMutation(SignOutEverywhereMutation);
  return useCallback(
    async (beforeReset: () => void | Promise<void>) => {
      await mutate();
      await beforeReset();
      await client.resetStore();
    },
    [client, mutate],
  );
}

// Kept in its own module so the app shell's cache reactions do not load every document of this feature.
export { evictUserStats } from './profile-cache';

export const MyEmailPreferencesQuery = graphql(`
  query MyEmailPreferences {
    myEmailPreferences {
      kind
      delivery
    }
  }
`);

export const UpdateEmailPreferencesMutation = graphql(`
  mutation UpdateEmailPreferences($input: [EmailPreferenceInput!]!) {
    updateEmailPreferences(input: $input) {
      kind
      delivery
    }
  }
`);
