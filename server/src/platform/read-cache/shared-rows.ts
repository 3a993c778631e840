import { LRUCache } from 'lru-cache';

/** What one request sees of the shared rows: those read at the content version it read, and only while it is current. */
export interface SharedRowsView {
  get(key: string): { value: unknown } | undefined;
  set(key: string, value: unknown): void;
}

/** A rough size in bytes (strings as UTF-16, a little per field): enough to bound the memory, cheap to compute. */
export function approximateBytes(value: unknown, depth = 0): number {
  if (typeof value === 'string') return 40 + value.length * 2;
  if (value === null || typeof value !== 'object') return 16;
  if (value instanceof Date) return 48;
  if (depth > 3) return 64;
  let bytes = 64;
  if (Array.isArray(value)) for (const item of value) bytes += 8 + approximateBytes(item, depth + 1);
  else for (const key in value) bytes += 32 + approximateBytes((value as Record<string, unknown>)[key], depth + 1);
  return bytes;
}

function freeze(value: unknown, depth: number): void {
  if (!value || typeof value !== 'object' || value instanceof Date || Object.isFrozen(value)) return;
  Object.freeze(value);
  if (depth > 0) for (const child of Object.values(value)) freeze(child, depth - 1);
}

/**
 * Rows that every query request at the same content version shares (issue 12): the thread page's thread, posts,
 * authors, forum and accepted answer are the same for every reader, and only the viewer's own votes, watch and
 * rights differ. Loaders opt in (LoaderRegistry.getShared) when what they read is on tables the content version
 * covers (CONTENT_TABLES) and depends on nobody's identity; who may see a row is still decided per request.
 *
 * Exact for the same reason as the answer cache: a request reads the version before it reads any row; rows are
 * stored and served only under the version that request read; the first request at a newer version empties the
 * store, and requests still running at the older one neither read nor write it from then on. A row read after a
 * commit the request's version does not count yet is newer than that version, never older.
 */
export class SharedRows {
  private version = -1n;
  private readonly rows: LRUCache<string, { value: unknown }>;

  constructor(maxBytes: number) {
    this.rows = new LRUCache({ maxSize: Math.max(1, maxBytes), sizeCalculation: (entry, key) => Math.max(1, key.length * 2 + approximateBytes(entry.value)) });
  }

  /** The view for a request that read `version`, or null when this process has already seen a newer one. */
  at(version: string): SharedRowsView | null {
    const v = BigInt(version);
    if (v > this.version) {
      this.version = v;
      this.rows.clear();
    }
    if (v < this.version) return null;
    return {
      get: (key) => (this.version === v ? this.rows.get(key) : undefined),
      set: (key, value) => {
        if (this.version !== v) return;
        // Shared by every request from now on: a resolver that changed a row would change it for all of them.
        freeze(value, 2);
        this.rows.set(key, { value });
      },
    };
  }

  get size(): number {
    return this.rows.size;
  }
}
