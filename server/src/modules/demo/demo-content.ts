/**
 * The demo community: a fictional lead-management vendor, "Beacon Leads", written by us for newcomers.
 * Nothing here comes from ../shared. Passwords are documented in the README (demo accounts only).
 */
export const DEMO_PASSWORD = 'beacon-demo-2026';

export interface DemoUser {
  key: string;
  displayName: string;
  email: string;
  roles: Array<'STAFF' | 'EXPERT' | 'MODERATOR' | 'ADMIN'>;
  org?: string;
}

export const DEMO_ORGS = [
  { key: 'acme', name: 'Acme Insurance Group', plan: 'ENTERPRISE' as const, manager: 'maya' },
  { key: 'sunny', name: 'Sunnyside Solar', plan: 'STANDARD' as const, manager: 'maya' },
];

export const DEMO_USERS: DemoUser[] = [
  { key: 'admin', displayName: 'Beacon Admin', email: 'admin@demo.beacon.test', roles: ['ADMIN', 'STAFF'] },
  { key: 'maya', displayName: 'Maya Chen', email: 'maya@demo.beacon.test', roles: ['STAFF'] },
  { key: 'diego', displayName: 'Diego Ramos', email: 'diego@demo.beacon.test', roles: ['STAFF', 'MODERATOR'] },
  { key: 'priya', displayName: 'Priya Natarajan', email: 'priya@demo.acme.test', roles: ['EXPERT'], org: 'acme' },
  { key: 'tom', displayName: 'Tom Okafor', email: 'tom@demo.sunny.test', roles: ['EXPERT'], org: 'sunny' },
  { key: 'lena', displayName: 'Lena Fischer', email: 'lena@demo.acme.test', roles: [], org: 'acme' },
  { key: 'sam', displayName: 'Sam Whitaker', email: 'sam@demo.sunny.test', roles: [], org: 'sunny' },
  { key: 'ivy', displayName: 'Ivy Park', email: 'ivy@demo.example.test', roles: [] },
];

export const DEMO_FORUMS = [
  {
    key: 'start',
    name: 'Getting started',
    productArea: 'Onboarding',
    color: '#2563eb',
    description: 'New to Beacon? Ask anything about setting up your account, users and first flow.',
  },
  {
    key: 'flows',
    name: 'Lead flows & routing',
    productArea: 'Flows',
    color: '#15803d',
    description: 'Building flows: sources, filters, rules, routing leads to buyers and recipients.',
  },
  {
    key: 'integrations',
    name: 'Integrations & APIs',
    productArea: 'Integrations',
    color: '#7c3aed',
    description: 'Posting leads by API, webhooks, CRM connectors and delivery errors.',
  },
  {
    key: 'compliance',
    name: 'Compliance & consent',
    productArea: 'Compliance',
    color: '#b91c1c',
    description: 'TCPA consent capture, suppression lists and audit trails.',
  },
  {
    key: 'reporting',
    name: 'Reporting & analytics',
    productArea: 'Reporting',
    color: '#c2410c',
    description: 'Dashboards, exports and understanding your numbers.',
  },
  {
    key: 'solar-lounge',
    name: "Solar installers' lounge",
    productArea: null,
    color: '#0f766e',
    group: 'solar',
    description: 'Private to the Solar installers group: pricing, vendors and what works for installers.',
  },
];

export interface DemoGroup {
  key: string;
  name: string;
  kind: 'INDUSTRY' | 'USE_CASE' | 'PRODUCT';
  membershipPolicy: 'OPEN' | 'REQUEST' | 'INVITE';
  visibility: 'LISTED' | 'HIDDEN';
  description: string;
  owner: string;
  members: string[];
  /** Members who show this group's flair on their posts. */
  flair?: string[];
}

/** User groups: one open, one by request with a private forum, one hidden and by invitation (issue 8). */
export const DEMO_GROUPS: DemoGroup[] = [
  {
    key: 'insurance',
    name: 'Insurance agencies',
    kind: 'INDUSTRY',
    membershipPolicy: 'OPEN',
    visibility: 'LISTED',
    owner: 'priya',
    members: ['lena'],
    flair: ['priya'],
    description: 'Agencies and carriers buying **insurance leads**: routing by state and line of business, licensing, consent.',
  },
  {
    key: 'solar',
    name: 'Solar installers',
    kind: 'INDUSTRY',
    membershipPolicy: 'REQUEST',
    visibility: 'LISTED',
    owner: 'tom',
    members: ['sam'],
    flair: ['tom'],
    description: 'Residential and commercial **solar installers**. Ask to join: owners check that you install solar. Members share pricing in a private forum.',
  },
  {
    key: 'enterprise',
    name: 'Enterprise admins',
    kind: 'USE_CASE',
    membershipPolicy: 'INVITE',
    visibility: 'HIDDEN',
    owner: 'maya',
    members: ['priya'],
    description: 'Admins of enterprise accounts, invited by their account manager: roadmap previews and early access.',
  },
];

