const AUTH_PATHS = ['/sign-in', '/sign-up'];

/**
 * The `?next=` target after signing in, only if it stays on this site (no `//evil.example`,
 * no absolute URLs) and does not point back at a sign-in page.
 */
export function safeNextPath(next: string | null | undefined, fallback = '/'): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return fallback;
  try {
    const url = new URL(next, window.location.origin);
    if (url.origin !== window.location.origin) return fallback;
    if (AUTH_PATHS.includes(url.pathname)) return fallback;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return fallback;
  }
}

/** `/sign-in?next=/profile` style links; omits `next` when it is the home page. */
export function withNext(path: string, next: string | null | undefined): string {
  const target = safeNextPath(next, '');
  // Slashes are legal in a query string; leaving them readable keeps the address bar tidy.
  return target && target !== '/' ? `${path}?next=${encodeURIComponent(target).replace(/%2F/gi, '/')}` : path;
}

/** Where a signed-out visitor goes to reach `path`: `/sign-in?next=<path>`. */
export function signInPath(path: string): string {
  return withNext('/sign-in', path);
}
