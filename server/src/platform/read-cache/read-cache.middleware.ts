import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { readCacheKey, setRequestCacheKey, type CachedAnswer, type ReadCacheService } from './read-cache.service';

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);
/** Below this the compression middleware sends text as is too (its 1 kB threshold). */
const COMPRESS_FROM_BYTES = 1024;

/**
 * In front of /graphql, before Nest and Apollo: a signed-out reader's POST whose exact twin was answered at the
 * current content version gets that answer at once; any other request goes on (a signed-out one carries its key, so
 * the answer is kept on the way out: read-cache.plugin.ts). Only JSON bodies: what Apollo's CSRF check accepts.
 */
export function readCacheMiddleware(cache: ReadCacheService, isSignedOut: (req: Request) => boolean): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    if (!cache.enabled || req.method !== 'POST' || !req.is('application/json') || !isSignedOut(req)) return next();
    const key = readCacheKey(req);
    if (!key) return next();
    setRequestCacheKey(res, key);
    const answer = cache.get(key);
    if (!answer) return next();
    cache.version().then(
      (version) => {
        if (version !== answer.version) {
          cache.delete(key);
          return next();
        }
        res.status(200).set({ 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', 'X-Read-Cache': 'hit', Vary: 'Accept-Encoding' });
        const encoding = answer.body.length >= COMPRESS_FROM_BYTES ? req.acceptsEncodings('br', 'gzip') : false;
        const compressed = encoding === 'br' ? answer.brotli : encoding === 'gzip' ? answer.gzip : undefined;
        if (compressed) {
          // Already compressed: the compression middleware leaves a response with a Content-Encoding alone.
          res.set('Content-Encoding', encoding as string).send(compressed);
          return;
        }
        res.send(answer.body);
        if (encoding) compressOnce(answer);
      },
      // The version cannot be read (database down): answer as if there were no cache, with its clear error.
      () => next(),
    );
  };
}

/** Both compressed forms, in the thread pool; a failure only means hits keep compressing as they go. */
function compressOnce(answer: CachedAnswer): void {
  if (answer.compressing) return;
  answer.compressing = true;
  const text = Buffer.from(answer.body);
  void Promise.all([gzipAsync(text, { level: 6 }), brotliAsync(text, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } })]).then(
    ([gz, br]) => {
      answer.gzip = gz;
      answer.brotli = br;
    },
    () => undefined,
  );
}
