import { Parser } from 'htmlparser2';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mentionedHandles, renderImportedHtml, renderMarkdown, snippet, toPlainText } from './render';

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
    expect(renderMarkdown('![a](https://img.example.com/a.png)').html).toContain('<img alt="a" src="https://img.example.com/a.png" loading="lazy" />');
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

describe('imported HTML', () => {
  it('is sanitized with the same policy', () => {
    const { html, text } = renderImportedHtml('<p onclick="x()">Hi <a href="http://e.com" target="_blank">e</a><iframe src="http://evil"></iframe><script>bad()</script></p>');
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
      for (const html of [renderMarkdown(payload).html, renderImportedHtml(payload).html]) {
        const problems = dangerousMarkup(html);
        if (problems.length) bad.push(`${payload} => ${problems.join(', ')}`);
      }
    }
    expect(bad.slice(0, 5)).toEqual([]);
  });
});

const SAFE_TAGS = new Set('p br hr h1 h2 h3 h4 h5 h6 blockquote pre code em strong del s ul ol li a img table thead tbody tr th td sup sub kbd dl dt dd'.split(' '));

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
    },
  });
  parser.write(html);
  parser.end();
  return problems;
}
