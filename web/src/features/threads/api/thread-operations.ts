import { graphql } from '../../../gql/gql';

export const PostFields = graphql(`
  fragment PostFields on Post {
    id
    postNumber
    bodyHtml
    bodySource
    bodyFormat
    createdAt
    editedAt
    helpfulCount
    isAccepted
    isHidden
    hiddenReason
    revisionCount
    viewerCanDelete
    viewerCanEdit
    viewerCanVote
    viewerHasVoted
    author {
      id
      displayName
      handle
      badges
      groupFlair {
        name
        slug
      }
    }
    replyTo {
      id
      postNumber
      author {
        id
        displayName
      }
    }
  }
`);

export const AcceptedAnswerFields = graphql(`
  fragment AcceptedAnswerFields on AcceptedAnswer {
    kind
    acceptedAt
    acceptedBy {
      id
      displayName
    }
    post {
      ...PostFields
    }
  }
`);

/** Everything about a thread that replies, votes, answers and moderation change: each mutation returns it. */
export const ThreadStateFields = graphql(`
  fragment ThreadStateFields on Thread {
    id
    status
    isSolved
    isLocked
    isPinned
    isHidden
    hiddenReason
    lockReason
    movedFrom
    viewerWatch
    replyCount
    helpfulCount
    hasStaffAnswer
    lastActivityAt
    viewerCanReply
    viewerCanAccept
    viewerCanEdit
    viewerCanModerate
    acceptedAnswer {
      ...AcceptedAnswerFields
    }
  }
`);

export const SetThreadWatchMutation = graphql(`
  mutation SetThreadWatch($threadId: ID!, $level: WatchLevel!) {
    setThreadWatch(threadId: $threadId, level: $level) {
      id
      viewerWatch
    }
  }
`);

export const ModerationEntryFields = graphql(`
  fragment ModerationEntryFields on ModerationEntry {
    id
    action
    reason
    details
    createdAt
    actor {
      id
      displayName
    }
  }
`);

export const ThreadPageQuery = graphql(`
  query ThreadPage($id: ID!, $after: String, $before: String, $around: Int) {
    thread(id: $id) {
      ...ThreadStateFields
      title
      tags
      createdAt
      forum {
        id
        slug
        name
        isArchived
        isPrivate
        group {
          id
          name
          slug
        }
      }
      author {
        id
        displayName
      }
      openingPost {
        ...PostFields
      }
      posts(first: 20, after: $after, before: $before, aroundPostNumber: $around) {
        edges {
          cursor
          node {
            ...PostFields
          }
        }
        pageInfo {
          hasNextPage
          hasPreviousPage
          startCursor
          endCursor
        }
        totalCount
      }
      moderationLog {
        ...ModerationEntryFields
      }
    }
  }
`);

/**
 * The thread's counters and accepted answer on their own. Fetched after hiding or deleting a reply:
 * those mutations return only the post (the thread they could embed is read before the change).
 */
export const ThreadStateQuery = graphql(`
  query ThreadState($id: ID!) {
    thread(id: $id) {
      ...ThreadStateFields
    }
  }
`);

export const NewThreadForumQuery = graphql(`
  query NewThreadForum($slug: String!) {
    forum(slug: $slug) {
      id
      slug
      name
      isArchived
      viewerCanPost
    }
  }
`);

export const MoveTargetForumsQuery = graphql(`
  query MoveTargetForums {
    forums {
      id
      name
      slug
    }
  }
`);

export const PreviewMarkdownQuery = graphql(`
  query PreviewMarkdown($body: String!) {
    previewMarkdown(body: $body)
  }
`);

export const RevisionFields = graphql(`
  fragment RevisionFields on PostRevision {
    revision
    createdAt
    reason
    changes
    title
    tags
    editor {
      id
      displayName
    }
    bodyDiff {
      added
      removed
      value
    }
    bodyDiffStatus
    redacted
  }
`);

export const RedactRevisionMutation = graphql(`
  mutation RedactRevision($input: RedactRevisionInput!) {
    redactRevision(input: $input) {
      id
      thread {
        id
        moderationLog {
          ...ModerationEntryFields
        }
      }
    }
  }
`);

