import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** The real data in ../shared/data (Stack Exchange dumps, XSS payloads); THREADLINE_DATA_DIR overrides. */
export const SHARED_DATA_DIR = process.env.THREADLINE_DATA_DIR ?? join(__dirname, '..', '..', '..', 'shared', 'data');

/** `describe` when the file exists, else a loud skip (never a silent pass). */
export function describeWithData(relativePath: string): jest.Describe {
  const path = join(SHARED_DATA_DIR, relativePath);
  if (existsSync(path)) return describe;
  console.warn(`\n!!! SKIPPED: this suite needs ${path} (set THREADLINE_DATA_DIR) !!!\n`);
  return describe.skip;
}
