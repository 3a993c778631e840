import { chmodSync, chownSync, existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Creates the data folder (and fixes one made by an older version) so that only its owner can enter it: it holds
 * the PostgreSQL password, the Meilisearch master key and both databases. `passGroup`: a group that may pass
 * through it (0710) without listing it, for PostgreSQL's system user when we run as root.
 */
export function secureDataDir(dataDir: string, passGroup?: number): void {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  if (passGroup !== undefined) chownSync(dataDir, statSync(dataDir).uid, passGroup);
  chmodSync(dataDir, passGroup === undefined ? 0o700 : 0o710);
  for (const folder of ['meili', 'meili-dumps']) {
    if (existsSync(join(dataDir, folder))) chmodSync(join(dataDir, folder), 0o700);
  }
  for (const file of ['postgres.json', 'meili.key']) {
    if (existsSync(join(dataDir, file))) chmodSync(join(dataDir, file), 0o600);
  }
}

/** Writes a file only its owner can read, atomically: a crash mid-write never leaves half a secret behind. */
export function writeSecretFile(path: string, content: string): void {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, content, { mode: 0o600 });
  chmodSync(temporary, 0o600);
  renameSync(temporary, path);
}

export function readJsonFile<T>(path: string): T | undefined {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as T;
  } catch {
    return undefined;
  }
}
