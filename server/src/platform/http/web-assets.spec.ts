import { join } from 'node:path';
import { IMMUTABLE, REVALIDATE, webCacheControl } from './web-assets';

describe('webCacheControl', () => {
  const dist = join('/srv', 'web', 'dist');

  it('keeps hashed assets for a year', () => {
    expect(webCacheControl(dist, join(dist, 'assets', 'index-B2x9kQ1a.js'))).toBe(IMMUTABLE);
    expect(webCacheControl(dist, join(dist, 'assets', 'fonts', 'inter-Cq3k1.woff2'))).toBe(IMMUTABLE);
  });

  it('revalidates index.html and the other unhashed files', () => {
    expect(webCacheControl(dist, join(dist, 'index.html'))).toBe(REVALIDATE);
    expect(webCacheControl(dist, join(dist, 'favicon.svg'))).toBe(REVALIDATE);
    // A file merely named like the folder is not inside it.
    expect(webCacheControl(dist, join(dist, 'assets'))).toBe(REVALIDATE);
    expect(webCacheControl(dist, join(dist, 'assets.html'))).toBe(REVALIDATE);
  });
});
