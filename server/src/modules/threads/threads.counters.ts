/**
 * The counters and the outbox moved into repositories (counters.repository.ts, threads.repository.ts). This file
 * keeps their old import path for the demo seeder and the Stack Exchange importer until those move (issue 7).
 */
export { lockForums, recountForums, recountThreads } from './counters.repository';
export { enqueueThreadChanges } from './threads.repository';
