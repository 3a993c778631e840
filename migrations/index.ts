import { Foundation1764130000000 } from './1764130000000-foundation';
import { Forums1764140000000 } from './1764140000000-forums';
import { RevisionDiffs1764150000000 } from './1764150000000-revision-diffs';
import { ForumPositions1764155000000 } from './1764155000000-forum-positions';
import { RateLimits1764156000000 } from './1764156000000-rate-limits';
import { Groups1764160000000 } from './1764160000000-groups';
import { Search1764170000000 } from './1764170000000-search';
import { Tickets1764180000000 } from './1764180000000-tickets';
import { TicketAttachments1764190000000 } from './1764190000000-ticket-attachments';
import { SupportSettings1764191000000 } from './1764191000000-support-settings';
import { TicketSla1764192000000 } from './1764192000000-ticket-sla';
import { Email1764200000000 } from './1764200000000-email';
import { Watching1764201000000 } from './1764201000000-watching';
import { HomeLists1764202000000 } from './1764202000000-home-lists';
import { Admin1764203000000 } from './1764203000000-admin';
import { SharedRateLimits1764310000000 } from './1764310000000-shared-rate-limits';
import { ContentVersions1764320000000 } from './1764320000000-content-versions';

/** Every migration, in order. The app runs the pending ones at start; tests run them once into a template database. */
export const migrations = [
  Foundation1764130000000,
  Forums1764140000000,
  RevisionDiffs1764150000000,
  ForumPositions1764155000000,
  RateLimits1764156000000,
  Groups1764160000000,
  Search1764170000000,
  Tickets1764180000000,
  TicketAttachments1764190000000,
  SupportSettings1764191000000,
  TicketSla1764192000000,
  Email1764200000000,
  Watching1764201000000,
  HomeLists1764202000000,
  Admin1764203000000,
  SharedRateLimits1764310000000,
  ContentVersions1764320000000,
];
