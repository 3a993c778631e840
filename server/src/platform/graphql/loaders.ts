import DataLoader from 'dataloader';

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

  get<K, V>(key: LoaderKey<K, V>, batch: (keys: readonly K[]) => Promise<ReadonlyArray<V | Error>>, options?: DataLoader.Options<K, V>): DataLoader<K, V> {
    let loader = this.loaders.get(key.name) as DataLoader<K, V> | undefined;
    if (!loader) {
      loader = new DataLoader<K, V>(batch, options);
      this.loaders.set(key.name, loader as DataLoader<unknown, unknown>);
    }
    return loader;
  }

  /** After a write, drop what this request cached so later reads in it see the change. */
  clear<K, V>(key: LoaderKey<K, V>): void {
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