/**
 * There is no `post(id)` query, so a post's history is reached through its thread: the opening post,
 * the accepted answer, or a reply as the one post after the cursor of the reply before it.
 */
export const PostRevisionsQuery = graphql(`
  query PostRevisions($threadId: ID!, $postNumber: Int, $opening: Boolean!, $accepted: Boolean!, $reply: Boolean!) {
    thread(id: $threadId) {
      id
      openingPost @include(if: $opening) {
        id
        revisions {
          ...RevisionFields
        }
      }
      acceptedAnswer @include(if: $accepted) {
        post {
          id
          revisions {
            ...RevisionFields
          }
        }
      }
      posts(first: 1, aroundPostNumber: $postNumber) @include(if: $reply) {
        nodes {
          id
          revisions {
            ...RevisionFields
          }
        }
      }
    }
  }
`);

export const CreateThreadMutation = graphql(`
  mutation CreateThread($input: CreateThreadInput!) {
    createThread(input: $input) {
      id
      forum {
        id
      }
    }
  }
`);

export const ReplyToThreadMutation = graphql(`
  mutation ReplyToThread($input: ReplyInput!) {
    replyToThread(input: $input) {
      ...PostFields
      thread {
        ...ThreadStateFields
      }
    }
  }
`);

export const EditPostMutation = graphql(`
  mutation EditPost($input: EditPostInput!) {
    editPost(input: $input) {
      ...PostFields
    }
  }
`);

export const EditThreadMutation = graphql(`
  mutation EditThread($input: EditThreadInput!) {
    editThread(input: $input) {
      id
      title
      tags
      openingPost {
        ...PostFields
      }
    }
  }
`);

export const DeletePostMutation = graphql(`
  mutation DeletePost($postId: ID!) {
    deletePost(postId: $postId) {
      ...PostFields
    }
  }
`);

export const VoteHelpfulMutation = graphql(`
  mutation VoteHelpful($postId: ID!) {
    voteHelpful(postId: $postId) {
      id
      helpfulCount
      viewerHasVoted
      viewerCanVote
    }
  }
`);

export const WithdrawHelpfulVoteMutation = graphql(`
  mutation WithdrawHelpfulVote($postId: ID!) {
    withdrawHelpfulVote(postId: $postId) {
      id
      helpfulCount
      viewerHasVoted
      viewerCanVote
    }
  }
`);

export const AcceptAnswerMutation = graphql(`
  mutation AcceptAnswer($postId: ID!) {
    acceptAnswer(postId: $postId) {
      ...ThreadStateFields
    }
  }
`);

export const ClearAcceptedAnswerMutation = graphql(`
  mutation ClearAcceptedAnswer($threadId: ID!) {
    clearAcceptedAnswer(threadId: $threadId) {
      ...ThreadStateFields
    }
  }
`);

export const ModerateThreadMutation = graphql(`
  mutation ModerateThread($input: ModerateThreadInput!) {
    moderateThread(input: $input) {
      ...ThreadStateFields
      moderationLog {
        ...ModerationEntryFields
      }
    }
  }
`);

export const MoveThreadMutation = graphql(`
  mutation MoveThread($input: MoveThreadInput!) {
    moveThread(input: $input) {
      ...ThreadStateFields
      forum {
        id
        slug
        name
      }
      moderationLog {
        ...ModerationEntryFields
      }
    }
  }
`);

export const ModeratePostMutation = graphql(`
  mutation ModeratePost($input: ModeratePostInput!) {
    moderatePost(input: $input) {
      ...PostFields
      thread {
        id
        moderationLog {
          ...ModerationEntryFields
        }
      }
    }
  }
`);

// Kept in its own module so the app shell's cache reactions do not load every document of this feature.
export { evictThreads } from './thread-cache';

export const RecordThreadViewMutation = graphql(`
  mutation RecordThreadView($threadId: ID!) {
    recordThreadView(threadId: $threadId)
  }
`);

export const MarkThreadReadMutation = graphql(`
  mutation MarkThreadRead($threadId: ID!, $postNumber: Int!) {
    markThreadRead(threadId: $threadId, postNumber: $postNumber) {
      id
      viewerUnread {
        lastReadPostNumber
        newReplies
      }
    }
  }
`);
