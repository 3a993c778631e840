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

function part(raw: string, type: string): string {
  const at = raw.indexOf(`Content-Type: ${type}`);
  if (at < 0) return '';
  const rest = raw.slice(at);
  const headerEnd = rest.indexOf('\n\n');
  const headers = rest.slice(0, headerEnd);
  const body = rest.slice(headerEnd + 2).split(/\n--/)[0];
  if (/Content-Transfer-Encoding: base64/i.test(headers)) return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (/Content-Transfer-Encoding: quoted-printable/i.test(headers)) return decodeQuotedPrintable(body);
  return body;
}

function header(headers: string, name: string): string {
  const match = new RegExp(`^${name}: (.*(?:\\n[ \\t].*)*)`, 'mi').exec(headers);
  return match ? match[1].replace(/\n[ \t]/g, ' ') : '';
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
    return { file, raw, headers, to: header(headers, 'To'), subject: header(headers, 'Subject'), text: part(raw, 'text/plain'), html: part(raw, 'text/html') };
  });
}

/** The first link in a message's text part whose path starts with `path` (e.g. "/reset-password"), as path and query. */
export function linkIn(mail: WrittenMail, path: string): string {
  const match = new RegExp(`https?://[^/\\s]+(${path.replace(/[/]/g, '\\/')}[^\\s]*)`).exec(mail.text);
  if (!match) throw new Error(`No ${path} link in ${mail.file}`);
  return match[1];
}
