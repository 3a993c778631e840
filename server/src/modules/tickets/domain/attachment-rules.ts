import { ATTACHMENT_KINDS_TEXT, ATTACHMENT_LIMITS, formatBytes } from '@threadline/shared';

/**
 * Ticket attachments (issue 10): what may be attached, under which name it is kept and served, and how many a ticket
 * holds. The type is always the one sniffed from the content, never the name's extension or the browser's claim.
 */

/** The types a ticket accepts, each with the extensions a downloaded file of that type may keep (the first is added otherwise). */
export const ATTACHMENT_TYPES = {
  'image/png': ['png'],
  'image/jpeg': ['jpg', 'jpeg'],
  'image/gif': ['gif'],
  'image/webp': ['webp'],
  'application/pdf': ['pdf'],
  'application/zip': ['zip'],
  'application/gzip': ['gz', 'tgz'],
  // Logs and exports: names a text editor opens as text (no html, svg, xml or script: opened from disk they would run).
  'text/plain': ['txt', 'log', 'csv', 'tsv', 'json', 'jsonl', 'ndjson', 'md', 'yaml', 'yml', 'ini', 'conf', 'cfg', 'out', 'err', 'trace', 'har'],
} as const satisfies Record<string, readonly string[]>;

export type AttachmentType = keyof typeof ATTACHMENT_TYPES;

export const isAttachmentType = (type: string): type is AttachmentType => Object.hasOwn(ATTACHMENT_TYPES, type);

/** The Content-Type a download is served with: text is declared UTF-8 (it was checked to be). */
export function servedContentType(type: AttachmentType): string {
  return type === 'text/plain' ? 'text/plain; charset=utf-8' : type;
}

/** What the content looked like: the type a signature sniffer found (if any), and for the rest whether it is text. */
export interface Sniffed {
  /** The sniffer's MIME type and usual extension, or null when no signature matched. */
  detected: { mime: string; ext: string } | null;
  /** Valid UTF-8 from start to end, without NUL bytes (what a log is; an executable or a binary blob is not). */
  text: boolean;
}

/** The stored type of an upload, or why it is refused. */
export function attachmentTypeOf(sniffed: Sniffed): { type: AttachmentType } | { problem: string } {
  if (sniffed.detected) {
    if (isAttachmentType(sniffed.detected.mime)) return { type: sniffed.detected.mime };
    return { problem: `This file cannot be attached (its content is ${describeDetected(sniffed.detected)}): attach ${ATTACHMENT_KINDS_TEXT}` };
  }
  if (sniffed.text) return { type: 'text/plain' };
  return { problem: `This file cannot be attached (its content is neither a known file type nor UTF-8 text): attach ${ATTACHMENT_KINDS_TEXT}` };
}

function describeDetected(detected: { mime: string; ext: string }): string {
  if (detected.mime === 'application/x-elf' || detected.mime === 'application/x-msdownload' || detected.mime === 'application/x-mach-binary') {
    return 'a program';
  }
  return `a .${detected.ext} file`;
}

export function sizeProblem(sizeBytes: number, maxBytes: number): string | null {
  if (sizeBytes <= 0) return 'The file is empty';
  if (sizeBytes > maxBytes) return `The file is too large: attachments can be up to ${formatBytes(maxBytes)}`;
  return null;
}

/** Whether a ticket that already holds `count` attachments takes one more. */
export function countProblem(count: number, max: number = ATTACHMENT_LIMITS.perTicket): string | null {
  return count >= max ? `A ticket holds at most ${max} attachments` : null;
}

/** Controls (C0, DEL, C1), bidirectional overrides and invisible formatting: a name must show what it is ("gpj.exe" tricks). */
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]/g;
/** Characters no file system (or a Windows download folder) takes in a name; replaced, so the name keeps its shape. */
const FORBIDDEN = /[<>:"/\\|?*]/g;
/** Names Windows reserves for devices, whatever the extension ("con.txt" cannot be saved). */
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;
const MAX_EXTENSION = 16;

/**
 * The name an attachment is kept and offered under: the last part of what the browser sent (a path is never
 * followed), without invisible or bidirectional characters, without characters file systems refuse, without leading
 * dots (a hidden file) or trailing dots and spaces, NFC, at most 200 characters with the extension kept;
 * "attachment" when nothing is left. It is only ever a label: files are stored under random keys.
 */
export function sanitizeFilename(raw: string | null | undefined, max: number = ATTACHMENT_LIMITS.filenameMax): string {
  const last = (raw ?? '').split(/[/\\]/).pop() ?? '';
  let name = last
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .replace(INVISIBLE, '')
    .replace(FORBIDDEN, '_')
    .trim()
    .replace(/^[.\s]+/, '')
    .replace(/[.\s]+$/, '');
  const stem = name.split('.')[0];
  if (RESERVED.test(stem)) name = `_${name}`;
  name = truncateKeepingExtension(name, max);
  return name || 'attachment';
}

/**
 * The name with an extension that matches the sniffed type: "report.pdf" stays, "evil.png" holding text becomes
 * "evil.png.txt", "syslog" becomes "syslog.txt". A downloaded file then opens as what it is, never as a program or a page.
 */
export function nameForType(filename: string, type: AttachmentType, max: number = ATTACHMENT_LIMITS.filenameMax): string {
  const allowed: readonly string[] = ATTACHMENT_TYPES[type];
  const dot = filename.lastIndexOf('.');
  const ext = dot > 0 ? filename.slice(dot + 1).toLowerCase() : '';
  if (allowed.includes(ext)) return filename;
  const suffix = `.${allowed[0]}`;
  const base = [...filename].slice(0, max - suffix.length).join('');
  return `${base.replace(/[.\s]+$/, '') || 'attachment'}${suffix}`;
}

function truncateKeepingExtension(name: string, max: number): string {
  const chars = [...name];
  if (chars.length <= max) return name;
  const dot = name.lastIndexOf('.');
  const ext = dot > 0 ? [...name.slice(dot)] : [];
  if (ext.length > 1 && ext.length <= MAX_EXTENSION) {
    const base = [...name.slice(0, dot)].slice(0, max - ext.length).join('');
    return `${base.replace(/[.\s]+$/, '')}${ext.join('')}`;
  }
  return chars
    .slice(0, max)
    .join('')
    .replace(/[.\s]+$/, '');
}

/**
 * Whether a stream of bytes is text: valid UTF-8 (checked across chunk boundaries) with no NUL byte. Fed chunk by
 * chunk while an upload streams in, so the whole file is checked without being held in memory.
 */
export class TextProbe {
  private readonly decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  private text = true;

  feed(chunk: Uint8Array): void {
    if (!this.text) return;
    if (chunk.includes(0)) {
      this.text = false;
      return;
    }
    try {
      this.decoder.decode(chunk, { stream: true });
    } catch {
      this.text = false;
    }
  }

  /** True when everything fed was text, including a complete last character. */
  finish(): boolean {
    if (!this.text) return false;
    try {
      this.decoder.decode();
      return true;
    } catch {
      return false;
    }
  }
}
