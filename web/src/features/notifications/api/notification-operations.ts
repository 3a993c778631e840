import { graphql } from '../../../gql/gql';

export const UnreadNotificationCountQuery = graphql(`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`);

export const NotificationsQuery = graphql(`
  query Notifications($after: String) {
    unreadNotificationCount
    notifications(first: 30, after: $after) {
      nodes {
        id
        kind
        read
        createdAt
        message
        ticketNumber
        moderationAction
        threadId
        postNumber
        actor {
          id
          displayName
          handle
        }
        group {
          id
          slug
          name
        }
        invitation {
          id
          state
        }
        post {
          id
          postNumber
          thread {
            id
            title
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const MarkNotificationReadMutation = graphql(`
  mutation MarkNotificationRead($id: ID!) {
    markNotificationRead(id: $id) {
      id
      read
    }
  }
`);

export const MarkAllNotificationsReadMutation = graphql(`
  mutation MarkAllNotificationsRead {
    markAllNotificationsRead
  }
`);
