import { graphql } from '../../../gql/gql';

export const AdminUserFields = graphql(`
  fragment AdminUserFields on User {
    id
    handle
    displayName
    email
    roles
    organization {
      id
      name
    }
  }
`);

export const AdminUsersQuery = graphql(`
  query AdminUsers($query: String, $after: String) {
    users(first: 20, query: $query, after: $after) {
      nodes {
        ...AdminUserFields
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const SetUserRolesMutation = graphql(`
  mutation SetUserRoles($input: SetUserRolesInput!) {
    setUserRoles(input: $input) {
      ...AdminUserFields
    }
  }
`);

export const AssignUserToOrganizationMutation = graphql(`
  mutation AssignUserToOrganization($input: AssignOrganizationInput!) {
    assignUserToOrganization(input: $input) {
      ...AdminUserFields
    }
  }
`);

export const AdminOrganizationFields = graphql(`
  fragment AdminOrganizationFields on Organization {
    id
    name
    plan
    accountManager {
      id
      displayName
    }
  }
`);

export const AdminOrganizationsQuery = graphql(`
  query AdminOrganizations {
    organizations {
      ...AdminOrganizationFields
    }
  }
`);

/** Account managers are staff: the first 100 accounts holding STAFF or ADMIN (filtered on the client). */
export const AdminStaffOptionsQuery = graphql(`
  query AdminStaffOptions {
    users(first: 100) {
      nodes {
        id
        displayName
        roles
      }
    }
  }
`);

export const CreateOrganizationMutation = graphql(`
  mutation CreateOrganization($input: CreateOrganizationInput!) {
    createOrganization(input: $input) {
      ...AdminOrganizationFields
    }
  }
`);

export const UpdateOrganizationMutation = graphql(`
  mutation UpdateOrganization($input: UpdateOrganizationInput!) {
    updateOrganization(input: $input) {
      ...AdminOrganizationFields
    }
  }
`);

export const AdminGroupsQuery = graphql(`
  query AdminGroups($after: String) {
    groups(first: 50, after: $after) {
      nodes {
        id
        slug
        name
        kind
        membershipPolicy
        visibility
        memberCount
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const AdminCreateGroupMutation = graphql(`
  mutation AdminCreateGroup($input: CreateGroupInput!) {
    createGroup(input: $input) {
      id
      slug
      name
    }
  }
`);
