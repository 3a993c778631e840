import type { Plugin } from 'vite';

/**
 * Puts the entry stylesheet into index.html as a <style> element. An external stylesheet blocks the first paint
 * until it arrives, one more round trip after the HTML (over half a second on a slow phone connection, sharing the
 * line with the JavaScript): inline, the page shell paints as soon as the HTML is in. The price is about 6 kB
 * (compressed) more HTML per full page load and no separate caching of those styles. The CSP allows inline styles
 * ('unsafe-inline' in style-src), never inline scripts. Stylesheets of pages loaded on demand stay files.
 */
export function inlineEntryCss(): Plugin {
  return {
    name: 'threadline:inline-entry-css',
    apply: 'build',
    enforce: 'post',
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        if (!bundle) return html;
        return html.replace(/<link rel="stylesheet"[^>]*href="\/([^"]+\.css)"[^>]*>/g, (tag, file: string) => {
          const asset = bundle[file];
          if (asset?.type !== 'asset') return tag;
          return `<style>${String(asset.source).replaceAll('</style', '<\\/style')}</style>`;
        });
      },
    },
  };
}
