/** One outgoing message, with its plain-text and HTML parts. */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** The one-click unsubscribe address (RFC 8058: mail clients POST to it), when the message is about notifications. */
  unsubscribeUrl?: string;
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML: everything in an email's HTML part goes through this except already-sanitized post HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

/** A subject line is one line: control characters and newlines become spaces, and it is cut at 200 characters. */
export function subjectLine(text: string): string {
  // eslint-disable-next-line no-control-regex
  const line = text.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
  return line.length > 200 ? `${line.slice(0, 199)}…` : line;
}

export interface MessageBody {
  /** Paragraphs of plain text (escaped for the HTML part). */
  paragraphs: string[];
  /** Already-sanitized HTML to include (a post's body as the site shows it), with its plain-text form. */
  quote?: { html: string; text: string };
  action?: { label: string; url: string };
  footer?: string;
  unsubscribeUrl?: string;
}

/** Builds both parts from the same content: the text part for plain readers, the HTML part with everything escaped. */
export function renderBody(body: MessageBody): { text: string; html: string } {
  const text: string[] = [...body.paragraphs];
  const html: string[] = body.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`);
  if (body.quote) {
    text.push(
      body.quote.text
        .split('\n')
        .map((l) => `> ${l}`)
        .join('\n'),
    );
    html.push(`<blockquote style="border-left:3px solid #ccc;margin:0;padding-left:12px">${body.quote.html}</blockquote>`);
  }
  if (body.action) {
    text.push(`${body.action.label}: ${body.action.url}`);
    html.push(`<p><a href="${escapeHtml(body.action.url)}">${escapeHtml(body.action.label)}</a></p>`);
  }
  const footer: string[] = [];
  const footerHtml: string[] = [];
  if (body.footer) {
    footer.push(body.footer);
    footerHtml.push(escapeHtml(body.footer));
  }
  if (body.unsubscribeUrl) {
    footer.push(`Unsubscribe: ${body.unsubscribeUrl}`);
    footerHtml.push(`<a href="${escapeHtml(body.unsubscribeUrl)}">Unsubscribe</a>`);
  }
  if (footer.length) {
    text.push(`-- \n${footer.join('\n')}`);
    html.push(`<hr><p style="color:#666;font-size:12px">${footerHtml.join('<br>')}</p>`);
  }
  return {
    text: `${text.join('\n\n')}\n`,
    html: `<!doctype html><html><body style="font-family:sans-serif">${html.join('\n')}</body></html>`,
  };
}
