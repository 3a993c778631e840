import { graphql } from '../../../gql/gql';

export const GroupCardFields = graphql(`
  fragment GroupCardFields on Group {
    id
    slug
    name
    kind
    membershipPolicy
    visibility
    memberCount
    viewerState
  }
`);

export const GroupDirectoryQuery = graphql(`
  query GroupDirectory($kind: GroupKind, $query: String, $mine: Boolean!, $after: String) {
    groups(kind: $kind, query: $query, mine: $mine, first: 24, after: $after) {
      nodes {
        ...GroupCardFields
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const GroupPageQuery = graphql(`
  query GroupPage($slug: String!) {
    group(slug: $slug) {
      ...GroupCardFields
      descriptionHtml
      descriptionSource
      viewerCanManage
      viewerShowsFlair
      owners {
        id
        displayName
        handle
      }
      viewerJoinRequest {
        id
        createdAt
      }
      viewerInvitation {
        id
        state
        expiresAt
      }
      forums {
        id
        slug
        name
        description
        threadCount
        lastActivityAt
      }
      latestThreads(first: 5) {
        id
        title
        replyCount
        isSolved
        lastActivityAt
      }
    }
  }
`);

export const GroupMembersQuery = graphql(`
  query GroupMembers($slug: String!, $after: String) {
    group(slug: $slug) {
      id
      members(first: 50, after: $after) {
        nodes {
          role
          joinedAt
          user {
            id
            displayName
            handle
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

export const GroupAdminQuery = graphql(`
  query GroupAdmin($slug: String!) {
    group(slug: $slug) {
      id
      joinRequests(first: 50) {
        nodes {
          id
          message
          createdAt
          user {
            id
            displayName
            handle
          }
        }
      }
      invitations {
        id
        state
        expiresAt
        user {
          id
          displayName
          handle
        }
      }
    }
  }
`);

export const MyGroupInvitationsQuery = graphql(`
  query MyGroupInvitations {
    myGroupInvitations {
      id
      expiresAt
      group {
        id
        slug
        name
      }
      invitedBy {
        id
        displayName
      }
    }
  }
`);

export const JoinGroupMutation = graphql(`
  mutation JoinGroup($groupId: ID!) {
    joinGroup(groupId: $groupId) {
      id
      viewerState
      memberCount
    }
  }
`);

export const RequestToJoinGroupMutation = graphql(`
  mutation RequestToJoinGroup($groupId: ID!, $message: String!) {
    requestToJoinGroup(groupId: $groupId, message: $message) {
      id
      viewerState
      memberCount
    }
  }
`);

export const CancelJoinRequestMutation = graphql(`
  mutation CancelJoinRequest($groupId: ID!) {
    cancelJoinRequest(groupId: $groupId) {
      id
      viewerState
    }
  }
`);

export const LeaveGroupMutation = graphql(`
  mutation LeaveGroup($groupId: ID!) {
    leaveGroup(groupId: $groupId)
  }
`);

export const RespondToGroupInvitationMutation = graphql(`
  mutation RespondToGroupInvitation($invitationId: ID!, $accept: Boolean!) {
    respondToGroupInvitation(invitationId: $invitationId, accept: $accept) {
      id
      state
    }
  }
`);

export const DecideJoinRequestMutation = graphql(`
  mutation DecideJoinRequest($requestId: ID!, $approve: Boolean!, $message: String!) {
    decideJoinRequest(requestId: $requestId, approve: $approve, message: $message) {
      id
      status
    }
  }
`);

export const InviteToGroupMutation = graphql(`
  mutation InviteToGroup($groupId: ID!, $handle: String!) {
    inviteToGroup(groupId: $groupId, handle: $handle) {
      id
      state
    }
  }
`);

export const RevokeGroupInvitationMutation = graphql(`
  mutation RevokeGroupInvitation($invitationId: ID!) {
    revokeGroupInvitation(invitationId: $invitationId) {
      id
      state
    }
  }
`);

export const RemoveGroupMemberMutation = graphql(`
  mutation RemoveGroupMember($groupId: ID!, $userId: ID!) {
    removeGroupMember(groupId: $groupId, userId: $userId)
  }
`);

export const TransferGroupOwnershipMutation = graphql(`
  mutation TransferGroupOwnership($groupId: ID!, $userId: ID!) {
    transferGroupOwnership(groupId: $groupId, userId: $userId) {
      id
    }
  }
`);

export const SetGroupFlairMutation = graphql(`
  mutation SetGroupFlair($groupId: ID) {
    setGroupFlair(groupId: $groupId) {
      name
      slug
    }
  }
`);

export const CreateGroupMutation = graphql(`
  mutation CreateGroup($input: CreateGroupInput!) {
    createGroup(input: $input) {
      id
      slug
    }
  }
`);

export const UpdateGroupMutation = graphql(`
  mutation UpdateGroup($input: UpdateGroupInput!) {
    updateGroup(input: $input) {
      id
      slug
      name
      descriptionHtml
      descriptionSource
      kind
      membershipPolicy
      visibility
    }
  }
`);
