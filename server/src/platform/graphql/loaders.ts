import DataLoader from 'dataloader';
import type { SharedRowsView } from '../read-cache/shared-rows';

/**
 * The name of a per-request loader with its key and value types. Modules declare theirs beside the code that loads
 * (`THREAD_BY_ID`, `votesByViewer(userId)`), so clearing one after a write names the very loader: a typo or a
 * loader of another type is a compile error, not a stale read.
 */
export interface LoaderKey<K, V> {
  readonly name: string;
  /** Carries the types only; never set. */
  readonly types?: (key: K) => V;
}

export function loaderKey<K, V>(name: string): LoaderKey<K, V> {
  return Object.freeze({ name });
}

/** One DataLoader per key per request, created on first use; platform needs no knowledge of the modules' loaders. */
export class LoaderRegistry {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();
  private sharedRows: SharedRowsView | null = null;

  /** Set for a query once its content version is read (read-cache.plugin.ts); mutations never get one. */
  shareRowsAt(view: SharedRowsView | null): void {
    this.sharedRows = view;
  }

  get<K, V>(key: LoaderKey<K, V>, batch: (keys: readonly K[]) => Promise<ReadonlyArray<V | Error>>, options?: DataLoader.Options<K, V>): DataLoader<K, V> {
    let loader = this.loaders.get(key.name) as DataLoader<K, V> | undefined;
    if (!loader) {
      loader = new DataLoader<K, V>(batch, options);
      this.loaders.set(key.name, loader as DataLoader<unknown, unknown>);
    }
    return loader;
  }

  /**
   * Like get, and the rows are shared with every query request at the same content version (SharedRows). Only for
   * batch functions that read tables the content version covers and nothing that depends on the viewer: who may see
   * a row is decided after loading it, per request, as for any loader.
   */
  getShared<K extends string, V>(key: LoaderKey<K, V>, batch: (keys: readonly K[]) => Promise<ReadonlyArray<V | Error>>): DataLoader<K, V> {
    return this.get(key, async (keys) => {
      const shared = this.sharedRows;
      if (!shared) return batch(keys);
      const found = new Array<V | Error>(keys.length);
      const missing: K[] = [];
      const at: number[] = [];
      keys.forEach((k, i) => {
        const hit = shared.get(`${key.name}\u0000${k}`);
        if (hit) found[i] = hit.value as V;
        else {
          missing.push(k);
          at.push(i);
        }
      });
      if (missing.length) {
        const loaded = await batch(missing);
        loaded.forEach((value, j) => {
          found[at[j]] = value;
          if (!(value instanceof Error)) shared.set(`${key.name}\u0000${missing[j]}`, value);
        });
      }
      return found;
    });
  }

  /** After a write, drop what this request cached so later reads in it see the change (and stop sharing rows). */
  clear<K, V>(key: LoaderKey<K, V>): void {
    this.sharedRows = null;
    this.loaders.get(key.name)?.clearAll();
  }
}

/** Orders batch results by the requested keys; missing keys become `fallback`. */
export function byKeys<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K, fallback: V | null = null): Array<V | null> {
  const map = new Map<K, V>();
  for (const row of rows) map.set(keyOf(row), row);
  return keys.map((k) => map.get(k) ?? fallback);
}

/** Groups batch results by key, one array per requested key. */
export function groupByKeys<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): V[][] {
  const map = new Map<K, V[]>();
  for (const row of rows) {
    const k = keyOf(row);
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  }
  return keys.map((k) => map.get(k) ?? []);
}
