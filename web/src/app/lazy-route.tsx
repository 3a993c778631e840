import { lazy, Suspense, type ComponentType } from 'react';
import { LoadingState } from '../components/ui/loading-state';

/**
 * A component whose code is fetched on first use (its own chunk), shown with the accessible "Loading…" status while
 * it arrives. A chunk that fails to load throws like any render error: the route's error boundary shows it.
 */
export function lazyComponent<P extends object, K extends string>(load: () => Promise<Record<K, ComponentType<P>>>, name: K): ComponentType<P> {
  const Lazy = lazy<ComponentType<P>>(() => load().then((module) => ({ default: module[name] })));
  function LazyComponent(props: P) {
    return (
      <Suspense fallback={<LoadingState />}>
        <Lazy {...props} />
      </Suspense>
    );
  }
  LazyComponent.displayName = `Lazy(${name})`;
  return LazyComponent;
}
