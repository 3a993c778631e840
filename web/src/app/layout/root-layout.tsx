import { useEffect, useRef } from 'react';
import { Outlet, useLocation } from 'react-router';
import { useViewer } from '../../lib/viewer';
import { ConnectionBanner } from './connection-banner';
import { SiteFooter } from './site-footer';
import { SiteHeader } from './site-header';
import { useScrollRestoration } from './use-scroll-restoration';

export const MAIN_CONTENT_ID = 'main-content';

export function RootLayout() {
  const { viewer, loading, error, refetch } = useViewer();
  const mainRef = useFocusMainOnNavigation();
  useScrollRestoration();

  return (
    <>
      <a className="skip-link" href={`#${MAIN_CONTENT_ID}`}>
        Skip to content
      </a>
      <SiteHeader viewer={viewer} viewerKnown={!loading && !error} />
      {error && !viewer && <ConnectionBanner error={error} onRetry={() => refetch()} />}
      <main id={MAIN_CONTENT_ID} ref={mainRef} className="site-main" tabIndex={-1}>
        <div className="container">
          <Outlet />
        </div>
      </main>
      <SiteFooter />
    </>
  );
}

/**
 * A client-side navigation does not move focus the way a page load does; sending it to <main>
 * lets keyboard and screen-reader users start at the new page's content (not on first load).
 */
function useFocusMainOnNavigation() {
  const mainRef = useRef<HTMLElement>(null);
  const { pathname } = useLocation();
  const previous = useRef(pathname);

  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    mainRef.current?.focus({ preventScroll: true });
  }, [pathname]);

  return mainRef;
}