export interface DemoReply {
  by: string;
  body: string;
  votes?: string[];
}

export interface DemoThread {
  forum: string;
  by: string;
  title: string;
  body: string;
  tags: string[];
  daysAgo: number;
  replies: DemoReply[];
  /** Index into replies of the accepted answer, and who accepted it (the asker, or a staff key). */
  accepted?: { reply: number; by: string };
  pinned?: boolean;
}

export const DEMO_THREADS: DemoThread[] = [
  {
    forum: 'start',
    by: 'maya',
    title: 'Welcome to the Beacon community — start here',
    tags: ['welcome'],
    daysAgo: 30,
    pinned: true,
    body: `Hi everyone, and welcome! 👋

This is the place to ask questions, share what works and get answers from **Beacon staff** and our **community experts** (look for the badges).

- Search before you post: someone may have solved it already.
- When a reply fixes your problem, **accept it** so others can find it.
- Stuck on something urgent? Staff can turn your thread into a support ticket.

Happy building!`,
    replies: [{ by: 'priya', body: 'Glad to be here! Happy to help with routing questions.', votes: ['lena', 'sam'] }],
  },
  {
    forum: 'start',
    by: 'ivy',
    title: 'How do I invite my team to our account?',
    tags: ['users', 'permissions'],
    daysAgo: 12,
    body: 'We just signed up. I want two colleagues to see the flows but not edit them. Is there a read-only role?',
    replies: [
      {
        by: 'maya',
        body: 'Yes! Go to **Settings → Users → Invite** and choose the *Viewer* role. Viewers can open flows and reports but cannot change anything.',
        votes: ['ivy', 'sam'],
      },
      { by: 'ivy', body: 'Found it, thank you. Invites sent.' },
    ],
    accepted: { reply: 0, by: 'ivy' },
  },
  {
    forum: 'flows',
    by: 'lena',
    title: 'Route leads to different buyers by state',
    tags: ['routing', 'filters'],
    daysAgo: 9,
    body: `We sell leads to three buyers. Texas and Oklahoma leads should go to buyer A, everything else round-robin to B and C.

What is the cleanest way to set this up in one flow?`,
    replies: [
      {
        by: 'priya',
        body: `Use a **filter step** per recipient:

\`\`\`
Recipient A:  state is included in TX, OK
Recipient B:  state is not included in TX, OK
Recipient C:  state is not included in TX, OK
\`\`\`

Then set B and C to *round robin* in the flow's delivery settings.`,
        votes: ['lena', 'tom', 'sam'],
      },
      { by: 'tom', body: 'Same setup here. Tip: add a rule that rejects leads with no state so they do not fall through to B/C.', votes: ['lena'] },
      { by: 'lena', body: '@priya-natarajan that worked perfectly, thanks!' },
    ],
    accepted: { reply: 0, by: 'lena' },
  },
  {
    forum: 'flows',
    by: 'sam',
    title: 'Duplicate leads coming through twice in the same hour',
    tags: ['duplicates', 'rules'],
    daysAgo: 5,
    body: 'Some sources resend the same lead within minutes. Can Beacon reject a duplicate email within, say, 24 hours?',
    replies: [
      {
        by: 'diego',
        body: 'Add a **duplicate check** rule on *email* with a 24-hour window. Rejected duplicates still show in the events list with the reason, so you can audit them.',
        votes: ['sam', 'ivy'],
      },
      { by: 'sam', body: 'Is the window per source or across all sources?' },
      { by: 'diego', body: 'Across the whole flow by default. Tick *per source* in the rule if you want it separate.' },
    ],
    accepted: { reply: 0, by: 'diego' },
  },
  {
    forum: 'integrations',
    by: 'tom',
    title: 'Webhook delivery fails with 401 after rotating our CRM key',
    tags: ['webhooks', 'crm', 'errors'],
    daysAgo: 3,
    body: `Since we rotated our CRM API key this morning every delivery fails:

\`\`\`
401 Unauthorized: invalid api key
\`\`\`

I updated the key in the CRM integration settings. What am I missing?`,
    replies: [
      {
        by: 'maya',
        body: 'The key is also stored on each **recipient** that uses the integration. Open the recipient, paste the new key under *Credentials* and save — then use *Retry failed deliveries* on the flow.',
        votes: ['tom', 'priya'],
      },
      { by: 'tom', body: 'That was it — two recipients still had the old key. All retries went through.' },
    ],
    accepted: { reply: 0, by: 'tom' },
  },
  {
    forum: 'integrations',
    by: 'ivy',
    title: 'What is the rate limit for the lead submission API?',
    tags: ['api', 'limits'],
    daysAgo: 2,
    body: 'We are planning a backfill of about 200k leads. How fast can we post them without getting throttled?',
    replies: [
      {
        by: 'priya',
        body: 'We push about 50 requests per second without issues. For a big backfill ask support to raise your limit for the day.',
        votes: ['ivy'],
      },
    ],
  },
  {
    forum: 'compliance',
    by: 'lena',
    title: 'Storing TCPA consent language with every lead',
    tags: ['tcpa', 'consent'],
    daysAgo: 7,
    body: 'Our legal team wants the exact consent text the consumer saw stored with each lead. Is there a field for that?',
    replies: [
      {
        by: 'diego',
        body: "Map the consent text to the **consent.text** field and the form URL to **consent.url**. Both are kept in the lead's audit trail and included in exports.",
        votes: ['lena', 'priya'],
      },
      { by: 'priya', body: 'We also capture a screenshot reference from our form vendor into a custom field. Works nicely for audits.', votes: ['lena'] },
    ],
    accepted: { reply: 0, by: 'maya' },
  },
  {
    forum: 'compliance',
    by: 'sam',
    title: 'Suppression list upload keeps failing on a large CSV',
    tags: ['suppression', 'csv'],
    daysAgo: 1,
    body: 'Uploading a 900k-row suppression list times out. Smaller files are fine. Any tips?',
    replies: [],
  },
  {
    forum: 'reporting',
    by: 'priya',
    title: 'Exporting accepted vs rejected leads per source',
    tags: ['reports', 'export'],
    daysAgo: 6,
    body: 'Is there a report that shows accepted/rejected counts per source per day that I can export to CSV?',
    replies: [
      {
        by: 'maya',
        body: 'Use **Reports → Sources**, group by *day*, then *Export CSV*. Add the *rejection reason* column to see why leads were rejected.',
        votes: ['priya', 'tom', 'sam'],
      },
    ],
    accepted: { reply: 0, by: 'priya' },
  },
  {
    forum: 'reporting',
    by: 'tom',
    title: 'Dashboard numbers differ from the CSV export',
    tags: ['dashboards', 'timezones'],
    daysAgo: 4,
    body: "Yesterday's dashboard says 1,204 leads but the CSV has 1,187. Which one is right?",
    replies: [
      { by: 'priya', body: 'Check the time zone: dashboards use your account time zone, exports default to UTC.', votes: ['tom'] },
      { by: 'tom', body: 'Switching the export to our account time zone made them match. Thanks!' },
    ],
    accepted: { reply: 0, by: 'tom' },
  },
  {
    forum: 'solar-lounge',
    by: 'tom',
    title: 'What do you pay per exclusive solar lead this quarter?',
    tags: ['pricing', 'solar'],
    daysAgo: 2,
    body: 'We are paying $38–45 per exclusive homeowner lead in Arizona. Curious what others see, and which filters keep the quality up.',
    replies: [{ by: 'sam', body: 'Around $40 in Nevada. Filtering on **roof age** and **credit band** cut our no-shows by a third.', votes: ['tom'] }],
  },
];

