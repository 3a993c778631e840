import { Parser } from 'htmlparser2';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { imageHostAllowed, mentionedHandles, renderImportedHtml, renderMarkdown, snippet, toPlainText } from './render';

describe('renderMarkdown', () => {
  it('renders code blocks, emphasis and quotes', () => {
    const { html } = renderMarkdown('**bold** and `x`\n\n```js\nconst a = 1;\n```\n\n> quoted');
    expect(html).toContain('<strong>bold</strong>');
    expect(html).toContain('<pre><code class="language-js">const a = 1;\n</code></pre>');
    expect(html).toContain('<blockquote>');
  });

  it('marks links nofollow ugc noopener and drops javascript: URLs', () => {
    const { html } = renderMarkdown('[site](https://example.com) [bad](javascript:alert(1)) https://auto.example.org');
    expect(html).toContain('<a href="https://example.com" rel="nofollow ugc noopener">site</a>');
    expect(html).toContain('<a href="https://auto.example.org" rel="nofollow ugc noopener">');
    expect(html).not.toMatch(/href="\s*javascript:/i);
  });

  it('keeps images by http(s) URL only', () => {
    expect(renderMarkdown('![a](https://img.example.com/a.png)').html).toContain(
      '<img src="https://img.example.com/a.png" alt="a" loading="lazy" decoding="async" referrerpolicy="no-referrer" />',
    );
    expect(renderMarkdown('![a](data:image/png;base64,AAAA)').html).not.toContain('<img');
    expect(renderMarkdown('![a](http://img.example.com/a.png)').html).toContain('src="https://img.example.com/a.png"');
  });

  it('shows raw HTML as text rather than markup', () => {
    const { html } = renderMarkdown('<script>alert(1)</script><img src=x onerror=alert(1)>');
    expect(html).not.toMatch(/<script|<img/i);
    expect(html).toContain('&lt;script&gt;');
  });

  it('links @mentions of known handles only, outside code', () => {
    const { html } = renderMarkdown('hi @ada and @nobody, mail a@ada.dev `@ada`', new Set(['ada']));
    expect(html).toContain('<a href="/u/ada" class="mention">@ada</a>');
    expect(html).not.toContain('/u/nobody');
    expect(html).toContain('<code>@ada</code>');
    expect(mentionedHandles('hi @Ada and @bob-2 and x@y')).toEqual(['ada', 'bob-2']);
    // Only handles that became links count as mentions (not the one inside code, not unknown ones).
    expect(renderMarkdown('`@ada` and @nobody', new Set(['ada'])).mentions).toEqual([]);
    expect(renderMarkdown('thanks @ada!', new Set(['ada'])).mentions).toEqual(['ada']);
  });
});

describe("images and readers' privacy", () => {
  it('loads every image lazily and without a Referer, whatever imported HTML asked for', () => {
    const { html } = renderImportedHtml('<img src="https://img.example.com/a.png" alt="a" loading="eager" referrerpolicy="unsafe-url" decoding="sync">');
    expect(html).toBe('<img src="https://img.example.com/a.png" alt="a" loading="lazy" decoding="async" referrerpolicy="no-referrer" />');
  });

  it('with an allow-list, keeps images from the listed hosts and turns the others into links', () => {
    const hosts = { imageHosts: ['img.example.com', '*.cdn.example.org'] };
    const md = '![ok](https://img.example.com/a.png) ![sub](https://eu.cdn.example.org/b.png) ![spy](https://tracker.example.net/p.gif "t")';
    const { html } = renderMarkdown(md, new Set(), hosts);
    expect(html).toBe(
      '<p><img src="https://img.example.com/a.png" alt="ok" loading="lazy" decoding="async" referrerpolicy="no-referrer" /> ' +
        '<img src="https://eu.cdn.example.org/b.png" alt="sub" loading="lazy" decoding="async" referrerpolicy="no-referrer" /> ' +
        '<a href="https://tracker.example.net/p.gif" rel="nofollow ugc noopener" title="t">spy</a></p>\n',
    );
    expect(renderImportedHtml('<img src="http://tracker.example.net/p.gif">', hosts).html).toBe(
      '<a href="https://tracker.example.net/p.gif" rel="nofollow ugc noopener">https://tracker.example.net/p.gif</a>',
    );
    // Alt text becomes link text, escaped like any text.
    expect(renderImportedHtml('<img src="https://x.example.net/a.png" alt="<b>hi</b>">', hosts).html).toBe(
      '<a href="https://x.example.net/a.png" rel="nofollow ugc noopener">&lt;b&gt;hi&lt;/b&gt;</a>',
    );
  });

  it('matches hosts exactly: no look-alike, no other port, no bare domain for a wildcard', () => {
    const hosts = ['img.example.com', '*.cdn.example.org'];
    expect(imageHostAllowed('https://IMG.example.com/a.png', hosts)).toBe(true);
    expect(imageHostAllowed('https://img.example.com:443/a.png', hosts)).toBe(true);
    expect(imageHostAllowed('https://img.example.com:8443/a.png', hosts)).toBe(false);
    expect(imageHostAllowed('https://img.example.com.evil.test/a.png', hosts)).toBe(false);
    expect(imageHostAllowed('https://evilimg.example.com/a.png', hosts)).toBe(false);
    expect(imageHostAllowed('https://cdn.example.org/a.png', hosts)).toBe(false);
    expect(imageHostAllowed('https://a.b.cdn.example.org/a.png', hosts)).toBe(true);
    expect(imageHostAllowed('https://user@img.example.com@evil.test/a.png', hosts)).toBe(false);
    expect(imageHostAllowed('https://anything.example.net/a.png', [])).toBe(true);
  });
});

describe('imported HTML', () => {
  it('is sanitized with the same policy', () => {
    const { html, text } = renderImportedHtml(
      '<p onclick="x()">Hi <a href="http://e.com" target="_blank">e</a><iframe src="http://evil"></iframe><script>bad()</script></p>',
    );
    expect(html).toBe('<p>Hi <a href="http://e.com" rel="nofollow ugc noopener">e</a></p>');
    expect(text).toBe('Hi e');
  });
});

describe('plain text and snippets', () => {
  it('decodes entities and collapses whitespace', () => {
    expect(toPlainText('<p>a &amp; b</p>\n<p>c &lt; d</p>')).toBe('a & b c < d');
  });
  it('cuts long text at a word boundary with an ellipsis', () => {
    expect(snippet('word '.repeat(100), 50)).toMatch(/^word( word)*…$/);
  });
});

const payloadFile = join(process.env.THREADLINE_DATA_DIR ?? join(__dirname, '..', '..', '..', '..', '..', '..', 'shared', 'data'), 'xss', 'payloads.txt');
const describeIfData = existsSync(payloadFile) ? describe : describe.skip;
if (!existsSync(payloadFile)) console.warn(`SKIPPED: XSS payload checks need ${payloadFile} (set THREADLINE_DATA_DIR)`);

describeIfData('every XSS payload in shared/data', () => {
  it('renders without script, event handlers or dangerous URLs', () => {
    const payloads = readFileSync(payloadFile, 'utf8').split('\n').filter(Boolean);
    expect(payloads.length).toBeGreaterThan(4000);
    const bad: string[] = [];
    for (const payload of payloads) {
      const allowList = { imageHosts: ['img.example.com'] };
      const outputs = [
        renderMarkdown(payload).html,
        renderImportedHtml(payload).html,
        renderMarkdown(payload, new Set(), allowList).html,
        renderImportedHtml(payload, allowList).html,
      ];
      for (const html of outputs) {
        const problems = dangerousMarkup(html);
        if (problems.length) bad.push(`${payload} => ${problems.join(', ')}`);
      }
    }
    expect(bad.slice(0, 5)).toEqual([]);
  });
});

const SAFE_TAGS = new Set(
  'p br hr h1 h2 h3 h4 h5 h6 blockquote pre code em strong del s ul ol li a img table thead tbody tr th td sup sub kbd dl dt dd'.split(' '),
);

/** Parses the output as a browser would and lists anything that could run script. */
function dangerousMarkup(html: string): string[] {
  const problems: string[] = [];
  const parser = new Parser({
    onopentag(name, attribs) {
      if (!SAFE_TAGS.has(name)) problems.push(`tag <${name}>`);
      for (const [attr, value] of Object.entries(attribs)) {
        if (/^on/i.test(attr) || attr === 'style' || attr === 'srcdoc' || attr === 'formaction') problems.push(`attribute ${attr}`);
        const scheme = /^\s*([a-z][a-z0-9+.-]*):/i.exec(value)?.[1]?.toLowerCase();
        if ((attr === 'href' || attr === 'src') && scheme && !['http', 'https', 'mailto'].includes(scheme)) problems.push(`${attr}=${value}`);
        if (name === 'img' && attr === 'src' && !/^https?:\/\//i.test(value)) problems.push(`img src=${value}`);
      }
      // Every image that survives is lazy and sent without a Referer.
      if (name === 'img' && (attribs.referrerpolicy !== 'no-referrer' || attribs.loading !== 'lazy')) problems.push('img without no-referrer and lazy');
    },
  });
  parser.write(html);
  parser.end();
  return problems;
}
