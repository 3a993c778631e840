import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';

/** @handle: the same shape as users.handle (lowercase letters, digits, _ and -, 2–40 characters). */
const MENTION = /(^|[^\w@/])@([a-z0-9][a-z0-9_-]{1,39})\b/gi;

/** Candidate handles mentioned in Markdown source (code spans included; the renderer decides what links). */
export function mentionedHandles(source: string): string[] {
  const found = new Set<string>();
  for (const match of source.matchAll(MENTION)) found.add(match[2].toLowerCase());
  return [...found].slice(0, 50);
}

/** What the site operator decides about rendering (IMAGE_HOSTS). */
export interface RenderOptions {
  /**
   * Hosts images may load from (`img.example.com`, or `*.example.com` for its subdomains); an image from any
   * other host becomes a link to it. Empty: any https host.
   */
  imageHosts?: readonly string[];
}

/** Whether an image URL's host (with its port, if any) is on the allow-list; an empty list allows every host. */
export function imageHostAllowed(src: string, imageHosts: readonly string[]): boolean {
  if (!imageHosts.length) return true;
  let host: string;
  try {
    host = new URL(src).host.toLowerCase();
  } catch {
    return false;
  }
  return imageHosts.some((entry) => {
    const allowed = entry.toLowerCase();
    return allowed.startsWith('*.') ? host.endsWith(allowed.slice(1)) && host.length > allowed.length - 1 : host === allowed;
  });
}

/**
 * Images load from third-party hosts when a reader scrolls to them, so those hosts see readers' addresses.
 * Every image is therefore lazy and sent without a Referer (the page they are on stays private), and with
 * IMAGE_HOSTS set, only the listed hosts are images at all: the others become links a reader may follow.
 */
