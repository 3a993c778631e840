import { useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
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
 * the tab (beforeunload), and an accessible dialog for links inside the app. Render `dialog`; call `release()` just
 * before a navigation that follows a successful post. Back and Forward are not asked about (React Router's useBlocker
 * is for its data router, which the app does not ship): the draft is in local storage and comes back with the page.
 */
export function useLeaveGuard({ dirty, allow }: LeaveGuardOptions) {
  const dirtyRef = useRef(dirty);
  useEffect(() => {
    dirtyRef.current = dirty;
  });
  const released = useRef(false);

  const allowRef = useRef(allow);
  useEffect(() => {
    allowRef.current = allow;
  });
  const navigate = useNavigate();
  const [blockedTarget, setBlockedTarget] = useState<string | null>(null);

  useEffect(() => {
    // Capture phase on the document: runs before React's own handlers (a Link's onClick) on the app's root.
    const onClick = (event: MouseEvent) => {
      if (!dirtyRef.current || released.current) return;
      const target = inAppLinkTarget(event);
      if (!target || target.pathname === window.location.pathname || allowRef.current?.(target.pathname)) return;
      event.preventDefault();
      event.stopPropagation();
      setBlockedTarget(`${target.pathname}${target.search}${target.hash}`);
    };
    document.addEventListener('click', onClick, true);
    return () => document.removeEventListener('click', onClick, true);
  }, []);

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

  const stay = () => setBlockedTarget(null);
  const leave = () => {
    if (blockedTarget === null) return;
    setBlockedTarget(null);
    void navigate(blockedTarget);
  };
  const dialog =
    blockedTarget !== null ? (
      <Dialog
        title="Leave this page?"
        description="You have text you have not posted. It stays saved as a draft in this browser, and comes back when you return."
        onClose={stay}
      >
        <div className="dialog__actions">
          <Button variant="secondary" onClick={leave}>
            Leave
          </Button>
          <Button variant="primary" onClick={stay} data-autofocus>
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

/** The same-origin page a plain left click on a link would open in this tab, or null (new tab, download, modifiers). */
function inAppLinkTarget(event: MouseEvent): URL | null {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return null;
  const anchor = event.target instanceof Element ? event.target.closest('a[href]') : null;
  if (!(anchor instanceof HTMLAnchorElement) || anchor.hasAttribute('download')) return null;
  if (anchor.target && anchor.target !== '_self') return null;
  const url = new URL(anchor.href, window.location.href);
  return url.origin === window.location.origin ? url : null;
}