export interface DemoTicket {
  /** The demo thread it escalates (by title), by its asker. */
  thread: string;
  priority: 'STANDARD' | 'CRITICAL';
  whatHappened: string;
  expected: string;
  businessImpact: string;
  /** Staff's first reply, and the status it leaves the ticket in. */
  staffReply?: { by: string; body: string; status: 'PENDING'; reason: string };
}

/** Two tickets so the staff queue and "my tickets" show something: one waiting for a first response, one on the customer. */
export const DEMO_TICKETS: DemoTicket[] = [
  {
    thread: 'Suppression list upload keeps failing on a large CSV',
    priority: 'CRITICAL',
    whatHappened: 'Uploading our 180,000-row suppression CSV fails at about 60% with "upload interrupted", every time since yesterday.',
    expected: 'The list uploads and suppressed numbers stop receiving calls.',
    businessImpact: 'We cannot honour opt-outs from last week until the list is in: a compliance risk.',
  },
  {
    thread: 'Exporting accepted vs rejected leads per source',
    priority: 'STANDARD',
    whatHappened: 'The per-source export only shows accepted leads; rejected ones are missing for three of our sources.',
    expected: 'Both accepted and rejected counts per source, as in the dashboard.',
    businessImpact: 'Our monthly vendor reconciliation is blocked.',
    staffReply: {
      by: 'maya',
      body: 'Thanks Priya — which three sources are missing rejected leads? Their source ids would let us check the export job.',
      status: 'PENDING',
      reason: 'Asked for the source ids',
    },
  },
];
