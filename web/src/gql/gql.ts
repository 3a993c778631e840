/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment AdminUserFields on User {\n    id\n    handle\n    displayName\n    email\n    roles\n    organization {\n      id\n      name\n    }\n  }\n": typeof types.AdminUserFieldsFragmentDoc,
    "\n  query AdminUsers($query: String, $after: String) {\n    users(first: 20, query: $query, after: $after) {\n      nodes {\n        ...AdminUserFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.AdminUsersDocument,
    "\n  mutation SetUserRoles($input: SetUserRolesInput!) {\n    setUserRoles(input: $input) {\n      ...AdminUserFields\n    }\n  }\n": typeof types.SetUserRolesDocument,
    "\n  mutation AssignUserToOrganization($input: AssignOrganizationInput!) {\n    assignUserToOrganization(input: $input) {\n      ...AdminUserFields\n    }\n  }\n": typeof types.AssignUserToOrganizationDocument,
    "\n  fragment AdminOrganizationFields on Organization {\n    id\n    name\n    plan\n    accountManager {\n      id\n      displayName\n    }\n  }\n": typeof types.AdminOrganizationFieldsFragmentDoc,
    "\n  query AdminOrganizations {\n    organizations {\n      ...AdminOrganizationFields\n    }\n  }\n": typeof types.AdminOrganizationsDocument,
    "\n  query AdminStaffOptions {\n    users(first: 100) {\n      nodes {\n        id\n        displayName\n        roles\n      }\n    }\n  }\n": typeof types.AdminStaffOptionsDocument,
    "\n  mutation CreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      ...AdminOrganizationFields\n    }\n  }\n": typeof types.CreateOrganizationDocument,
    "\n  mutation UpdateOrganization($input: UpdateOrganizationInput!) {\n    updateOrganization(input: $input) {\n      ...AdminOrganizationFields\n    }\n  }\n": typeof types.UpdateOrganizationDocument,
    "\n  query AdminGroups($after: String) {\n    groups(first: 50, after: $after) {\n      nodes {\n        id\n        slug\n        name\n        kind\n        membershipPolicy\n        visibility\n        memberCount\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.AdminGroupsDocument,
    "\n  mutation AdminCreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      id\n      slug\n      name\n    }\n  }\n": typeof types.AdminCreateGroupDocument,
    "\n  fragment AdminForumFields on Forum {\n    id\n    slug\n    name\n    description\n    productArea\n    color\n    position\n    isArchived\n    isPrivate\n    group {\n      id\n      name\n    }\n    threadCount\n    postCount\n  }\n": typeof types.AdminForumFieldsFragmentDoc,
    "\n  query AdminForums {\n    forums(includeArchived: true) {\n      ...AdminForumFields\n    }\n  }\n": typeof types.AdminForumsDocument,
    "\n  mutation CreateForum($input: CreateForumInput!) {\n    createForum(input: $input) {\n      id\n      slug\n      name\n    }\n  }\n": typeof types.CreateForumDocument,
    "\n  mutation UpdateForum($input: UpdateForumInput!) {\n    updateForum(input: $input) {\n      ...AdminForumFields\n    }\n  }\n": typeof types.UpdateForumDocument,
    "\n  mutation ReorderForums($ids: [ID!]!) {\n    reorderForums(ids: $ids) {\n      id\n      position\n    }\n  }\n": typeof types.ReorderForumsDocument,
    "\n  mutation ArchiveForum($id: ID!) {\n    archiveForum(id: $id) {\n      ...AdminForumFields\n    }\n  }\n": typeof types.ArchiveForumDocument,
    "\n  mutation UnarchiveForum($id: ID!) {\n    unarchiveForum(id: $id) {\n      ...AdminForumFields\n    }\n  }\n": typeof types.UnarchiveForumDocument,
    "\n  query ForumGroupOptions {\n    groups(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ForumGroupOptionsDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      user {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      user {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  mutation Unsubscribe($token: String!) {\n    unsubscribe(token: $token)\n  }\n": typeof types.UnsubscribeDocument,
    "\n  fragment ForumSummaryFields on Forum {\n    id\n    slug\n    name\n    description\n    productArea\n    color\n    position\n    isArchived\n    isPrivate\n    group {\n      id\n      name\n      slug\n    }\n    threadCount\n    postCount\n    lastActivityAt\n    lastThread {\n      id\n      title\n    }\n  }\n": typeof types.ForumSummaryFieldsFragmentDoc,
    "\n  query ForumList($includeArchived: Boolean!) {\n    forums(includeArchived: $includeArchived) {\n      ...ForumSummaryFields\n    }\n  }\n": typeof types.ForumListDocument,
    "\n  fragment LatestThreadFields on Thread {\n    id\n    title\n    isSolved\n    isLocked\n    isPinned\n    isHidden\n    replyCount\n    viewCount\n    lastActivityAt\n    forum {\n      id\n      slug\n      name\n      color\n    }\n    lastPoster {\n      id\n      displayName\n    }\n    viewerUnread {\n      lastReadPostNumber\n      newReplies\n    }\n  }\n": typeof types.LatestThreadFieldsFragmentDoc,
    "\n  query LatestThreads($tab: LatestTab!, $after: String) {\n    latestThreads(tab: $tab, first: 20, after: $after) {\n      edges {\n        cursor\n        node {\n          ...LatestThreadFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.LatestThreadsDocument,
    "\n  fragment ThreadListItemFields on Thread {\n    id\n    title\n    tags\n    isSolved\n    isLocked\n    isPinned\n    isHidden\n    replyCount\n    helpfulCount\n    hasStaffAnswer\n    viewCount\n    lastActivityAt\n    createdAt\n    acceptedAnswerSnippet\n    viewerUnread {\n      lastReadPostNumber\n      newReplies\n    }\n    author {\n      id\n      displayName\n    }\n    lastPoster {\n      id\n      displayName\n    }\n  }\n": typeof types.ThreadListItemFieldsFragmentDoc,
    "\n  query ForumThreads($slug: String!, $sort: ThreadSort!, $filter: ThreadFilterInput, $after: String) {\n    forum(slug: $slug) {\n      id\n      slug\n      name\n      description\n      productArea\n      isArchived\n      isPrivate\n      group {\n        id\n        name\n        slug\n      }\n      threadCount\n      viewerCanPost\n      viewerWatch\n      threads(first: 20, after: $after, sort: $sort, filter: $filter) {\n        nodes {\n          ...ThreadListItemFields\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.ForumThreadsDocument,
    "\n  mutation SetForumWatch($forumId: ID!, $level: WatchLevel!) {\n    setForumWatch(forumId: $forumId, level: $level) {\n      id\n      viewerWatch\n    }\n  }\n": typeof types.SetForumWatchDocument,
    "\n  fragment GroupCardFields on Group {\n    id\n    slug\n    name\n    kind\n    membershipPolicy\n    visibility\n    memberCount\n    viewerState\n  }\n": typeof types.GroupCardFieldsFragmentDoc,
    "\n  query GroupDirectory($kind: GroupKind, $query: String, $mine: Boolean!, $after: String) {\n    groups(kind: $kind, query: $query, mine: $mine, first: 24, after: $after) {\n      nodes {\n        ...GroupCardFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.GroupDirectoryDocument,
    "\n  query GroupPage($slug: String!) {\n    group(slug: $slug) {\n      ...GroupCardFields\n      descriptionHtml\n      descriptionSource\n      viewerCanManage\n      viewerShowsFlair\n      owners {\n        id\n        displayName\n        handle\n      }\n      viewerJoinRequest {\n        id\n        createdAt\n      }\n      viewerInvitation {\n        id\n        state\n        expiresAt\n      }\n      forums {\n        id\n        slug\n        name\n        description\n        threadCount\n        lastActivityAt\n      }\n      latestThreads(first: 5) {\n        id\n        title\n        replyCount\n        isSolved\n        lastActivityAt\n      }\n    }\n  }\n": typeof types.GroupPageDocument,
    "\n  query GroupMembers($slug: String!, $after: String) {\n    group(slug: $slug) {\n      id\n      members(first: 50, after: $after) {\n        nodes {\n          role\n          joinedAt\n          user {\n            id\n            displayName\n            handle\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.GroupMembersDocument,
    "\n  query GroupAdmin($slug: String!) {\n    group(slug: $slug) {\n      id\n      joinRequests(first: 50) {\n        nodes {\n          id\n          message\n          createdAt\n          user {\n            id\n            displayName\n            handle\n          }\n        }\n      }\n      invitations {\n        id\n        state\n        expiresAt\n        user {\n          id\n          displayName\n          handle\n        }\n      }\n    }\n  }\n": typeof types.GroupAdminDocument,
    "\n  query MyGroupInvitations {\n    myGroupInvitations {\n      id\n      expiresAt\n      group {\n        id\n        slug\n        name\n      }\n      invitedBy {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.MyGroupInvitationsDocument,
    "\n  mutation JoinGroup($groupId: ID!) {\n    joinGroup(groupId: $groupId) {\n      id\n      viewerState\n      memberCount\n    }\n  }\n": typeof types.JoinGroupDocument,
    "\n  mutation RequestToJoinGroup($groupId: ID!, $message: String!) {\n    requestToJoinGroup(groupId: $groupId, message: $message) {\n      id\n      viewerState\n      memberCount\n    }\n  }\n": typeof types.RequestToJoinGroupDocument,
    "\n  mutation CancelJoinRequest($groupId: ID!) {\n    cancelJoinRequest(groupId: $groupId) {\n      id\n      viewerState\n    }\n  }\n": typeof types.CancelJoinRequestDocument,
    "\n  mutation LeaveGroup($groupId: ID!) {\n    leaveGroup(groupId: $groupId)\n  }\n": typeof types.LeaveGroupDocument,
    "\n  mutation RespondToGroupInvitation($invitationId: ID!, $accept: Boolean!) {\n    respondToGroupInvitation(invitationId: $invitationId, accept: $accept) {\n      id\n      state\n    }\n  }\n": typeof types.RespondToGroupInvitationDocument,
    "\n  mutation DecideJoinRequest($requestId: ID!, $approve: Boolean!, $message: String!) {\n    decideJoinRequest(requestId: $requestId, approve: $approve, message: $message) {\n      id\n      status\n    }\n  }\n": typeof types.DecideJoinRequestDocument,
    "\n  mutation InviteToGroup($groupId: ID!, $handle: String!) {\n    inviteToGroup(groupId: $groupId, handle: $handle) {\n      id\n      state\n    }\n  }\n": typeof types.InviteToGroupDocument,
    "\n  mutation RevokeGroupInvitation($invitationId: ID!) {\n    revokeGroupInvitation(invitationId: $invitationId) {\n      id\n      state\n    }\n  }\n": typeof types.RevokeGroupInvitationDocument,
    "\n  mutation RemoveGroupMember($groupId: ID!, $userId: ID!) {\n    removeGroupMember(groupId: $groupId, userId: $userId)\n  }\n": typeof types.RemoveGroupMemberDocument,
    "\n  mutation TransferGroupOwnership($groupId: ID!, $userId: ID!) {\n    transferGroupOwnership(groupId: $groupId, userId: $userId) {\n      id\n    }\n  }\n": typeof types.TransferGroupOwnershipDocument,
    "\n  mutation SetGroupFlair($groupId: ID) {\n    setGroupFlair(groupId: $groupId) {\n      name\n      slug\n    }\n  }\n": typeof types.SetGroupFlairDocument,
    "\n  mutation CreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      id\n      slug\n    }\n  }\n": typeof types.CreateGroupDocument,
    "\n  mutation UpdateGroup($input: UpdateGroupInput!) {\n    updateGroup(input: $input) {\n      id\n      slug\n      name\n      descriptionHtml\n      descriptionSource\n      kind\n      membershipPolicy\n      visibility\n    }\n  }\n": typeof types.UpdateGroupDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": typeof types.UnreadNotificationCountDocument,
    "\n  query Notifications($after: String) {\n    unreadNotificationCount\n    notifications(first: 30, after: $after) {\n      nodes {\n        id\n        kind\n        read\n        createdAt\n        message\n        ticketNumber\n        moderationAction\n        threadId\n        postNumber\n        actor {\n          id\n          displayName\n          handle\n        }\n        group {\n          id\n          slug\n          name\n        }\n        invitation {\n          id\n          state\n        }\n        post {\n          id\n          postNumber\n          thread {\n            id\n            title\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.NotificationsDocument,
    "\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      read\n    }\n  }\n": typeof types.MarkNotificationReadDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n": typeof types.MarkAllNotificationsReadDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      user {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.ResetPasswordDocument,
    "\n  mutation UpdateDisplayName($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      displayName\n    }\n  }\n": typeof types.UpdateDisplayNameDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n": typeof types.SignOutEverywhereDocument,
    "\n  query PublicProfile($id: ID, $handle: String) {\n    user(id: $id, handle: $handle) {\n      id\n      displayName\n      handle\n      badges\n      createdAt\n      postCount\n      acceptedAnswerCount\n      recentPosts(first: 10) {\n        id\n        postNumber\n        createdAt\n        bodyHtml\n        isAccepted\n        thread {\n          id\n          title\n        }\n      }\n    }\n  }\n": typeof types.PublicProfileDocument,
    "\n  query MyEmailPreferences {\n    myEmailPreferences {\n      kind\n      delivery\n    }\n  }\n": typeof types.MyEmailPreferencesDocument,
    "\n  mutation UpdateEmailPreferences($input: [EmailPreferenceInput!]!) {\n    updateEmailPreferences(input: $input) {\n      kind\n      delivery\n    }\n  }\n": typeof types.UpdateEmailPreferencesDocument,
    "\n  query SearchIndexStatus {\n    searchIndexStatus {\n      available\n      pendingEvents\n      lagSeconds\n      appliedLagP95Ms\n      lastAppliedAt\n      documents\n      lastError\n    }\n  }\n": typeof types.SearchIndexStatusDocument,
    "\n  query SearchSettings {\n    searchSettings {\n      synonyms {\n        word\n        synonyms\n      }\n      stopWords\n      updatedAt\n      applied\n    }\n  }\n": typeof types.SearchSettingsDocument,
    "\n  mutation UpdateSearchSettings($input: SearchSettingsInput!) {\n    updateSearchSettings(input: $input) {\n      synonyms {\n        word\n        synonyms\n      }\n      stopWords\n      updatedAt\n      applied\n    }\n  }\n": typeof types.UpdateSearchSettingsDocument,
    "\n  fragment SearchHitFields on SearchHit {\n    titleHtml\n    snippetHtml\n    snippetSource\n    thread {\n      id\n      title\n      isSolved\n      hasStaffAnswer\n      replyCount\n      tags\n      lastActivityAt\n      forum {\n        id\n        name\n        slug\n      }\n    }\n  }\n": typeof types.SearchHitFieldsFragmentDoc,
    "\n  query InstantSearch($query: String!) {\n    search(query: $query, first: 6) {\n      query\n      hits {\n        titleHtml\n        thread {\n          id\n          title\n          isSolved\n          hasStaffAnswer\n          forum {\n            id\n            name\n            slug\n          }\n        }\n      }\n    }\n  }\n": typeof types.InstantSearchDocument,
    "\n  query SearchPage($query: String!, $filters: SearchFiltersInput, $sort: SearchSort!, $after: String) {\n    search(query: $query, filters: $filters, sort: $sort, first: 20, after: $after) {\n      query\n      hits {\n        ...SearchHitFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      estimatedTotal\n      processingTimeMs\n      facets {\n        forums {\n          forum {\n            id\n            name\n            slug\n          }\n          count\n        }\n        tags {\n          tag\n          count\n        }\n        solved\n        unsolved\n      }\n    }\n  }\n": typeof types.SearchPageDocument,
    "\n  query SearchAskForums {\n    forums {\n      id\n      slug\n      name\n    }\n  }\n": typeof types.SearchAskForumsDocument,
    "\n  query SimilarThreads($title: String!, $body: String, $forum: ID) {\n    similarThreads(title: $title, body: $body, forum: $forum, first: 5) {\n      ...SearchHitFields\n    }\n  }\n": typeof types.SimilarThreadsDocument,
    "\n  mutation RecordComposerEvent($input: ComposerEventInput!) {\n    recordComposerEvent(input: $input)\n  }\n": typeof types.RecordComposerEventDocument,
    "\n  fragment SupportSettingsFields on SupportSettings {\n    timeZone\n    holidaySource\n    removedHolidays\n    updatedAt\n    hours {\n      weekday\n      closed\n      opens\n      closes\n    }\n    extraHolidays {\n      date\n      name\n    }\n    targets {\n      plan\n      priority\n      firstResponseMinutes\n      clock\n    }\n    upcomingHolidays(months: 12, includeWorked: true) {\n      date\n      name\n      origin\n      worked\n    }\n  }\n": typeof types.SupportSettingsFieldsFragmentDoc,
    "\n  query SupportSettings {\n    supportSettings {\n      ...SupportSettingsFields\n    }\n  }\n": typeof types.SupportSettingsDocument,
    "\n  mutation UpdateSupportSettings($input: SupportSettingsInput!) {\n    updateSupportSettings(input: $input) {\n      ...SupportSettingsFields\n    }\n  }\n": typeof types.UpdateSupportSettingsDocument,
    "\n  query SlaPreview($priority: TicketPriority!, $plan: Plan!, $openedAt: DateTime!) {\n    slaPreview(priority: $priority, plan: $plan, openedAt: $openedAt) {\n      firstResponseDueAt\n      targetMinutes\n      clock\n    }\n  }\n": typeof types.SlaPreviewDocument,
    "\n  query UserSuggestions($prefix: String!) {\n    userSuggestions(prefix: $prefix, first: 8) {\n      id\n      handle\n      displayName\n    }\n  }\n": typeof types.UserSuggestionsDocument,
    "\n  query UsersByHandles($handles: [String!]!) {\n    usersByHandles(handles: $handles) {\n      id\n      handle\n    }\n  }\n": typeof types.UsersByHandlesDocument,
    "\n  fragment PostFields on Post {\n    id\n    postNumber\n    bodyHtml\n    bodySource\n    bodyFormat\n    createdAt\n    editedAt\n    helpfulCount\n    isAccepted\n    isHidden\n    hiddenReason\n    revisionCount\n    viewerCanDelete\n    viewerCanEdit\n    viewerCanVote\n    viewerHasVoted\n    author {\n      id\n      displayName\n      handle\n      badges\n      groupFlair {\n        name\n        slug\n      }\n    }\n    replyTo {\n      id\n      postNumber\n      author {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.PostFieldsFragmentDoc,
    "\n  fragment AcceptedAnswerFields on AcceptedAnswer {\n    kind\n    acceptedAt\n    acceptedBy {\n      id\n      displayName\n    }\n    post {\n      ...PostFields\n    }\n  }\n": typeof types.AcceptedAnswerFieldsFragmentDoc,
    "\n  fragment ThreadStateFields on Thread {\n    id\n    status\n    isSolved\n    isLocked\n    isPinned\n    isHidden\n    hiddenReason\n    lockReason\n    movedFrom\n    viewerWatch\n    replyCount\n    helpfulCount\n    hasStaffAnswer\n    lastActivityAt\n    viewerCanReply\n    viewerCanAccept\n    viewerCanEdit\n    viewerCanModerate\n    acceptedAnswer {\n      ...AcceptedAnswerFields\n    }\n  }\n": typeof types.ThreadStateFieldsFragmentDoc,
    "\n  mutation SetThreadWatch($threadId: ID!, $level: WatchLevel!) {\n    setThreadWatch(threadId: $threadId, level: $level) {\n      id\n      viewerWatch\n    }\n  }\n": typeof types.SetThreadWatchDocument,
    "\n  fragment ModerationEntryFields on ModerationEntry {\n    id\n    action\n    reason\n    details\n    createdAt\n    actor {\n      id\n      displayName\n    }\n  }\n": typeof types.ModerationEntryFieldsFragmentDoc,
    "\n  query ThreadPage($id: ID!, $after: String, $before: String, $around: Int) {\n    thread(id: $id) {\n      ...ThreadStateFields\n      title\n      tags\n      createdAt\n      forum {\n        id\n        slug\n        name\n        isArchived\n        isPrivate\n        group {\n          id\n          name\n          slug\n        }\n      }\n      author {\n        id\n        displayName\n      }\n      openingPost {\n        ...PostFields\n      }\n      posts(first: 20, after: $after, before: $before, aroundPostNumber: $around) {\n        edges {\n          cursor\n          node {\n            ...PostFields\n          }\n        }\n        pageInfo {\n          hasNextPage\n          hasPreviousPage\n          startCursor\n          endCursor\n        }\n        totalCount\n      }\n      moderationLog {\n        ...ModerationEntryFields\n      }\n    }\n  }\n": typeof types.ThreadPageDocument,
    "\n  query ThreadState($id: ID!) {\n    thread(id: $id) {\n      ...ThreadStateFields\n    }\n  }\n": typeof types.ThreadStateDocument,
    "\n  query NewThreadForum($slug: String!) {\n    forum(slug: $slug) {\n      id\n      slug\n      name\n      isArchived\n      viewerCanPost\n    }\n  }\n": typeof types.NewThreadForumDocument,
    "\n  query MoveTargetForums {\n    forums {\n      id\n      name\n      slug\n    }\n  }\n": typeof types.MoveTargetForumsDocument,
    "\n  query PreviewMarkdown($body: String!) {\n    previewMarkdown(body: $body)\n  }\n": typeof types.PreviewMarkdownDocument,
    "\n  fragment RevisionFields on PostRevision {\n    revision\n    createdAt\n    reason\n    changes\n    title\n    tags\n    editor {\n      id\n      displayName\n    }\n    bodyDiff {\n      added\n      removed\n      value\n    }\n    bodyDiffStatus\n    redacted\n  }\n": typeof types.RevisionFieldsFragmentDoc,
    "\n  mutation RedactRevision($input: RedactRevisionInput!) {\n    redactRevision(input: $input) {\n      id\n      thread {\n        id\n        moderationLog {\n          ...ModerationEntryFields\n        }\n      }\n    }\n  }\n": typeof types.RedactRevisionDocument,
    "\n  query PostRevisions($threadId: ID!, $postNumber: Int, $opening: Boolean!, $accepted: Boolean!, $reply: Boolean!) {\n    thread(id: $threadId) {\n      id\n      openingPost @include(if: $opening) {\n        id\n        revisions {\n          ...RevisionFields\n        }\n      }\n      acceptedAnswer @include(if: $accepted) {\n        post {\n          id\n          revisions {\n            ...RevisionFields\n          }\n        }\n      }\n      posts(first: 1, aroundPostNumber: $postNumber) @include(if: $reply) {\n        nodes {\n          id\n          revisions {\n            ...RevisionFields\n          }\n        }\n      }\n    }\n  }\n": typeof types.PostRevisionsDocument,
    "\n  mutation CreateThread($input: CreateThreadInput!) {\n    createThread(input: $input) {\n      id\n      forum {\n        id\n      }\n    }\n  }\n": typeof types.CreateThreadDocument,
    "\n  mutation ReplyToThread($input: ReplyInput!) {\n    replyToThread(input: $input) {\n      ...PostFields\n      thread {\n        ...ThreadStateFields\n      }\n    }\n  }\n": typeof types.ReplyToThreadDocument,
    "\n  mutation EditPost($input: EditPostInput!) {\n    editPost(input: $input) {\n      ...PostFields\n    }\n  }\n": typeof types.EditPostDocument,
    "\n  mutation EditThread($input: EditThreadInput!) {\n    editThread(input: $input) {\n      id\n      title\n      tags\n      openingPost {\n        ...PostFields\n      }\n    }\n  }\n": typeof types.EditThreadDocument,
    "\n  mutation DeletePost($postId: ID!) {\n    deletePost(postId: $postId) {\n      ...PostFields\n    }\n  }\n": typeof types.DeletePostDocument,
    "\n  mutation VoteHelpful($postId: ID!) {\n    voteHelpful(postId: $postId) {\n      id\n      helpfulCount\n      viewerHasVoted\n      viewerCanVote\n    }\n  }\n": typeof types.VoteHelpfulDocument,
    "\n  mutation WithdrawHelpfulVote($postId: ID!) {\n    withdrawHelpfulVote(postId: $postId) {\n      id\n      helpfulCount\n      viewerHasVoted\n      viewerCanVote\n    }\n  }\n": typeof types.WithdrawHelpfulVoteDocument,
    "\n  mutation AcceptAnswer($postId: ID!) {\n    acceptAnswer(postId: $postId) {\n      ...ThreadStateFields\n    }\n  }\n": typeof types.AcceptAnswerDocument,
    "\n  mutation ClearAcceptedAnswer($threadId: ID!) {\n    clearAcceptedAnswer(threadId: $threadId) {\n      ...ThreadStateFields\n    }\n  }\n": typeof types.ClearAcceptedAnswerDocument,
    "\n  mutation ModerateThread($input: ModerateThreadInput!) {\n    moderateThread(input: $input) {\n      ...ThreadStateFields\n      moderationLog {\n        ...ModerationEntryFields\n      }\n    }\n  }\n": typeof types.ModerateThreadDocument,
    "\n  mutation MoveThread($input: MoveThreadInput!) {\n    moveThread(input: $input) {\n      ...ThreadStateFields\n      forum {\n        id\n        slug\n        name\n      }\n      moderationLog {\n        ...ModerationEntryFields\n      }\n    }\n  }\n": typeof types.MoveThreadDocument,
    "\n  mutation ModeratePost($input: ModeratePostInput!) {\n    moderatePost(input: $input) {\n      ...PostFields\n      thread {\n        id\n        moderationLog {\n          ...ModerationEntryFields\n        }\n      }\n    }\n  }\n": typeof types.ModeratePostDocument,
    "\n  mutation RecordThreadView($threadId: ID!) {\n    recordThreadView(threadId: $threadId)\n  }\n": typeof types.RecordThreadViewDocument,
    "\n  mutation MarkThreadRead($threadId: ID!, $postNumber: Int!) {\n    markThreadRead(threadId: $threadId, postNumber: $postNumber) {\n      id\n      viewerUnread {\n        lastReadPostNumber\n        newReplies\n      }\n    }\n  }\n": typeof types.MarkThreadReadDocument,
    "\n  fragment TicketAttachmentFields on TicketAttachment {\n    id\n    filename\n    contentType\n    sizeBytes\n    createdAt\n    downloadUrl\n    uploader {\n      id\n      displayName\n    }\n  }\n": typeof types.TicketAttachmentFieldsFragmentDoc,
    "\n  fragment TicketSlaFields on Ticket {\n    id\n    number\n    status\n    priority\n    openedAt\n    firstResponseDueAt\n    firstRespondedAt\n    sla {\n      state\n      dueAt\n      atRiskAt\n      respondedAt\n      breachedAt\n    }\n  }\n": typeof types.TicketSlaFieldsFragmentDoc,
    "\n  fragment TicketPageFields on Ticket {\n    ...TicketSlaFields\n    plan\n    escalationLevel\n    emergencyReason\n    solvedAt\n    resolutionPostId\n    attachments {\n      ...TicketAttachmentFields\n    }\n    organization {\n      id\n      name\n      plan\n      accountManager {\n        id\n        displayName\n      }\n    }\n    whatHappened\n    expected\n    errorMessages\n    stepsToReproduce\n    affected\n    businessImpact\n    requester {\n      id\n      displayName\n    }\n    assignee {\n      id\n      displayName\n    }\n    thread {\n      id\n      title\n      isEscalated\n    }\n    messages {\n      id\n      body\n      internal\n      createdAt\n      author {\n        id\n        displayName\n        badges\n      }\n    }\n    timeline {\n      id\n      kind\n      fromValue\n      toValue\n      reason\n      createdAt\n      actor {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.TicketPageFieldsFragmentDoc,
    "\n  query SupportStatus {\n    supportStatus {\n      openNow\n      nextOpeningAt\n      emergencyAvailable\n      plan\n      timeZone\n      targets {\n        priority\n        firstResponseMinutes\n        clock\n      }\n    }\n  }\n": typeof types.SupportStatusDocument,
    "\n  query ThreadTicket($id: ID!) {\n    thread(id: $id) {\n      id\n      isEscalated\n      ticket {\n        ...TicketSlaFields\n      }\n    }\n  }\n": typeof types.ThreadTicketDocument,
    "\n  query MyTickets {\n    myTickets {\n      ...TicketSlaFields\n      thread {\n        id\n        title\n      }\n    }\n  }\n": typeof types.MyTicketsDocument,
    "\n  query TicketPage($number: Int!) {\n    ticket(number: $number) {\n      ...TicketPageFields\n    }\n  }\n": typeof types.TicketPageDocument,
    "\n  mutation EscalateThread($input: EscalateThreadInput!) {\n    escalateThread(input: $input) {\n      ...TicketSlaFields\n      thread {\n        id\n        isEscalated\n        ticket {\n          id\n        }\n      }\n    }\n  }\n": typeof types.EscalateThreadDocument,
    "\n  mutation ReplyToTicket($input: TicketReplyInput!) {\n    replyToTicket(input: $input) {\n      ...TicketPageFields\n    }\n  }\n": typeof types.ReplyToTicketDocument,
    "\n  mutation SetTicketStatus($input: TicketStatusInput!) {\n    setTicketStatus(input: $input) {\n      ...TicketPageFields\n    }\n  }\n": typeof types.SetTicketStatusDocument,
    "\n  mutation AssignTicket($input: AssignTicketInput!) {\n    assignTicket(input: $input) {\n      ...TicketPageFields\n    }\n  }\n": typeof types.AssignTicketDocument,
    "\n  mutation SetTicketLevel($input: TicketLevelInput!) {\n    setTicketLevel(input: $input) {\n      ...TicketPageFields\n    }\n  }\n": typeof types.SetTicketLevelDocument,
    "\n  mutation PostTicketResolution($input: TicketResolutionInput!) {\n    postTicketResolution(input: $input) {\n      ...TicketPageFields\n      thread {\n        id\n        forum {\n          id\n        }\n      }\n    }\n  }\n": typeof types.PostTicketResolutionDocument,
    "\n  query TicketQueue($filter: TicketQueueFilter, $first: Int, $after: String) {\n    ticketQueue(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...TicketSlaFields\n          escalationLevel\n          thread {\n            id\n            title\n          }\n          assignee {\n            id\n            displayName\n          }\n          organization {\n            id\n            name\n            plan\n            accountManager {\n              id\n              displayName\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": typeof types.TicketQueueDocument,
    "\n  query QueueOrganizations {\n    organizations {\n      id\n      name\n    }\n  }\n": typeof types.QueueOrganizationsDocument,
    "\n  query Viewer {\n    me {\n      id\n      displayName\n      handle\n      email\n      roles\n      badges\n      organization {\n        id\n        name\n        plan\n      }\n      createdAt\n    }\n  }\n": typeof types.ViewerDocument,
};
const documents: Documents = {
    "\n  fragment AdminUserFields on User {\n    id\n    handle\n    displayName\n    email\n    roles\n    organization {\n      id\n      name\n    }\n  }\n": types.AdminUserFieldsFragmentDoc,
    "\n  query AdminUsers($query: String, $after: String) {\n    users(first: 20, query: $query, after: $after) {\n      nodes {\n        ...AdminUserFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.AdminUsersDocument,
    "\n  mutation SetUserRoles($input: SetUserRolesInput!) {\n    setUserRoles(input: $input) {\n      ...AdminUserFields\n    }\n  }\n": types.SetUserRolesDocument,
    "\n  mutation AssignUserToOrganization($input: AssignOrganizationInput!) {\n    assignUserToOrganization(input: $input) {\n      ...AdminUserFields\n    }\n  }\n": types.AssignUserToOrganizationDocument,
    "\n  fragment AdminOrganizationFields on Organization {\n    id\n    name\n    plan\n    accountManager {\n      id\n      displayName\n    }\n  }\n": types.AdminOrganizationFieldsFragmentDoc,
    "\n  query AdminOrganizations {\n    organizations {\n      ...AdminOrganizationFields\n    }\n  }\n": types.AdminOrganizationsDocument,
    "\n  query AdminStaffOptions {\n    users(first: 100) {\n      nodes {\n        id\n        displayName\n        roles\n      }\n    }\n  }\n": types.AdminStaffOptionsDocument,
    "\n  mutation CreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      ...AdminOrganizationFields\n    }\n  }\n": types.CreateOrganizationDocument,
    "\n  mutation UpdateOrganization($input: UpdateOrganizationInput!) {\n    updateOrganization(input: $input) {\n      ...AdminOrganizationFields\n    }\n  }\n": types.UpdateOrganizationDocument,
    "\n  query AdminGroups($after: String) {\n    groups(first: 50, after: $after) {\n      nodes {\n        id\n        slug\n        name\n        kind\n        membershipPolicy\n        visibility\n        memberCount\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.AdminGroupsDocument,
    "\n  mutation AdminCreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      id\n      slug\n      name\n    }\n  }\n": types.AdminCreateGroupDocument,
    "\n  fragment AdminForumFields on Forum {\n    id\n    slug\n    name\n    description\n    productArea\n    color\n    position\n    isArchived\n    isPrivate\n    group {\n      id\n      name\n    }\n    threadCount\n    postCount\n  }\n": types.AdminForumFieldsFragmentDoc,
    "\n  query AdminForums {\n    forums(includeArchived: true) {\n      ...AdminForumFields\n    }\n  }\n": types.AdminForumsDocument,
    "\n  mutation CreateForum($input: CreateForumInput!) {\n    createForum(input: $input) {\n      id\n      slug\n      name\n    }\n  }\n": types.CreateForumDocument,
    "\n  mutation UpdateForum($input: UpdateForumInput!) {\n    updateForum(input: $input) {\n      ...AdminForumFields\n    }\n  }\n": types.UpdateForumDocument,
    "\n  mutation ReorderForums($ids: [ID!]!) {\n    reorderForums(ids: $ids) {\n      id\n      position\n    }\n  }\n": types.ReorderForumsDocument,
    "\n  mutation ArchiveForum($id: ID!) {\n    archiveForum(id: $id) {\n      ...AdminForumFields\n    }\n  }\n": types.ArchiveForumDocument,
    "\n  mutation UnarchiveForum($id: ID!) {\n    unarchiveForum(id: $id) {\n      ...AdminForumFields\n    }\n  }\n": types.UnarchiveForumDocument,
    "\n  query ForumGroupOptions {\n    groups(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": types.ForumGroupOptionsDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      user {\n        id\n        displayName\n      }\n    }\n  }\n": types.SignUpDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      user {\n        id\n        displayName\n      }\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  mutation Unsubscribe($token: String!) {\n    unsubscribe(token: $token)\n  }\n": types.UnsubscribeDocument,
    "\n  fragment ForumSummaryFields on Forum {\n    id\n    slug\n    name\n    description\n    productArea\n    color\n    position\n    isArchived\n    isPrivate\n    group {\n      id\n      name\n      slug\n    }\n    threadCount\n    postCount\n    lastActivityAt\n    lastThread {\n      id\n      title\n    }\n  }\n": types.ForumSummaryFieldsFragmentDoc,
    "\n  query ForumList($includeArchived: Boolean!) {\n    forums(includeArchived: $includeArchived) {\n      ...ForumSummaryFields\n    }\n  }\n": types.ForumListDocument,
    "\n  fragment LatestThreadFields on Thread {\n    id\n    title\n    isSolved\n    isLocked\n    isPinned\n    isHidden\n    replyCount\n    viewCount\n    lastActivityAt\n    forum {\n      id\n      slug\n      name\n      color\n    }\n    lastPoster {\n      id\n      displayName\n    }\n    viewerUnread {\n      lastReadPostNumber\n      newReplies\n    }\n  }\n": types.LatestThreadFieldsFragmentDoc,
    "\n  query LatestThreads($tab: LatestTab!, $after: String) {\n    latestThreads(tab: $tab, first: 20, after: $after) {\n      edges {\n        cursor\n        node {\n          ...LatestThreadFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.LatestThreadsDocument,
    "\n  fragment ThreadListItemFields on Thread {\n    id\n    title\n    tags\n    isSolved\n    isLocked\n    isPinned\n    isHidden\n    replyCount\n    helpfulCount\n    hasStaffAnswer\n    viewCount\n    lastActivityAt\n    createdAt\n    acceptedAnswerSnippet\n    viewerUnread {\n      lastReadPostNumber\n      newReplies\n    }\n    author {\n      id\n      displayName\n    }\n    lastPoster {\n      id\n      displayName\n    }\n  }\n": types.ThreadListItemFieldsFragmentDoc,
    "\n  query ForumThreads($slug: String!, $sort: ThreadSort!, $filter: ThreadFilterInput, $after: String) {\n    forum(slug: $slug) {\n      id\n      slug\n      name\n      description\n      productArea\n      isArchived\n      isPrivate\n      group {\n        id\n        name\n        slug\n      }\n      threadCount\n      viewerCanPost\n      viewerWatch\n      threads(first: 20, after: $after, sort: $sort, filter: $filter) {\n        nodes {\n          ...ThreadListItemFields\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.ForumThreadsDocument,
    "\n  mutation SetForumWatch($forumId: ID!, $level: WatchLevel!) {\n    setForumWatch(forumId: $forumId, level: $level) {\n      id\n      viewerWatch\n    }\n  }\n": types.SetForumWatchDocument,
    "\n  fragment GroupCardFields on Group {\n    id\n    slug\n    name\n    kind\n    membershipPolicy\n    visibility\n    memberCount\n    viewerState\n  }\n": types.GroupCardFieldsFragmentDoc,
    "\n  query GroupDirectory($kind: GroupKind, $query: String, $mine: Boolean!, $after: String) {\n    groups(kind: $kind, query: $query, mine: $mine, first: 24, after: $after) {\n      nodes {\n        ...GroupCardFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.GroupDirectoryDocument,
    "\n  query GroupPage($slug: String!) {\n    group(slug: $slug) {\n      ...GroupCardFields\n      descriptionHtml\n      descriptionSource\n      viewerCanManage\n      viewerShowsFlair\n      owners {\n        id\n        displayName\n        handle\n      }\n      viewerJoinRequest {\n        id\n        createdAt\n      }\n      viewerInvitation {\n        id\n        state\n        expiresAt\n      }\n      forums {\n        id\n        slug\n        name\n        description\n        threadCount\n        lastActivityAt\n      }\n      latestThreads(first: 5) {\n        id\n        title\n        replyCount\n        isSolved\n        lastActivityAt\n      }\n    }\n  }\n": types.GroupPageDocument,
    "\n  query GroupMembers($slug: String!, $after: String) {\n    group(slug: $slug) {\n      id\n      members(first: 50, after: $after) {\n        nodes {\n          role\n          joinedAt\n          user {\n            id\n            displayName\n            handle\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.GroupMembersDocument,
    "\n  query GroupAdmin($slug: String!) {\n    group(slug: $slug) {\n      id\n      joinRequests(first: 50) {\n        nodes {\n          id\n          message\n          createdAt\n          user {\n            id\n            displayName\n            handle\n          }\n        }\n      }\n      invitations {\n        id\n        state\n        expiresAt\n        user {\n          id\n          displayName\n          handle\n        }\n      }\n    }\n  }\n": types.GroupAdminDocument,
    "\n  query MyGroupInvitations {\n    myGroupInvitations {\n      id\n      expiresAt\n      group {\n        id\n        slug\n        name\n      }\n      invitedBy {\n        id\n        displayName\n      }\n    }\n  }\n": types.MyGroupInvitationsDocument,
    "\n  mutation JoinGroup($groupId: ID!) {\n    joinGroup(groupId: $groupId) {\n      id\n      viewerState\n      memberCount\n    }\n  }\n": types.JoinGroupDocument,
    "\n  mutation RequestToJoinGroup($groupId: ID!, $message: String!) {\n    requestToJoinGroup(groupId: $groupId, message: $message) {\n      id\n      viewerState\n      memberCount\n    }\n  }\n": types.RequestToJoinGroupDocument,
    "\n  mutation CancelJoinRequest($groupId: ID!) {\n    cancelJoinRequest(groupId: $groupId) {\n      id\n      viewerState\n    }\n  }\n": types.CancelJoinRequestDocument,
    "\n  mutation LeaveGroup($groupId: ID!) {\n    leaveGroup(groupId: $groupId)\n  }\n": types.LeaveGroupDocument,
    "\n  mutation RespondToGroupInvitation($invitationId: ID!, $accept: Boolean!) {\n    respondToGroupInvitation(invitationId: $invitationId, accept: $accept) {\n      id\n      state\n    }\n  }\n": types.RespondToGroupInvitationDocument,
    "\n  mutation DecideJoinRequest($requestId: ID!, $approve: Boolean!, $message: String!) {\n    decideJoinRequest(requestId: $requestId, approve: $approve, message: $message) {\n      id\n      status\n    }\n  }\n": types.DecideJoinRequestDocument,
    "\n  mutation InviteToGroup($groupId: ID!, $handle: String!) {\n    inviteToGroup(groupId: $groupId, handle: $handle) {\n      id\n      state\n    }\n  }\n": types.InviteToGroupDocument,
    "\n  mutation RevokeGroupInvitation($invitationId: ID!) {\n    revokeGroupInvitation(invitationId: $invitationId) {\n      id\n      state\n    }\n  }\n": types.RevokeGroupInvitationDocument,
    "\n  mutation RemoveGroupMember($groupId: ID!, $userId: ID!) {\n    removeGroupMember(groupId: $groupId, userId: $userId)\n  }\n": types.RemoveGroupMemberDocument,
    "\n  mutation TransferGroupOwnership($groupId: ID!, $userId: ID!) {\n    transferGroupOwnership(groupId: $groupId, userId: $userId) {\n      id\n    }\n  }\n": types.TransferGroupOwnershipDocument,
    "\n  mutation SetGroupFlair($groupId: ID) {\n    setGroupFlair(groupId: $groupId) {\n      name\n      slug\n    }\n  }\n": types.SetGroupFlairDocument,
    "\n  mutation CreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      id\n      slug\n    }\n  }\n": types.CreateGroupDocument,
    "\n  mutation UpdateGroup($input: UpdateGroupInput!) {\n    updateGroup(input: $input) {\n      id\n      slug\n      name\n      descriptionHtml\n      descriptionSource\n      kind\n      membershipPolicy\n      visibility\n    }\n  }\n": types.UpdateGroupDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": types.UnreadNotificationCountDocument,
    "\n  query Notifications($after: String) {\n    unreadNotificationCount\n    notifications(first: 30, after: $after) {\n      nodes {\n        id\n        kind\n        read\n        createdAt\n        message\n        ticketNumber\n        moderationAction\n        threadId\n        postNumber\n        actor {\n          id\n          displayName\n          handle\n        }\n        group {\n          id\n          slug\n          name\n        }\n        invitation {\n          id\n          state\n        }\n        post {\n          id\n          postNumber\n          thread {\n            id\n            title\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.NotificationsDocument,
    "\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      read\n    }\n  }\n": types.MarkNotificationReadDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n": types.MarkAllNotificationsReadDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      user {\n        id\n        displayName\n      }\n    }\n  }\n": types.ResetPasswordDocument,
    "\n  mutation UpdateDisplayName($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      displayName\n    }\n  }\n": types.UpdateDisplayNameDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": types.ChangePasswordDocument,
    "\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n": types.SignOutEverywhereDocument,
    "\n  query PublicProfile($id: ID, $handle: String) {\n    user(id: $id, handle: $handle) {\n      id\n      displayName\n      handle\n      badges\n      createdAt\n      postCount\n      acceptedAnswerCount\n      recentPosts(first: 10) {\n        id\n        postNumber\n        createdAt\n        bodyHtml\n        isAccepted\n        thread {\n          id\n          title\n        }\n      }\n    }\n  }\n": types.PublicProfileDocument,
    "\n  query MyEmailPreferences {\n    myEmailPreferences {\n      kind\n      delivery\n    }\n  }\n": types.MyEmailPreferencesDocument,
    "\n  mutation UpdateEmailPreferences($input: [EmailPreferenceInput!]!) {\n    updateEmailPreferences(input: $input) {\n      kind\n      delivery\n    }\n  }\n": types.UpdateEmailPreferencesDocument,
    "\n  query SearchIndexStatus {\n    searchIndexStatus {\n      available\n      pendingEvents\n      lagSeconds\n      appliedLagP95Ms\n      lastAppliedAt\n      documents\n      lastError\n    }\n  }\n": types.SearchIndexStatusDocument,
    "\n  query SearchSettings {\n    searchSettings {\n      synonyms {\n        word\n        synonyms\n      }\n      stopWords\n      updatedAt\n      applied\n    }\n  }\n": types.SearchSettingsDocument,
    "\n  mutation UpdateSearchSettings($input: SearchSettingsInput!) {\n    updateSearchSettings(input: $input) {\n      synonyms {\n        word\n        synonyms\n      }\n      stopWords\n      updatedAt\n      applied\n    }\n  }\n": types.UpdateSearchSettingsDocument,
    "\n  fragment SearchHitFields on SearchHit {\n    titleHtml\n    snippetHtml\n    snippetSource\n    thread {\n      id\n      title\n      isSolved\n      hasStaffAnswer\n      replyCount\n      tags\n      lastActivityAt\n      forum {\n        id\n        name\n        slug\n      }\n    }\n  }\n": types.SearchHitFieldsFragmentDoc,
    "\n  query InstantSearch($query: String!) {\n    search(query: $query, first: 6) {\n      query\n      hits {\n        titleHtml\n        thread {\n          id\n          title\n          isSolved\n          hasStaffAnswer\n          forum {\n            id\n            name\n            slug\n          }\n        }\n      }\n    }\n  }\n": types.InstantSearchDocument,
    "\n  query SearchPage($query: String!, $filters: SearchFiltersInput, $sort: SearchSort!, $after: String) {\n    search(query: $query, filters: $filters, sort: $sort, first: 20, after: $after) {\n      query\n      hits {\n        ...SearchHitFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      estimatedTotal\n      processingTimeMs\n      facets {\n        forums {\n          forum {\n            id\n            name\n            slug\n          }\n          count\n        }\n        tags {\n          tag\n          count\n        }\n        solved\n        unsolved\n      }\n    }\n  }\n": types.SearchPageDocument,
    "\n  query SearchAskForums {\n    forums {\n      id\n      slug\n      name\n    }\n  }\n": types.SearchAskForumsDocument,
    "\n  query SimilarThreads($title: String!, $body: String, $forum: ID) {\n    similarThreads(title: $title, body: $body, forum: $forum, first: 5) {\n      ...SearchHitFields\n    }\n  }\n": types.SimilarThreadsDocument,
    "\n  mutation RecordComposerEvent($input: ComposerEventInput!) {\n    recordComposerEvent(input: $input)\n  }\n": types.RecordComposerEventDocument,
    "\n  fragment SupportSettingsFields on SupportSettings {\n    timeZone\n    holidaySource\n    removedHolidays\n    updatedAt\n    hours {\n      weekday\n      closed\n      opens\n      closes\n    }\n    extraHolidays {\n      date\n      name\n    }\n    targets {\n      plan\n      priority\n      firstResponseMinutes\n      clock\n    }\n    upcomingHolidays(months: 12, includeWorked: true) {\n      date\n      name\n      origin\n      worked\n    }\n  }\n": types.SupportSettingsFieldsFragmentDoc,
    "\n  query SupportSettings {\n    supportSettings {\n      ...SupportSettingsFields\n    }\n  }\n": types.SupportSettingsDocument,
    "\n  mutation UpdateSupportSettings($input: SupportSettingsInput!) {\n    updateSupportSettings(input: $input) {\n      ...SupportSettingsFields\n    }\n  }\n": types.UpdateSupportSettingsDocument,
    "\n  query SlaPreview($priority: TicketPriority!, $plan: Plan!, $openedAt: DateTime!) {\n    slaPreview(priority: $priority, plan: $plan, openedAt: $openedAt) {\n      firstResponseDueAt\n      targetMinutes\n      clock\n    }\n  }\n": types.SlaPreviewDocument,
    "\n  query UserSuggestions($prefix: String!) {\n    userSuggestions(prefix: $prefix, first: 8) {\n      id\n      handle\n      displayName\n    }\n  }\n": types.UserSuggestionsDocument,
    "\n  query UsersByHandles($handles: [String!]!) {\n    usersByHandles(handles: $handles) {\n      id\n      handle\n    }\n  }\n": types.UsersByHandlesDocument,
    "\n  fragment PostFields on Post {\n    id\n    postNumber\n    bodyHtml\n    bodySource\n    bodyFormat\n    createdAt\n    editedAt\n    helpfulCount\n    isAccepted\n    isHidden\n    hiddenReason\n    revisionCount\n    viewerCanDelete\n    viewerCanEdit\n    viewerCanVote\n    viewerHasVoted\n    author {\n      id\n      displayName\n      handle\n      badges\n      groupFlair {\n        name\n        slug\n      }\n    }\n    replyTo {\n      id\n      postNumber\n      author {\n        id\n        displayName\n      }\n    }\n  }\n": types.PostFieldsFragmentDoc,
    "\n  fragment AcceptedAnswerFields on AcceptedAnswer {\n    kind\n    acceptedAt\n    acceptedBy {\n      id\n      displayName\n    }\n    post {\n      ...PostFields\n    }\n  }\n": types.AcceptedAnswerFieldsFragmentDoc,
    "\n  fragment ThreadStateFields on Thread {\n    id\n    status\n    isSolved\n    isLocked\n    isPinned\n    isHidden\n    hiddenReason\n    lockReason\n    movedFrom\n    viewerWatch\n    replyCount\n    helpfulCount\n    hasStaffAnswer\n    lastActivityAt\n    viewerCanReply\n    viewerCanAccept\n    viewerCanEdit\n    viewerCanModerate\n    acceptedAnswer {\n      ...AcceptedAnswerFields\n    }\n  }\n": types.ThreadStateFieldsFragmentDoc,
    "\n  mutation SetThreadWatch($threadId: ID!, $level: WatchLevel!) {\n    setThreadWatch(threadId: $threadId, level: $level) {\n      id\n      viewerWatch\n    }\n  }\n": types.SetThreadWatchDocument,
    "\n  fragment ModerationEntryFields on ModerationEntry {\n    id\n    action\n    reason\n    details\n    createdAt\n    actor {\n      id\n      displayName\n    }\n  }\n": types.ModerationEntryFieldsFragmentDoc,
    "\n  query ThreadPage($id: ID!, $after: String, $before: String, $around: Int) {\n    thread(id: $id) {\n      ...ThreadStateFields\n      title\n      tags\n      createdAt\n      forum {\n        id\n        slug\n        name\n        isArchived\n        isPrivate\n        group {\n          id\n          name\n          slug\n        }\n      }\n      author {\n        id\n        displayName\n      }\n      openingPost {\n        ...PostFields\n      }\n      posts(first: 20, after: $after, before: $before, aroundPostNumber: $around) {\n        edges {\n          cursor\n          node {\n            ...PostFields\n          }\n        }\n        pageInfo {\n          hasNextPage\n          hasPreviousPage\n          startCursor\n          endCursor\n        }\n        totalCount\n      }\n      moderationLog {\n        ...ModerationEntryFields\n      }\n    }\n  }\n": types.ThreadPageDocument,
    "\n  query ThreadState($id: ID!) {\n    thread(id: $id) {\n      ...ThreadStateFields\n    }\n  }\n": types.ThreadStateDocument,
    "\n  query NewThreadForum($slug: String!) {\n    forum(slug: $slug) {\n      id\n      slug\n      name\n      isArchived\n      viewerCanPost\n    }\n  }\n": types.NewThreadForumDocument,
    "\n  query MoveTargetForums {\n    forums {\n      id\n      name\n      slug\n    }\n  }\n": types.MoveTargetForumsDocument,
    "\n  query PreviewMarkdown($body: String!) {\n    previewMarkdown(body: $body)\n  }\n": types.PreviewMarkdownDocument,
    "\n  fragment RevisionFields on PostRevision {\n    revision\n    createdAt\n    reason\n    changes\n    title\n    tags\n    editor {\n      id\n      displayName\n    }\n    bodyDiff {\n      added\n      removed\n      value\n    }\n    bodyDiffStatus\n    redacted\n  }\n": types.RevisionFieldsFragmentDoc,
    "\n  mutation RedactRevision($input: RedactRevisionInput!) {\n    redactRevision(input: $input) {\n      id\n      thread {\n        id\n        moderationLog {\n          ...ModerationEntryFields\n        }\n      }\n    }\n  }\n": types.RedactRevisionDocument,
    "\n  query PostRevisions($threadId: ID!, $postNumber: Int, $opening: Boolean!, $accepted: Boolean!, $reply: Boolean!) {\n    thread(id: $threadId) {\n      id\n      openingPost @include(if: $opening) {\n        id\n        revisions {\n          ...RevisionFields\n        }\n      }\n      acceptedAnswer @include(if: $accepted) {\n        post {\n          id\n          revisions {\n            ...RevisionFields\n          }\n        }\n      }\n      posts(first: 1, aroundPostNumber: $postNumber) @include(if: $reply) {\n        nodes {\n          id\n          revisions {\n            ...RevisionFields\n          }\n        }\n      }\n    }\n  }\n": types.PostRevisionsDocument,
    "\n  mutation CreateThread($input: CreateThreadInput!) {\n    createThread(input: $input) {\n      id\n      forum {\n        id\n      }\n    }\n  }\n": types.CreateThreadDocument,
    "\n  mutation ReplyToThread($input: ReplyInput!) {\n    replyToThread(input: $input) {\n      ...PostFields\n      thread {\n        ...ThreadStateFields\n      }\n    }\n  }\n": types.ReplyToThreadDocument,
    "\n  mutation EditPost($input: EditPostInput!) {\n    editPost(input: $input) {\n      ...PostFields\n    }\n  }\n": types.EditPostDocument,
    "\n  mutation EditThread($input: EditThreadInput!) {\n    editThread(input: $input) {\n      id\n      title\n      tags\n      openingPost {\n        ...PostFields\n      }\n    }\n  }\n": types.EditThreadDocument,
    "\n  mutation DeletePost($postId: ID!) {\n    deletePost(postId: $postId) {\n      ...PostFields\n    }\n  }\n": types.DeletePostDocument,
    "\n  mutation VoteHelpful($postId: ID!) {\n    voteHelpful(postId: $postId) {\n      id\n      helpfulCount\n      viewerHasVoted\n      viewerCanVote\n    }\n  }\n": types.VoteHelpfulDocument,
    "\n  mutation WithdrawHelpfulVote($postId: ID!) {\n    withdrawHelpfulVote(postId: $postId) {\n      id\n      helpfulCount\n      viewerHasVoted\n      viewerCanVote\n    }\n  }\n": types.WithdrawHelpfulVoteDocument,
    "\n  mutation AcceptAnswer($postId: ID!) {\n    acceptAnswer(postId: $postId) {\n      ...ThreadStateFields\n    }\n  }\n": types.AcceptAnswerDocument,
    "\n  mutation ClearAcceptedAnswer($threadId: ID!) {\n    clearAcceptedAnswer(threadId: $threadId) {\n      ...ThreadStateFields\n    }\n  }\n": types.ClearAcceptedAnswerDocument,
    "\n  mutation ModerateThread($input: ModerateThreadInput!) {\n    moderateThread(input: $input) {\n      ...ThreadStateFields\n      moderationLog {\n        ...ModerationEntryFields\n      }\n    }\n  }\n": types.ModerateThreadDocument,
    "\n  mutation MoveThread($input: MoveThreadInput!) {\n    moveThread(input: $input) {\n      ...ThreadStateFields\n      forum {\n        id\n        slug\n        name\n      }\n      moderationLog {\n        ...ModerationEntryFields\n      }\n    }\n  }\n": types.MoveThreadDocument,
    "\n  mutation ModeratePost($input: ModeratePostInput!) {\n    moderatePost(input: $input) {\n      ...PostFields\n      thread {\n        id\n        moderationLog {\n          ...ModerationEntryFields\n        }\n      }\n    }\n  }\n": types.ModeratePostDocument,
    "\n  mutation RecordThreadView($threadId: ID!) {\n    recordThreadView(threadId: $threadId)\n  }\n": types.RecordThreadViewDocument,
    "\n  mutation MarkThreadRead($threadId: ID!, $postNumber: Int!) {\n    markThreadRead(threadId: $threadId, postNumber: $postNumber) {\n      id\n      viewerUnread {\n        lastReadPostNumber\n        newReplies\n      }\n    }\n  }\n": types.MarkThreadReadDocument,
    "\n  fragment TicketAttachmentFields on TicketAttachment {\n    id\n    filename\n    contentType\n    sizeBytes\n    createdAt\n    downloadUrl\n    uploader {\n      id\n      displayName\n    }\n  }\n": types.TicketAttachmentFieldsFragmentDoc,
    "\n  fragment TicketSlaFields on Ticket {\n    id\n    number\n    status\n    priority\n    openedAt\n    firstResponseDueAt\n    firstRespondedAt\n    sla {\n      state\n      dueAt\n      atRiskAt\n      respondedAt\n      breachedAt\n    }\n  }\n": types.TicketSlaFieldsFragmentDoc,
    "\n  fragment TicketPageFields on Ticket {\n    ...TicketSlaFields\n    plan\n    escalationLevel\n    emergencyReason\n    solvedAt\n    resolutionPostId\n    attachments {\n      ...TicketAttachmentFields\n    }\n    organization {\n      id\n      name\n      plan\n      accountManager {\n        id\n        displayName\n      }\n    }\n    whatHappened\n    expected\n    errorMessages\n    stepsToReproduce\n    affected\n    businessImpact\n    requester {\n      id\n      displayName\n    }\n    assignee {\n      id\n      displayName\n    }\n    thread {\n      id\n      title\n      isEscalated\n    }\n    messages {\n      id\n      body\n      internal\n      createdAt\n      author {\n        id\n        displayName\n        badges\n      }\n    }\n    timeline {\n      id\n      kind\n      fromValue\n      toValue\n      reason\n      createdAt\n      actor {\n        id\n        displayName\n      }\n    }\n  }\n": types.TicketPageFieldsFragmentDoc,
    "\n  query SupportStatus {\n    supportStatus {\n      openNow\n      nextOpeningAt\n      emergencyAvailable\n      plan\n      timeZone\n      targets {\n        priority\n        firstResponseMinutes\n        clock\n      }\n    }\n  }\n": types.SupportStatusDocument,
    "\n  query ThreadTicket($id: ID!) {\n    thread(id: $id) {\n      id\n      isEscalated\n      ticket {\n        ...TicketSlaFields\n      }\n    }\n  }\n": types.ThreadTicketDocument,
    "\n  query MyTickets {\n    myTickets {\n      ...TicketSlaFields\n      thread {\n        id\n        title\n      }\n    }\n  }\n": types.MyTicketsDocument,
    "\n  query TicketPage($number: Int!) {\n    ticket(number: $number) {\n      ...TicketPageFields\n    }\n  }\n": types.TicketPageDocument,
    "\n  mutation EscalateThread($input: EscalateThreadInput!) {\n    escalateThread(input: $input) {\n      ...TicketSlaFields\n      thread {\n        id\n        isEscalated\n        ticket {\n          id\n        }\n      }\n    }\n  }\n": types.EscalateThreadDocument,
    "\n  mutation ReplyToTicket($input: TicketReplyInput!) {\n    replyToTicket(input: $input) {\n      ...TicketPageFields\n    }\n  }\n": types.ReplyToTicketDocument,
    "\n  mutation SetTicketStatus($input: TicketStatusInput!) {\n    setTicketStatus(input: $input) {\n      ...TicketPageFields\n    }\n  }\n": types.SetTicketStatusDocument,
    "\n  mutation AssignTicket($input: AssignTicketInput!) {\n    assignTicket(input: $input) {\n      ...TicketPageFields\n    }\n  }\n": types.AssignTicketDocument,
    "\n  mutation SetTicketLevel($input: TicketLevelInput!) {\n    setTicketLevel(input: $input) {\n      ...TicketPageFields\n    }\n  }\n": types.SetTicketLevelDocument,
    "\n  mutation PostTicketResolution($input: TicketResolutionInput!) {\n    postTicketResolution(input: $input) {\n      ...TicketPageFields\n      thread {\n        id\n        forum {\n          id\n        }\n      }\n    }\n  }\n": types.PostTicketResolutionDocument,
    "\n  query TicketQueue($filter: TicketQueueFilter, $first: Int, $after: String) {\n    ticketQueue(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...TicketSlaFields\n          escalationLevel\n          thread {\n            id\n            title\n          }\n          assignee {\n            id\n            displayName\n          }\n          organization {\n            id\n            name\n            plan\n            accountManager {\n              id\n              displayName\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": types.TicketQueueDocument,
    "\n  query QueueOrganizations {\n    organizations {\n      id\n      name\n    }\n  }\n": types.QueueOrganizationsDocument,
    "\n  query Viewer {\n    me {\n      id\n      displayName\n      handle\n      email\n      roles\n      badges\n      organization {\n        id\n        name\n        plan\n      }\n      createdAt\n    }\n  }\n": types.ViewerDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminUserFields on User {\n    id\n    handle\n    displayName\n    email\n    roles\n    organization {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment AdminUserFields on User {\n    id\n    handle\n    displayName\n    email\n    roles\n    organization {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminUsers($query: String, $after: String) {\n    users(first: 20, query: $query, after: $after) {\n      nodes {\n        ...AdminUserFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminUsers($query: String, $after: String) {\n    users(first: 20, query: $query, after: $after) {\n      nodes {\n        ...AdminUserFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetUserRoles($input: SetUserRolesInput!) {\n    setUserRoles(input: $input) {\n      ...AdminUserFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetUserRoles($input: SetUserRolesInput!) {\n    setUserRoles(input: $input) {\n      ...AdminUserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignUserToOrganization($input: AssignOrganizationInput!) {\n    assignUserToOrganization(input: $input) {\n      ...AdminUserFields\n    }\n  }\n"): (typeof documents)["\n  mutation AssignUserToOrganization($input: AssignOrganizationInput!) {\n    assignUserToOrganization(input: $input) {\n      ...AdminUserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminOrganizationFields on Organization {\n    id\n    name\n    plan\n    accountManager {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment AdminOrganizationFields on Organization {\n    id\n    name\n    plan\n    accountManager {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminOrganizations {\n    organizations {\n      ...AdminOrganizationFields\n    }\n  }\n"): (typeof documents)["\n  query AdminOrganizations {\n    organizations {\n      ...AdminOrganizationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminStaffOptions {\n    users(first: 100) {\n      nodes {\n        id\n        displayName\n        roles\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminStaffOptions {\n    users(first: 100) {\n      nodes {\n        id\n        displayName\n        roles\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      ...AdminOrganizationFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      ...AdminOrganizationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOrganization($input: UpdateOrganizationInput!) {\n    updateOrganization(input: $input) {\n      ...AdminOrganizationFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateOrganization($input: UpdateOrganizationInput!) {\n    updateOrganization(input: $input) {\n      ...AdminOrganizationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminGroups($after: String) {\n    groups(first: 50, after: $after) {\n      nodes {\n        id\n        slug\n        name\n        kind\n        membershipPolicy\n        visibility\n        memberCount\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminGroups($after: String) {\n    groups(first: 50, after: $after) {\n      nodes {\n        id\n        slug\n        name\n        kind\n        membershipPolicy\n        visibility\n        memberCount\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      id\n      slug\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation AdminCreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      id\n      slug\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminForumFields on Forum {\n    id\n    slug\n    name\n    description\n    productArea\n    color\n    position\n    isArchived\n    isPrivate\n    group {\n      id\n      name\n    }\n    threadCount\n    postCount\n  }\n"): (typeof documents)["\n  fragment AdminForumFields on Forum {\n    id\n    slug\n    name\n    description\n    productArea\n    color\n    position\n    isArchived\n    isPrivate\n    group {\n      id\n      name\n    }\n    threadCount\n    postCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminForums {\n    forums(includeArchived: true) {\n      ...AdminForumFields\n    }\n  }\n"): (typeof documents)["\n  query AdminForums {\n    forums(includeArchived: true) {\n      ...AdminForumFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateForum($input: CreateForumInput!) {\n    createForum(input: $input) {\n      id\n      slug\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation CreateForum($input: CreateForumInput!) {\n    createForum(input: $input) {\n      id\n      slug\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateForum($input: UpdateForumInput!) {\n    updateForum(input: $input) {\n      ...AdminForumFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateForum($input: UpdateForumInput!) {\n    updateForum(input: $input) {\n      ...AdminForumFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReorderForums($ids: [ID!]!) {\n    reorderForums(ids: $ids) {\n      id\n      position\n    }\n  }\n"): (typeof documents)["\n  mutation ReorderForums($ids: [ID!]!) {\n    reorderForums(ids: $ids) {\n      id\n      position\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveForum($id: ID!) {\n    archiveForum(id: $id) {\n      ...AdminForumFields\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveForum($id: ID!) {\n    archiveForum(id: $id) {\n      ...AdminForumFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnarchiveForum($id: ID!) {\n    unarchiveForum(id: $id) {\n      ...AdminForumFields\n    }\n  }\n"): (typeof documents)["\n  mutation UnarchiveForum($id: ID!) {\n    unarchiveForum(id: $id) {\n      ...AdminForumFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ForumGroupOptions {\n    groups(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query ForumGroupOptions {\n    groups(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      user {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      user {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      user {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      user {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Unsubscribe($token: String!) {\n    unsubscribe(token: $token)\n  }\n"): (typeof documents)["\n  mutation Unsubscribe($token: String!) {\n    unsubscribe(token: $token)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ForumSummaryFields on Forum {\n    id\n    slug\n    name\n    description\n    productArea\n    color\n    position\n    isArchived\n    isPrivate\n    group {\n      id\n      name\n      slug\n    }\n    threadCount\n    postCount\n    lastActivityAt\n    lastThread {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  fragment ForumSummaryFields on Forum {\n    id\n    slug\n    name\n    description\n    productArea\n    color\n    position\n    isArchived\n    isPrivate\n    group {\n      id\n      name\n      slug\n    }\n    threadCount\n    postCount\n    lastActivityAt\n    lastThread {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ForumList($includeArchived: Boolean!) {\n    forums(includeArchived: $includeArchived) {\n      ...ForumSummaryFields\n    }\n  }\n"): (typeof documents)["\n  query ForumList($includeArchived: Boolean!) {\n    forums(includeArchived: $includeArchived) {\n      ...ForumSummaryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LatestThreadFields on Thread {\n    id\n    title\n    isSolved\n    isLocked\n    isPinned\n    isHidden\n    replyCount\n    viewCount\n    lastActivityAt\n    forum {\n      id\n      slug\n      name\n      color\n    }\n    lastPoster {\n      id\n      displayName\n    }\n    viewerUnread {\n      lastReadPostNumber\n      newReplies\n    }\n  }\n"): (typeof documents)["\n  fragment LatestThreadFields on Thread {\n    id\n    title\n    isSolved\n    isLocked\n    isPinned\n    isHidden\n    replyCount\n    viewCount\n    lastActivityAt\n    forum {\n      id\n      slug\n      name\n      color\n    }\n    lastPoster {\n      id\n      displayName\n    }\n    viewerUnread {\n      lastReadPostNumber\n      newReplies\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LatestThreads($tab: LatestTab!, $after: String) {\n    latestThreads(tab: $tab, first: 20, after: $after) {\n      edges {\n        cursor\n        node {\n          ...LatestThreadFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query LatestThreads($tab: LatestTab!, $after: String) {\n    latestThreads(tab: $tab, first: 20, after: $after) {\n      edges {\n        cursor\n        node {\n          ...LatestThreadFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ThreadListItemFields on Thread {\n    id\n    title\n    tags\n    isSolved\n    isLocked\n    isPinned\n    isHidden\n    replyCount\n    helpfulCount\n    hasStaffAnswer\n    viewCount\n    lastActivityAt\n    createdAt\n    acceptedAnswerSnippet\n    viewerUnread {\n      lastReadPostNumber\n      newReplies\n    }\n    author {\n      id\n      displayName\n    }\n    lastPoster {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment ThreadListItemFields on Thread {\n    id\n    title\n    tags\n    isSolved\n    isLocked\n    isPinned\n    isHidden\n    replyCount\n    helpfulCount\n    hasStaffAnswer\n    viewCount\n    lastActivityAt\n    createdAt\n    acceptedAnswerSnippet\n    viewerUnread {\n      lastReadPostNumber\n      newReplies\n    }\n    author {\n      id\n      displayName\n    }\n    lastPoster {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ForumThreads($slug: String!, $sort: ThreadSort!, $filter: ThreadFilterInput, $after: String) {\n    forum(slug: $slug) {\n      id\n      slug\n      name\n      description\n      productArea\n      isArchived\n      isPrivate\n      group {\n        id\n        name\n        slug\n      }\n      threadCount\n      viewerCanPost\n      viewerWatch\n      threads(first: 20, after: $after, sort: $sort, filter: $filter) {\n        nodes {\n          ...ThreadListItemFields\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ForumThreads($slug: String!, $sort: ThreadSort!, $filter: ThreadFilterInput, $after: String) {\n    forum(slug: $slug) {\n      id\n      slug\n      name\n      description\n      productArea\n      isArchived\n      isPrivate\n      group {\n        id\n        name\n        slug\n      }\n      threadCount\n      viewerCanPost\n      viewerWatch\n      threads(first: 20, after: $after, sort: $sort, filter: $filter) {\n        nodes {\n          ...ThreadListItemFields\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetForumWatch($forumId: ID!, $level: WatchLevel!) {\n    setForumWatch(forumId: $forumId, level: $level) {\n      id\n      viewerWatch\n    }\n  }\n"): (typeof documents)["\n  mutation SetForumWatch($forumId: ID!, $level: WatchLevel!) {\n    setForumWatch(forumId: $forumId, level: $level) {\n      id\n      viewerWatch\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GroupCardFields on Group {\n    id\n    slug\n    name\n    kind\n    membershipPolicy\n    visibility\n    memberCount\n    viewerState\n  }\n"): (typeof documents)["\n  fragment GroupCardFields on Group {\n    id\n    slug\n    name\n    kind\n    membershipPolicy\n    visibility\n    memberCount\n    viewerState\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GroupDirectory($kind: GroupKind, $query: String, $mine: Boolean!, $after: String) {\n    groups(kind: $kind, query: $query, mine: $mine, first: 24, after: $after) {\n      nodes {\n        ...GroupCardFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query GroupDirectory($kind: GroupKind, $query: String, $mine: Boolean!, $after: String) {\n    groups(kind: $kind, query: $query, mine: $mine, first: 24, after: $after) {\n      nodes {\n        ...GroupCardFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GroupPage($slug: String!) {\n    group(slug: $slug) {\n      ...GroupCardFields\n      descriptionHtml\n      descriptionSource\n      viewerCanManage\n      viewerShowsFlair\n      owners {\n        id\n        displayName\n        handle\n      }\n      viewerJoinRequest {\n        id\n        createdAt\n      }\n      viewerInvitation {\n        id\n        state\n        expiresAt\n      }\n      forums {\n        id\n        slug\n        name\n        description\n        threadCount\n        lastActivityAt\n      }\n      latestThreads(first: 5) {\n        id\n        title\n        replyCount\n        isSolved\n        lastActivityAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query GroupPage($slug: String!) {\n    group(slug: $slug) {\n      ...GroupCardFields\n      descriptionHtml\n      descriptionSource\n      viewerCanManage\n      viewerShowsFlair\n      owners {\n        id\n        displayName\n        handle\n      }\n      viewerJoinRequest {\n        id\n        createdAt\n      }\n      viewerInvitation {\n        id\n        state\n        expiresAt\n      }\n      forums {\n        id\n        slug\n        name\n        description\n        threadCount\n        lastActivityAt\n      }\n      latestThreads(first: 5) {\n        id\n        title\n        replyCount\n        isSolved\n        lastActivityAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GroupMembers($slug: String!, $after: String) {\n    group(slug: $slug) {\n      id\n      members(first: 50, after: $after) {\n        nodes {\n          role\n          joinedAt\n          user {\n            id\n            displayName\n            handle\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query GroupMembers($slug: String!, $after: String) {\n    group(slug: $slug) {\n      id\n      members(first: 50, after: $after) {\n        nodes {\n          role\n          joinedAt\n          user {\n            id\n            displayName\n            handle\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GroupAdmin($slug: String!) {\n    group(slug: $slug) {\n      id\n      joinRequests(first: 50) {\n        nodes {\n          id\n          message\n          createdAt\n          user {\n            id\n            displayName\n            handle\n          }\n        }\n      }\n      invitations {\n        id\n        state\n        expiresAt\n        user {\n          id\n          displayName\n          handle\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query GroupAdmin($slug: String!) {\n    group(slug: $slug) {\n      id\n      joinRequests(first: 50) {\n        nodes {\n          id\n          message\n          createdAt\n          user {\n            id\n            displayName\n            handle\n          }\n        }\n      }\n      invitations {\n        id\n        state\n        expiresAt\n        user {\n          id\n          displayName\n          handle\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyGroupInvitations {\n    myGroupInvitations {\n      id\n      expiresAt\n      group {\n        id\n        slug\n        name\n      }\n      invitedBy {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyGroupInvitations {\n    myGroupInvitations {\n      id\n      expiresAt\n      group {\n        id\n        slug\n        name\n      }\n      invitedBy {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JoinGroup($groupId: ID!) {\n    joinGroup(groupId: $groupId) {\n      id\n      viewerState\n      memberCount\n    }\n  }\n"): (typeof documents)["\n  mutation JoinGroup($groupId: ID!) {\n    joinGroup(groupId: $groupId) {\n      id\n      viewerState\n      memberCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestToJoinGroup($groupId: ID!, $message: String!) {\n    requestToJoinGroup(groupId: $groupId, message: $message) {\n      id\n      viewerState\n      memberCount\n    }\n  }\n"): (typeof documents)["\n  mutation RequestToJoinGroup($groupId: ID!, $message: String!) {\n    requestToJoinGroup(groupId: $groupId, message: $message) {\n      id\n      viewerState\n      memberCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelJoinRequest($groupId: ID!) {\n    cancelJoinRequest(groupId: $groupId) {\n      id\n      viewerState\n    }\n  }\n"): (typeof documents)["\n  mutation CancelJoinRequest($groupId: ID!) {\n    cancelJoinRequest(groupId: $groupId) {\n      id\n      viewerState\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LeaveGroup($groupId: ID!) {\n    leaveGroup(groupId: $groupId)\n  }\n"): (typeof documents)["\n  mutation LeaveGroup($groupId: ID!) {\n    leaveGroup(groupId: $groupId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RespondToGroupInvitation($invitationId: ID!, $accept: Boolean!) {\n    respondToGroupInvitation(invitationId: $invitationId, accept: $accept) {\n      id\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation RespondToGroupInvitation($invitationId: ID!, $accept: Boolean!) {\n    respondToGroupInvitation(invitationId: $invitationId, accept: $accept) {\n      id\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideJoinRequest($requestId: ID!, $approve: Boolean!, $message: String!) {\n    decideJoinRequest(requestId: $requestId, approve: $approve, message: $message) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation DecideJoinRequest($requestId: ID!, $approve: Boolean!, $message: String!) {\n    decideJoinRequest(requestId: $requestId, approve: $approve, message: $message) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteToGroup($groupId: ID!, $handle: String!) {\n    inviteToGroup(groupId: $groupId, handle: $handle) {\n      id\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation InviteToGroup($groupId: ID!, $handle: String!) {\n    inviteToGroup(groupId: $groupId, handle: $handle) {\n      id\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeGroupInvitation($invitationId: ID!) {\n    revokeGroupInvitation(invitationId: $invitationId) {\n      id\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeGroupInvitation($invitationId: ID!) {\n    revokeGroupInvitation(invitationId: $invitationId) {\n      id\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveGroupMember($groupId: ID!, $userId: ID!) {\n    removeGroupMember(groupId: $groupId, userId: $userId)\n  }\n"): (typeof documents)["\n  mutation RemoveGroupMember($groupId: ID!, $userId: ID!) {\n    removeGroupMember(groupId: $groupId, userId: $userId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TransferGroupOwnership($groupId: ID!, $userId: ID!) {\n    transferGroupOwnership(groupId: $groupId, userId: $userId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation TransferGroupOwnership($groupId: ID!, $userId: ID!) {\n    transferGroupOwnership(groupId: $groupId, userId: $userId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetGroupFlair($groupId: ID) {\n    setGroupFlair(groupId: $groupId) {\n      name\n      slug\n    }\n  }\n"): (typeof documents)["\n  mutation SetGroupFlair($groupId: ID) {\n    setGroupFlair(groupId: $groupId) {\n      name\n      slug\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      id\n      slug\n    }\n  }\n"): (typeof documents)["\n  mutation CreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      id\n      slug\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateGroup($input: UpdateGroupInput!) {\n    updateGroup(input: $input) {\n      id\n      slug\n      name\n      descriptionHtml\n      descriptionSource\n      kind\n      membershipPolicy\n      visibility\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateGroup($input: UpdateGroupInput!) {\n    updateGroup(input: $input) {\n      id\n      slug\n      name\n      descriptionHtml\n      descriptionSource\n      kind\n      membershipPolicy\n      visibility\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"): (typeof documents)["\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notifications($after: String) {\n    unreadNotificationCount\n    notifications(first: 30, after: $after) {\n      nodes {\n        id\n        kind\n        read\n        createdAt\n        message\n        ticketNumber\n        moderationAction\n        threadId\n        postNumber\n        actor {\n          id\n          displayName\n          handle\n        }\n        group {\n          id\n          slug\n          name\n        }\n        invitation {\n          id\n          state\n        }\n        post {\n          id\n          postNumber\n          thread {\n            id\n            title\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Notifications($after: String) {\n    unreadNotificationCount\n    notifications(first: 30, after: $after) {\n      nodes {\n        id\n        kind\n        read\n        createdAt\n        message\n        ticketNumber\n        moderationAction\n        threadId\n        postNumber\n        actor {\n          id\n          displayName\n          handle\n        }\n        group {\n          id\n          slug\n          name\n        }\n        invitation {\n          id\n          state\n        }\n        post {\n          id\n          postNumber\n          thread {\n            id\n            title\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      read\n    }\n  }\n"): (typeof documents)["\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      read\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n"): (typeof documents)["\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      user {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      user {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateDisplayName($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateDisplayName($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n"): (typeof documents)["\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicProfile($id: ID, $handle: String) {\n    user(id: $id, handle: $handle) {\n      id\n      displayName\n      handle\n      badges\n      createdAt\n      postCount\n      acceptedAnswerCount\n      recentPosts(first: 10) {\n        id\n        postNumber\n        createdAt\n        bodyHtml\n        isAccepted\n        thread {\n          id\n          title\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PublicProfile($id: ID, $handle: String) {\n    user(id: $id, handle: $handle) {\n      id\n      displayName\n      handle\n      badges\n      createdAt\n      postCount\n      acceptedAnswerCount\n      recentPosts(first: 10) {\n        id\n        postNumber\n        createdAt\n        bodyHtml\n        isAccepted\n        thread {\n          id\n          title\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyEmailPreferences {\n    myEmailPreferences {\n      kind\n      delivery\n    }\n  }\n"): (typeof documents)["\n  query MyEmailPreferences {\n    myEmailPreferences {\n      kind\n      delivery\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateEmailPreferences($input: [EmailPreferenceInput!]!) {\n    updateEmailPreferences(input: $input) {\n      kind\n      delivery\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateEmailPreferences($input: [EmailPreferenceInput!]!) {\n    updateEmailPreferences(input: $input) {\n      kind\n      delivery\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchIndexStatus {\n    searchIndexStatus {\n      available\n      pendingEvents\n      lagSeconds\n      appliedLagP95Ms\n      lastAppliedAt\n      documents\n      lastError\n    }\n  }\n"): (typeof documents)["\n  query SearchIndexStatus {\n    searchIndexStatus {\n      available\n      pendingEvents\n      lagSeconds\n      appliedLagP95Ms\n      lastAppliedAt\n      documents\n      lastError\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchSettings {\n    searchSettings {\n      synonyms {\n        word\n        synonyms\n      }\n      stopWords\n      updatedAt\n      applied\n    }\n  }\n"): (typeof documents)["\n  query SearchSettings {\n    searchSettings {\n      synonyms {\n        word\n        synonyms\n      }\n      stopWords\n      updatedAt\n      applied\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSearchSettings($input: SearchSettingsInput!) {\n    updateSearchSettings(input: $input) {\n      synonyms {\n        word\n        synonyms\n      }\n      stopWords\n      updatedAt\n      applied\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSearchSettings($input: SearchSettingsInput!) {\n    updateSearchSettings(input: $input) {\n      synonyms {\n        word\n        synonyms\n      }\n      stopWords\n      updatedAt\n      applied\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SearchHitFields on SearchHit {\n    titleHtml\n    snippetHtml\n    snippetSource\n    thread {\n      id\n      title\n      isSolved\n      hasStaffAnswer\n      replyCount\n      tags\n      lastActivityAt\n      forum {\n        id\n        name\n        slug\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment SearchHitFields on SearchHit {\n    titleHtml\n    snippetHtml\n    snippetSource\n    thread {\n      id\n      title\n      isSolved\n      hasStaffAnswer\n      replyCount\n      tags\n      lastActivityAt\n      forum {\n        id\n        name\n        slug\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InstantSearch($query: String!) {\n    search(query: $query, first: 6) {\n      query\n      hits {\n        titleHtml\n        thread {\n          id\n          title\n          isSolved\n          hasStaffAnswer\n          forum {\n            id\n            name\n            slug\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query InstantSearch($query: String!) {\n    search(query: $query, first: 6) {\n      query\n      hits {\n        titleHtml\n        thread {\n          id\n          title\n          isSolved\n          hasStaffAnswer\n          forum {\n            id\n            name\n            slug\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchPage($query: String!, $filters: SearchFiltersInput, $sort: SearchSort!, $after: String) {\n    search(query: $query, filters: $filters, sort: $sort, first: 20, after: $after) {\n      query\n      hits {\n        ...SearchHitFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      estimatedTotal\n      processingTimeMs\n      facets {\n        forums {\n          forum {\n            id\n            name\n            slug\n          }\n          count\n        }\n        tags {\n          tag\n          count\n        }\n        solved\n        unsolved\n      }\n    }\n  }\n"): (typeof documents)["\n  query SearchPage($query: String!, $filters: SearchFiltersInput, $sort: SearchSort!, $after: String) {\n    search(query: $query, filters: $filters, sort: $sort, first: 20, after: $after) {\n      query\n      hits {\n        ...SearchHitFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      estimatedTotal\n      processingTimeMs\n      facets {\n        forums {\n          forum {\n            id\n            name\n            slug\n          }\n          count\n        }\n        tags {\n          tag\n          count\n        }\n        solved\n        unsolved\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchAskForums {\n    forums {\n      id\n      slug\n      name\n    }\n  }\n"): (typeof documents)["\n  query SearchAskForums {\n    forums {\n      id\n      slug\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SimilarThreads($title: String!, $body: String, $forum: ID) {\n    similarThreads(title: $title, body: $body, forum: $forum, first: 5) {\n      ...SearchHitFields\n    }\n  }\n"): (typeof documents)["\n  query SimilarThreads($title: String!, $body: String, $forum: ID) {\n    similarThreads(title: $title, body: $body, forum: $forum, first: 5) {\n      ...SearchHitFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordComposerEvent($input: ComposerEventInput!) {\n    recordComposerEvent(input: $input)\n  }\n"): (typeof documents)["\n  mutation RecordComposerEvent($input: ComposerEventInput!) {\n    recordComposerEvent(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SupportSettingsFields on SupportSettings {\n    timeZone\n    holidaySource\n    removedHolidays\n    updatedAt\n    hours {\n      weekday\n      closed\n      opens\n      closes\n    }\n    extraHolidays {\n      date\n      name\n    }\n    targets {\n      plan\n      priority\n      firstResponseMinutes\n      clock\n    }\n    upcomingHolidays(months: 12, includeWorked: true) {\n      date\n      name\n      origin\n      worked\n    }\n  }\n"): (typeof documents)["\n  fragment SupportSettingsFields on SupportSettings {\n    timeZone\n    holidaySource\n    removedHolidays\n    updatedAt\n    hours {\n      weekday\n      closed\n      opens\n      closes\n    }\n    extraHolidays {\n      date\n      name\n    }\n    targets {\n      plan\n      priority\n      firstResponseMinutes\n      clock\n    }\n    upcomingHolidays(months: 12, includeWorked: true) {\n      date\n      name\n      origin\n      worked\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupportSettings {\n    supportSettings {\n      ...SupportSettingsFields\n    }\n  }\n"): (typeof documents)["\n  query SupportSettings {\n    supportSettings {\n      ...SupportSettingsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSupportSettings($input: SupportSettingsInput!) {\n    updateSupportSettings(input: $input) {\n      ...SupportSettingsFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSupportSettings($input: SupportSettingsInput!) {\n    updateSupportSettings(input: $input) {\n      ...SupportSettingsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SlaPreview($priority: TicketPriority!, $plan: Plan!, $openedAt: DateTime!) {\n    slaPreview(priority: $priority, plan: $plan, openedAt: $openedAt) {\n      firstResponseDueAt\n      targetMinutes\n      clock\n    }\n  }\n"): (typeof documents)["\n  query SlaPreview($priority: TicketPriority!, $plan: Plan!, $openedAt: DateTime!) {\n    slaPreview(priority: $priority, plan: $plan, openedAt: $openedAt) {\n      firstResponseDueAt\n      targetMinutes\n      clock\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UserSuggestions($prefix: String!) {\n    userSuggestions(prefix: $prefix, first: 8) {\n      id\n      handle\n      displayName\n    }\n  }\n"): (typeof documents)["\n  query UserSuggestions($prefix: String!) {\n    userSuggestions(prefix: $prefix, first: 8) {\n      id\n      handle\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UsersByHandles($handles: [String!]!) {\n    usersByHandles(handles: $handles) {\n      id\n      handle\n    }\n  }\n"): (typeof documents)["\n  query UsersByHandles($handles: [String!]!) {\n    usersByHandles(handles: $handles) {\n      id\n      handle\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PostFields on Post {\n    id\n    postNumber\n    bodyHtml\n    bodySource\n    bodyFormat\n    createdAt\n    editedAt\n    helpfulCount\n    isAccepted\n    isHidden\n    hiddenReason\n    revisionCount\n    viewerCanDelete\n    viewerCanEdit\n    viewerCanVote\n    viewerHasVoted\n    author {\n      id\n      displayName\n      handle\n      badges\n      groupFlair {\n        name\n        slug\n      }\n    }\n    replyTo {\n      id\n      postNumber\n      author {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment PostFields on Post {\n    id\n    postNumber\n    bodyHtml\n    bodySource\n    bodyFormat\n    createdAt\n    editedAt\n    helpfulCount\n    isAccepted\n    isHidden\n    hiddenReason\n    revisionCount\n    viewerCanDelete\n    viewerCanEdit\n    viewerCanVote\n    viewerHasVoted\n    author {\n      id\n      displayName\n      handle\n      badges\n      groupFlair {\n        name\n        slug\n      }\n    }\n    replyTo {\n      id\n      postNumber\n      author {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AcceptedAnswerFields on AcceptedAnswer {\n    kind\n    acceptedAt\n    acceptedBy {\n      id\n      displayName\n    }\n    post {\n      ...PostFields\n    }\n  }\n"): (typeof documents)["\n  fragment AcceptedAnswerFields on AcceptedAnswer {\n    kind\n    acceptedAt\n    acceptedBy {\n      id\n      displayName\n    }\n    post {\n      ...PostFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ThreadStateFields on Thread {\n    id\n    status\n    isSolved\n    isLocked\n    isPinned\n    isHidden\n    hiddenReason\n    lockReason\n    movedFrom\n    viewerWatch\n    replyCount\n    helpfulCount\n    hasStaffAnswer\n    lastActivityAt\n    viewerCanReply\n    viewerCanAccept\n    viewerCanEdit\n    viewerCanModerate\n    acceptedAnswer {\n      ...AcceptedAnswerFields\n    }\n  }\n"): (typeof documents)["\n  fragment ThreadStateFields on Thread {\n    id\n    status\n    isSolved\n    isLocked\n    isPinned\n    isHidden\n    hiddenReason\n    lockReason\n    movedFrom\n    viewerWatch\n    replyCount\n    helpfulCount\n    hasStaffAnswer\n    lastActivityAt\n    viewerCanReply\n    viewerCanAccept\n    viewerCanEdit\n    viewerCanModerate\n    acceptedAnswer {\n      ...AcceptedAnswerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetThreadWatch($threadId: ID!, $level: WatchLevel!) {\n    setThreadWatch(threadId: $threadId, level: $level) {\n      id\n      viewerWatch\n    }\n  }\n"): (typeof documents)["\n  mutation SetThreadWatch($threadId: ID!, $level: WatchLevel!) {\n    setThreadWatch(threadId: $threadId, level: $level) {\n      id\n      viewerWatch\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ModerationEntryFields on ModerationEntry {\n    id\n    action\n    reason\n    details\n    createdAt\n    actor {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment ModerationEntryFields on ModerationEntry {\n    id\n    action\n    reason\n    details\n    createdAt\n    actor {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ThreadPage($id: ID!, $after: String, $before: String, $around: Int) {\n    thread(id: $id) {\n      ...ThreadStateFields\n      title\n      tags\n      createdAt\n      forum {\n        id\n        slug\n        name\n        isArchived\n        isPrivate\n        group {\n          id\n          name\n          slug\n        }\n      }\n      author {\n        id\n        displayName\n      }\n      openingPost {\n        ...PostFields\n      }\n      posts(first: 20, after: $after, before: $before, aroundPostNumber: $around) {\n        edges {\n          cursor\n          node {\n            ...PostFields\n          }\n        }\n        pageInfo {\n          hasNextPage\n          hasPreviousPage\n          startCursor\n          endCursor\n        }\n        totalCount\n      }\n      moderationLog {\n        ...ModerationEntryFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query ThreadPage($id: ID!, $after: String, $before: String, $around: Int) {\n    thread(id: $id) {\n      ...ThreadStateFields\n      title\n      tags\n      createdAt\n      forum {\n        id\n        slug\n        name\n        isArchived\n        isPrivate\n        group {\n          id\n          name\n          slug\n        }\n      }\n      author {\n        id\n        displayName\n      }\n      openingPost {\n        ...PostFields\n      }\n      posts(first: 20, after: $after, before: $before, aroundPostNumber: $around) {\n        edges {\n          cursor\n          node {\n            ...PostFields\n          }\n        }\n        pageInfo {\n          hasNextPage\n          hasPreviousPage\n          startCursor\n          endCursor\n        }\n        totalCount\n      }\n      moderationLog {\n        ...ModerationEntryFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ThreadState($id: ID!) {\n    thread(id: $id) {\n      ...ThreadStateFields\n    }\n  }\n"): (typeof documents)["\n  query ThreadState($id: ID!) {\n    thread(id: $id) {\n      ...ThreadStateFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NewThreadForum($slug: String!) {\n    forum(slug: $slug) {\n      id\n      slug\n      name\n      isArchived\n      viewerCanPost\n    }\n  }\n"): (typeof documents)["\n  query NewThreadForum($slug: String!) {\n    forum(slug: $slug) {\n      id\n      slug\n      name\n      isArchived\n      viewerCanPost\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MoveTargetForums {\n    forums {\n      id\n      name\n      slug\n    }\n  }\n"): (typeof documents)["\n  query MoveTargetForums {\n    forums {\n      id\n      name\n      slug\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreviewMarkdown($body: String!) {\n    previewMarkdown(body: $body)\n  }\n"): (typeof documents)["\n  query PreviewMarkdown($body: String!) {\n    previewMarkdown(body: $body)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RevisionFields on PostRevision {\n    revision\n    createdAt\n    reason\n    changes\n    title\n    tags\n    editor {\n      id\n      displayName\n    }\n    bodyDiff {\n      added\n      removed\n      value\n    }\n    bodyDiffStatus\n    redacted\n  }\n"): (typeof documents)["\n  fragment RevisionFields on PostRevision {\n    revision\n    createdAt\n    reason\n    changes\n    title\n    tags\n    editor {\n      id\n      displayName\n    }\n    bodyDiff {\n      added\n      removed\n      value\n    }\n    bodyDiffStatus\n    redacted\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RedactRevision($input: RedactRevisionInput!) {\n    redactRevision(input: $input) {\n      id\n      thread {\n        id\n        moderationLog {\n          ...ModerationEntryFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RedactRevision($input: RedactRevisionInput!) {\n    redactRevision(input: $input) {\n      id\n      thread {\n        id\n        moderationLog {\n          ...ModerationEntryFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PostRevisions($threadId: ID!, $postNumber: Int, $opening: Boolean!, $accepted: Boolean!, $reply: Boolean!) {\n    thread(id: $threadId) {\n      id\n      openingPost @include(if: $opening) {\n        id\n        revisions {\n          ...RevisionFields\n        }\n      }\n      acceptedAnswer @include(if: $accepted) {\n        post {\n          id\n          revisions {\n            ...RevisionFields\n          }\n        }\n      }\n      posts(first: 1, aroundPostNumber: $postNumber) @include(if: $reply) {\n        nodes {\n          id\n          revisions {\n            ...RevisionFields\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PostRevisions($threadId: ID!, $postNumber: Int, $opening: Boolean!, $accepted: Boolean!, $reply: Boolean!) {\n    thread(id: $threadId) {\n      id\n      openingPost @include(if: $opening) {\n        id\n        revisions {\n          ...RevisionFields\n        }\n      }\n      acceptedAnswer @include(if: $accepted) {\n        post {\n          id\n          revisions {\n            ...RevisionFields\n          }\n        }\n      }\n      posts(first: 1, aroundPostNumber: $postNumber) @include(if: $reply) {\n        nodes {\n          id\n          revisions {\n            ...RevisionFields\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateThread($input: CreateThreadInput!) {\n    createThread(input: $input) {\n      id\n      forum {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateThread($input: CreateThreadInput!) {\n    createThread(input: $input) {\n      id\n      forum {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReplyToThread($input: ReplyInput!) {\n    replyToThread(input: $input) {\n      ...PostFields\n      thread {\n        ...ThreadStateFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReplyToThread($input: ReplyInput!) {\n    replyToThread(input: $input) {\n      ...PostFields\n      thread {\n        ...ThreadStateFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditPost($input: EditPostInput!) {\n    editPost(input: $input) {\n      ...PostFields\n    }\n  }\n"): (typeof documents)["\n  mutation EditPost($input: EditPostInput!) {\n    editPost(input: $input) {\n      ...PostFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditThread($input: EditThreadInput!) {\n    editThread(input: $input) {\n      id\n      title\n      tags\n      openingPost {\n        ...PostFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EditThread($input: EditThreadInput!) {\n    editThread(input: $input) {\n      id\n      title\n      tags\n      openingPost {\n        ...PostFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeletePost($postId: ID!) {\n    deletePost(postId: $postId) {\n      ...PostFields\n    }\n  }\n"): (typeof documents)["\n  mutation DeletePost($postId: ID!) {\n    deletePost(postId: $postId) {\n      ...PostFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VoteHelpful($postId: ID!) {\n    voteHelpful(postId: $postId) {\n      id\n      helpfulCount\n      viewerHasVoted\n      viewerCanVote\n    }\n  }\n"): (typeof documents)["\n  mutation VoteHelpful($postId: ID!) {\n    voteHelpful(postId: $postId) {\n      id\n      helpfulCount\n      viewerHasVoted\n      viewerCanVote\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawHelpfulVote($postId: ID!) {\n    withdrawHelpfulVote(postId: $postId) {\n      id\n      helpfulCount\n      viewerHasVoted\n      viewerCanVote\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawHelpfulVote($postId: ID!) {\n    withdrawHelpfulVote(postId: $postId) {\n      id\n      helpfulCount\n      viewerHasVoted\n      viewerCanVote\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptAnswer($postId: ID!) {\n    acceptAnswer(postId: $postId) {\n      ...ThreadStateFields\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptAnswer($postId: ID!) {\n    acceptAnswer(postId: $postId) {\n      ...ThreadStateFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClearAcceptedAnswer($threadId: ID!) {\n    clearAcceptedAnswer(threadId: $threadId) {\n      ...ThreadStateFields\n    }\n  }\n"): (typeof documents)["\n  mutation ClearAcceptedAnswer($threadId: ID!) {\n    clearAcceptedAnswer(threadId: $threadId) {\n      ...ThreadStateFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ModerateThread($input: ModerateThreadInput!) {\n    moderateThread(input: $input) {\n      ...ThreadStateFields\n      moderationLog {\n        ...ModerationEntryFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ModerateThread($input: ModerateThreadInput!) {\n    moderateThread(input: $input) {\n      ...ThreadStateFields\n      moderationLog {\n        ...ModerationEntryFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveThread($input: MoveThreadInput!) {\n    moveThread(input: $input) {\n      ...ThreadStateFields\n      forum {\n        id\n        slug\n        name\n      }\n      moderationLog {\n        ...ModerationEntryFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MoveThread($input: MoveThreadInput!) {\n    moveThread(input: $input) {\n      ...ThreadStateFields\n      forum {\n        id\n        slug\n        name\n      }\n      moderationLog {\n        ...ModerationEntryFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ModeratePost($input: ModeratePostInput!) {\n    moderatePost(input: $input) {\n      ...PostFields\n      thread {\n        id\n        moderationLog {\n          ...ModerationEntryFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ModeratePost($input: ModeratePostInput!) {\n    moderatePost(input: $input) {\n      ...PostFields\n      thread {\n        id\n        moderationLog {\n          ...ModerationEntryFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordThreadView($threadId: ID!) {\n    recordThreadView(threadId: $threadId)\n  }\n"): (typeof documents)["\n  mutation RecordThreadView($threadId: ID!) {\n    recordThreadView(threadId: $threadId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkThreadRead($threadId: ID!, $postNumber: Int!) {\n    markThreadRead(threadId: $threadId, postNumber: $postNumber) {\n      id\n      viewerUnread {\n        lastReadPostNumber\n        newReplies\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MarkThreadRead($threadId: ID!, $postNumber: Int!) {\n    markThreadRead(threadId: $threadId, postNumber: $postNumber) {\n      id\n      viewerUnread {\n        lastReadPostNumber\n        newReplies\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TicketAttachmentFields on TicketAttachment {\n    id\n    filename\n    contentType\n    sizeBytes\n    createdAt\n    downloadUrl\n    uploader {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment TicketAttachmentFields on TicketAttachment {\n    id\n    filename\n    contentType\n    sizeBytes\n    createdAt\n    downloadUrl\n    uploader {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TicketSlaFields on Ticket {\n    id\n    number\n    status\n    priority\n    openedAt\n    firstResponseDueAt\n    firstRespondedAt\n    sla {\n      state\n      dueAt\n      atRiskAt\n      respondedAt\n      breachedAt\n    }\n  }\n"): (typeof documents)["\n  fragment TicketSlaFields on Ticket {\n    id\n    number\n    status\n    priority\n    openedAt\n    firstResponseDueAt\n    firstRespondedAt\n    sla {\n      state\n      dueAt\n      atRiskAt\n      respondedAt\n      breachedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TicketPageFields on Ticket {\n    ...TicketSlaFields\n    plan\n    escalationLevel\n    emergencyReason\n    solvedAt\n    resolutionPostId\n    attachments {\n      ...TicketAttachmentFields\n    }\n    organization {\n      id\n      name\n      plan\n      accountManager {\n        id\n        displayName\n      }\n    }\n    whatHappened\n    expected\n    errorMessages\n    stepsToReproduce\n    affected\n    businessImpact\n    requester {\n      id\n      displayName\n    }\n    assignee {\n      id\n      displayName\n    }\n    thread {\n      id\n      title\n      isEscalated\n    }\n    messages {\n      id\n      body\n      internal\n      createdAt\n      author {\n        id\n        displayName\n        badges\n      }\n    }\n    timeline {\n      id\n      kind\n      fromValue\n      toValue\n      reason\n      createdAt\n      actor {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment TicketPageFields on Ticket {\n    ...TicketSlaFields\n    plan\n    escalationLevel\n    emergencyReason\n    solvedAt\n    resolutionPostId\n    attachments {\n      ...TicketAttachmentFields\n    }\n    organization {\n      id\n      name\n      plan\n      accountManager {\n        id\n        displayName\n      }\n    }\n    whatHappened\n    expected\n    errorMessages\n    stepsToReproduce\n    affected\n    businessImpact\n    requester {\n      id\n      displayName\n    }\n    assignee {\n      id\n      displayName\n    }\n    thread {\n      id\n      title\n      isEscalated\n    }\n    messages {\n      id\n      body\n      internal\n      createdAt\n      author {\n        id\n        displayName\n        badges\n      }\n    }\n    timeline {\n      id\n      kind\n      fromValue\n      toValue\n      reason\n      createdAt\n      actor {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupportStatus {\n    supportStatus {\n      openNow\n      nextOpeningAt\n      emergencyAvailable\n      plan\n      timeZone\n      targets {\n        priority\n        firstResponseMinutes\n        clock\n      }\n    }\n  }\n"): (typeof documents)["\n  query SupportStatus {\n    supportStatus {\n      openNow\n      nextOpeningAt\n      emergencyAvailable\n      plan\n      timeZone\n      targets {\n        priority\n        firstResponseMinutes\n        clock\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ThreadTicket($id: ID!) {\n    thread(id: $id) {\n      id\n      isEscalated\n      ticket {\n        ...TicketSlaFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query ThreadTicket($id: ID!) {\n    thread(id: $id) {\n      id\n      isEscalated\n      ticket {\n        ...TicketSlaFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyTickets {\n    myTickets {\n      ...TicketSlaFields\n      thread {\n        id\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyTickets {\n    myTickets {\n      ...TicketSlaFields\n      thread {\n        id\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TicketPage($number: Int!) {\n    ticket(number: $number) {\n      ...TicketPageFields\n    }\n  }\n"): (typeof documents)["\n  query TicketPage($number: Int!) {\n    ticket(number: $number) {\n      ...TicketPageFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EscalateThread($input: EscalateThreadInput!) {\n    escalateThread(input: $input) {\n      ...TicketSlaFields\n      thread {\n        id\n        isEscalated\n        ticket {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EscalateThread($input: EscalateThreadInput!) {\n    escalateThread(input: $input) {\n      ...TicketSlaFields\n      thread {\n        id\n        isEscalated\n        ticket {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReplyToTicket($input: TicketReplyInput!) {\n    replyToTicket(input: $input) {\n      ...TicketPageFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReplyToTicket($input: TicketReplyInput!) {\n    replyToTicket(input: $input) {\n      ...TicketPageFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetTicketStatus($input: TicketStatusInput!) {\n    setTicketStatus(input: $input) {\n      ...TicketPageFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetTicketStatus($input: TicketStatusInput!) {\n    setTicketStatus(input: $input) {\n      ...TicketPageFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignTicket($input: AssignTicketInput!) {\n    assignTicket(input: $input) {\n      ...TicketPageFields\n    }\n  }\n"): (typeof documents)["\n  mutation AssignTicket($input: AssignTicketInput!) {\n    assignTicket(input: $input) {\n      ...TicketPageFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetTicketLevel($input: TicketLevelInput!) {\n    setTicketLevel(input: $input) {\n      ...TicketPageFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetTicketLevel($input: TicketLevelInput!) {\n    setTicketLevel(input: $input) {\n      ...TicketPageFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PostTicketResolution($input: TicketResolutionInput!) {\n    postTicketResolution(input: $input) {\n      ...TicketPageFields\n      thread {\n        id\n        forum {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PostTicketResolution($input: TicketResolutionInput!) {\n    postTicketResolution(input: $input) {\n      ...TicketPageFields\n      thread {\n        id\n        forum {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TicketQueue($filter: TicketQueueFilter, $first: Int, $after: String) {\n    ticketQueue(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...TicketSlaFields\n          escalationLevel\n          thread {\n            id\n            title\n          }\n          assignee {\n            id\n            displayName\n          }\n          organization {\n            id\n            name\n            plan\n            accountManager {\n              id\n              displayName\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query TicketQueue($filter: TicketQueueFilter, $first: Int, $after: String) {\n    ticketQueue(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...TicketSlaFields\n          escalationLevel\n          thread {\n            id\n            title\n          }\n          assignee {\n            id\n            displayName\n          }\n          organization {\n            id\n            name\n            plan\n            accountManager {\n              id\n              displayName\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QueueOrganizations {\n    organizations {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query QueueOrganizations {\n    organizations {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    me {\n      id\n      displayName\n      handle\n      email\n      roles\n      badges\n      organization {\n        id\n        name\n        plan\n      }\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    me {\n      id\n      displayName\n      handle\n      email\n      roles\n      badges\n      organization {\n        id\n        name\n        plan\n      }\n      createdAt\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;