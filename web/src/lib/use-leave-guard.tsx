import { useEffect, useRef } from 'react';
import { useBlocker } from 'react-router';
import { Button } from '../components/ui/button';
import { Dialog } from '../components/ui/dialog';

interface LeaveGuardOptions {
  /** Whether leaving now would leave unsaved text behind. */
  dirty: boolean;
  /** Paths that may be reached without asking (signing in keeps the draft: it is stored and comes back). */
  allow?: (pathname: string) => boolean;
}

/**
 * Asks before a person leaves a page with text they have not posted: the browser's own prompt on reload or closing
 * the tab (beforeunload), and an accessible dialog for links inside the app (react-router's useBlocker). Render
 * `dialog`; call `release()` just before a navigation that follows a successful post.
 */
export function useLeaveGuard({ dirty, allow }: LeaveGuardOptions) {
  const dirtyRef = useRef(dirty);
  useEffect(() => {
    dirtyRef.current = dirty;
  });
  const released = useRef(false);

  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      dirty && !released.current && currentLocation.pathname !== nextLocation.pathname && !(allow?.(nextLocation.pathname) ?? false),
  );

  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!dirtyRef.current || released.current) return;
      event.preventDefault();
      // Older browsers show the prompt only when returnValue is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, []);

  const dialog =
    blocker.state === 'blocked' ? (
      <Dialog
        title="Leave this page?"
        description="You have text you have not posted. It stays saved as a draft in this browser, and comes back when you return."
        onClose={() => blocker.reset()}
      >
        <div className="dialog__actions">
          <Button variant="secondary" onClick={() => blocker.proceed()}>
            Leave
          </Button>
          <Button variant="primary" onClick={() => blocker.reset()} data-autofocus>
            Stay and keep writing
          </Button>
        </div>
      </Dialog>
    ) : null;

  return {
    dialog,
    release: () => {
      released.current = true;
    },
  };
}
