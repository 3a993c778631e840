import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One .eml file the app wrote (no SMTP_URL), with its parts decoded enough for assertions. */
export interface WrittenMail {
  file: string;
  raw: string;
  to: string;
  subject: string;
  headers: string;
  text: string;
  html: string;
}

/** Undoes quoted-printable (what nodemailer uses for long or non-ASCII lines). */
function decodeQuotedPrintable(body: string): string {
  const bytes = Buffer.from(
    body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))),
    'latin1',
  );
  return bytes.toString('utf8');
}

function part(raw: string, headers: string, type: string): string {
  const boundary = /boundary="([^"]+)"/.exec(headers)?.[1];
  const section = boundary ? raw.split(`--${boundary}`).find((p) => p.includes(`Content-Type: ${type}`)) : raw;
  if (!section) return '';
  const start = section.indexOf('\n\n');
  const partHeaders = section.slice(0, start);
  const body = section.slice(start + 2).replace(/\n$/, '');
  if (/Content-Transfer-Encoding: base64/i.test(partHeaders)) return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (/Content-Transfer-Encoding: quoted-printable/i.test(partHeaders)) return decodeQuotedPrintable(body);
  return body;
}

/** Decodes RFC 2047 encoded words (=?UTF-8?Q?…?= and =?UTF-8?B?…?=), as in a Subject with non-ASCII text. */
function decodeWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?UTF-8\?([QB])\?([^?]*)\?=/gi, (_, enc: string, text: string) =>
      enc.toUpperCase() === 'B' ? Buffer.from(text, 'base64').toString('utf8') : decodeQuotedPrintable(text.replace(/_/g, ' ')),
    );
}

/** A header's value, unfolded and decoded; '' when absent. */
export function headerValue(mail: Pick<WrittenMail, 'headers'>, name: string): string {
  const match = new RegExp(`^${name}:[ \\t]*(.*(?:\\n[ \\t].*)*)`, 'mi').exec(mail.headers);
  return match ? decodeWords(match[1].replace(/\n[ \t]+/g, ' ').trim()) : '';
}

/** Every message in the mail folder, oldest first. */
export function readMails(dir: string): WrittenMail[] {
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.eml'));
  } catch {
    return [];
  }
  return files.sort().map((name) => {
    const file = join(dir, name);
    const raw = readFileSync(file, 'utf8');
    const headers = raw.slice(0, raw.indexOf('\n\n'));
    return {
      file,
      raw,
      headers,
      to: headerValue({ headers }, 'To'),
      subject: headerValue({ headers }, 'Subject'),
      text: part(raw, headers, 'text/plain'),
      html: part(raw, headers, 'text/html'),
    };
  });
}

/** The first link in a message's text part whose path starts with `path` (e.g. "/reset-password"), as path and query. */
export function linkIn(mail: WrittenMail, path: string): string {
  const match = new RegExp(`https?://[^/\\s]+(${path.replace(/[/]/g, '\\/')}[^\\s]*)`).exec(mail.text);
  if (!match) throw new Error(`No ${path} link in ${mail.file}`);
  return match[1];
}