function imageTag(imageHosts: readonly string[]): sanitizeHtml.Transformer {
  return (tagName, attribs) => {
    const { src, loading: _l, decoding: _d, referrerpolicy: _r, ...rest } = attribs;
    // Absolute URLs only, always over https (the CSP allows https images only; http ones are upgraded, as
    // browsers do for mixed content); anything else loses every attribute and is then dropped.
    if (!/^https?:\/\//i.test(src ?? '')) return { tagName, attribs: {} };
    const https = src.replace(/^http:/i, 'https:');
    if (!imageHostAllowed(https, imageHosts)) {
      const link: sanitizeHtml.Attributes = { href: https, rel: 'nofollow ugc noopener', ...(rest.title ? { title: rest.title } : {}) };
      return { tagName: 'a', attribs: link, text: rest.alt?.trim() || https };
    }
    return { tagName, attribs: { src: https, ...rest, loading: 'lazy', decoding: 'async', referrerpolicy: 'no-referrer' } };
  };
}

/**
 * The one sanitizer policy for everything users write (Markdown output and imported HTML):
 * a closed list of tags and attributes, http(s)/mailto links marked nofollow ugc noopener,
 * images by http(s) URL only, no style, no event handlers, no iframes or forms.
 */
const BASE_POLICY: sanitizeHtml.IOptions = {
  allowedTags: [
    'p',
    'br',
    'hr',
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'blockquote',
    'pre',
    'code',
    'em',
    'strong',
    'del',
    's',
    'ul',
    'ol',
    'li',
    'a',
    'img',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
    'sup',
    'sub',
    'kbd',
    'dl',
    'dt',
    'dd',
  ],
  allowedAttributes: {
    a: ['href', 'title', 'class', 'rel'],
    // loading, decoding and referrerpolicy are always set by imageTag, whatever the source said.
    img: ['src', 'alt', 'title', 'width', 'height', 'loading', 'decoding', 'referrerpolicy'],
    code: ['class'],
    ol: ['start'],
    th: ['align'],
    td: ['align'],
  },
  allowedClasses: { a: ['mention'], code: [/^language-[\w-]+$/] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { img: ['http', 'https'] },
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  // Text inside dropped <script>/<style>/... must not leak into the page as text either.
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'title', 'template', 'iframe', 'object', 'embed', 'svg', 'math'],
  transformTags: {
    a: (tagName, attribs): sanitizeHtml.Tag => {
      if (attribs.class === 'mention' && /^\/u\/[a-z0-9_-]+$/.test(attribs.href ?? '')) {
        return { tagName, attribs: { href: attribs.href, class: 'mention' } };
      }
      const out: Record<string, string> = {};
      if (attribs.href) out.href = attribs.href;
      if (attribs.title) out.title = attribs.title;
      const attrs: sanitizeHtml.Attributes = { ...out, rel: 'nofollow ugc noopener' };
      return { tagName, attribs: attrs };
    },
    img: imageTag([]),
  },
  // frame.tag is the source tag: an image turned into a link (it has an href) stays.
  exclusiveFilter: (frame) => frame.tag === 'img' && !frame.attribs.src && !frame.attribs.href,
};

const policies = new Map<string, sanitizeHtml.IOptions>([['', BASE_POLICY]]);

/** The policy for an image allow-list: the base one with its image rule, built once per list. */
function policyFor(imageHosts: readonly string[] = []): sanitizeHtml.IOptions {
  const key = imageHosts.join(',');
  let policy = policies.get(key);
  if (!policy) {
    policy = { ...BASE_POLICY, transformTags: { ...BASE_POLICY.transformTags, img: imageTag(imageHosts) } };
    policies.set(key, policy);
  }
  return policy;
}

export function sanitize(html: string, options: RenderOptions = {}): string {
  return sanitizeHtml(html, policyFor(options.imageHosts));
}

/** Plain text of sanitized HTML, whitespace collapsed: for snippets and search documents. */
export function toPlainText(html: string): string {
  return sanitizeHtml(html, { allowedTags: [], allowedAttributes: {}, nonTextTags: BASE_POLICY.nonTextTags })
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

export function snippet(text: string, max = 220): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${cut.slice(0, space > max * 0.6 ? space : max).trimEnd()}…`;
}

type Md = InstanceType<typeof MarkdownIt>;
type InlineRule = Parameters<Md['inline']['ruler']['before']>[2];

/** Per-render state passed to markdown-it as `env`: the handles that exist, and those actually linked. */
interface MentionEnv {
  knownHandles: ReadonlySet<string>;
  mentions: Set<string>;
}

function mentionPlugin(md: Md) {
  const rule: InlineRule = (state, silent) => {
    if (state.src.charCodeAt(state.pos) !== 0x40 /* @ */) return false;
    const before = state.pos > 0 ? state.src[state.pos - 1] : ' ';
    if (/[\w@/]/.test(before)) return false;
    const match = /^@([a-z0-9][a-z0-9_-]{1,39})\b/i.exec(state.src.slice(state.pos));
    const env = state.env as unknown as MentionEnv;
    if (!match || !env.knownHandles.has(match[1].toLowerCase())) return false;
    if (!silent) {
      const token = state.push('mention', '', 0);
      token.meta = { handle: match[1].toLowerCase() };
    }
    state.pos += match[0].length;
    return true;
  };
  md.inline.ruler.before('emphasis', 'mention', rule);
  md.renderer.rules.mention = (tokens, idx, _options, env) => {
    const handle = (tokens[idx].meta as { handle: string }).handle;
    (env as unknown as MentionEnv).mentions.add(handle);
    return `<a class="mention" href="/u/${handle}">@${handle}</a>`;
  };
}

/** One parser for every render; what varies per post travels in `env`. */
const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false, breaks: false }).use(mentionPlugin);
markdown.validateLink = (url) => /^(https?:|mailto:|\/(?!\/)|#)/i.test(url.trim());

export interface Rendered {
  html: string;
  text: string;
}

/**
 * Markdown → sanitized HTML. Raw HTML in the source is shown as text (html: false) and the output
 * still goes through the sanitizer, so a renderer bug cannot become an XSS hole. `mentions` are the
 * handles that became links (known handles outside code).
 */
export function renderMarkdown(source: string, knownHandles: ReadonlySet<string> = new Set(), options: RenderOptions = {}): Rendered & { mentions: string[] } {
  const env: MentionEnv = { knownHandles, mentions: new Set() };
  const html = sanitize(markdown.render(source, env as unknown as Parameters<typeof markdown.render>[1]), options);
  return { html, text: toPlainText(html), mentions: [...env.mentions] };
}

/** Imported HTML (Stack Exchange dumps) is untrusted: the same sanitizer policy applies. */
export function renderImportedHtml(html: string, options: RenderOptions = {}): Rendered {
  const clean = sanitize(html, options);
  return { html: clean, text: toPlainText(clean) };
}
