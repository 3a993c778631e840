import type { RequestHandler } from 'express';
import { relative, sep } from 'node:path';

/** Vite's build.assetsDir: every file under it has a content hash in its name. */
export const HASHED_ASSETS_DIR = 'assets';

export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'no-cache';

/**
 * Cache-Control for a file of the built SPA: hashed assets never change under their name, so browsers and
 * CDNs keep them for a year without asking; everything else (index.html, the favicon) is revalidated on
 * every use (a 304 through its ETag), so a deploy is seen at the next page load.
 */
export function webCacheControl(webDist: string, file: string): string {
  const inDist = relative(webDist, file).split(sep);
  return inDist.length > 1 && inDist[0] === HASHED_ASSETS_DIR ? IMMUTABLE : REVALIDATE;
}

/** Source maps give the original source away: production answers them with 404 even if a build left some. */
export const refuseSourceMaps: RequestHandler = (req, res, next) => {
  if (!req.path.endsWith('.map')) return next();
  res.status(404).type('text/plain').send('Not Found');
};
