import { graphql } from '../../../gql/gql';

/** What a ticket's SLA line needs: the status line on the thread page, the lists and the ticket page share it. */
export const TicketSlaFields = graphql(`
  fragment TicketSlaFields on Ticket {
    id
    number
    status
    priority
    openedAt
    firstResponseDueAt
    firstRespondedAt
    sla {
      state
      dueAt
      atRiskAt
      respondedAt
      breachedAt
    }
  }
`);

export const TicketPageFields = graphql(`
  fragment TicketPageFields on Ticket {
    ...TicketSlaFields
    plan
    escalationLevel
    emergencyReason
    solvedAt
    resolutionPostId
    attachments {
      ...TicketAttachmentFields
    }
    organization {
      id
      name
      plan
      accountManager {
        id
        displayName
      }
    }
    whatHappened
    expected
    errorMessages
    stepsToReproduce
    affected
    businessImpact
    requester {
      id
      displayName
    }
    assignee {
      id
      displayName
    }
    thread {
      id
      title
      isEscalated
    }
    messages {
      id
      body
      internal
      createdAt
      author {
        id
        displayName
        badges
      }
    }
    timeline {
      id
      kind
      fromValue
      toValue
      reason
      createdAt
      actor {
        id
        displayName
      }
    }
  }
`);

export const SupportStatusQuery = graphql(`
  query SupportStatus {
    supportStatus {
      openNow
      nextOpeningAt
      emergencyAvailable
      plan
      timeZone
      targets {
        priority
        firstResponseMinutes
        clock
      }
    }
  }
`);

/** The support part of the thread page: whether it is escalated, and its ticket for the asker and staff. */
export const ThreadTicketQuery = graphql(`
  query ThreadTicket($id: ID!) {
    thread(id: $id) {
      id
      isEscalated
      ticket {
        ...TicketSlaFields
      }
    }
  }
`);

export const MyTicketsQuery = graphql(`
  query MyTickets {
    myTickets {
      ...TicketSlaFields
      thread {
        id
        title
      }
    }
  }
`);

export const TicketPageQuery = graphql(`
  query TicketPage($number: Int!) {
    ticket(number: $number) {
      ...TicketPageFields
    }
  }
`);

export const EscalateThreadMutation = graphql(`
  mutation EscalateThread($input: EscalateThreadInput!) {
    escalateThread(input: $input) {
      ...TicketSlaFields
      thread {
        id
        isEscalated
        ticket {
          id
        }
      }
    }
  }
`);

export const ReplyToTicketMutation = graphql(`
  mutation ReplyToTicket($input: TicketReplyInput!) {
    replyToTicket(input: $input) {
      ...TicketPageFields
    }
  }
`);

export const SetTicketStatusMutation = graphql(`
  mutation SetTicketStatus($input: TicketStatusInput!) {
    setTicketStatus(input: $input) {
      ...TicketPageFields
    }
  }
`);

export const AssignTicketMutation = graphql(`
  mutation AssignTicket($input: AssignTicketInput!) {
    assignTicket(input: $input) {
      ...TicketPageFields
    }
  }
`);

export const SetTicketLevelMutation = graphql(`
  mutation SetTicketLevel($input: TicketLevelInput!) {
    setTicketLevel(input: $input) {
      ...TicketPageFields
    }
  }
`);

export const PostTicketResolutionMutation = graphql(`
  mutation PostTicketResolution($input: TicketResolutionInput!) {
    postTicketResolution(input: $input) {
      ...TicketPageFields
      thread {
        id
        forum {
          id
        }
      }
    }
  }
`);

/** Staff: the queue, in the server's order (breached first, then by due time). */
export const TicketQueueQuery = graphql(`
  query TicketQueue($filter: TicketQueueFilter, $first: Int, $after: String) {
    ticketQueue(filter: $filter, first: $first, after: $after) {
      edges {
        cursor
        node {
          ...TicketSlaFields
          escalationLevel
          thread {
            id
            title
          }
          assignee {
            id
            displayName
          }
          organization {
            id
            name
            plan
            accountManager {
              id
              displayName
            }
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`);

/** Staff: the customer organizations, for the queue's filter. */
export const QueueOrganizationsQuery = graphql(`
  query QueueOrganizations {
    organizations {
      id
      name
    }
  }
`);
