/**
 * Ticket attachments: the limits the server enforces and the web app checks before sending (the server's byte limit is
 * configurable, UPLOAD_MAX_BYTES; this is its default), and the header that proves an upload comes from the app.
 */
export const ATTACHMENT_LIMITS = {
  /** UPLOAD_MAX_BYTES's default: 10 MiB. */
  defaultMaxBytes: 10 * 1024 * 1024,
  perTicket: 10,
  filenameMax: 200,
} as const;

/**
 * A cross-site form can post multipart/form-data without a CORS preflight, but it cannot add a header: uploads must
 * carry this one (the same idea as Apollo's csrfPrevention on /graphql).
 */
export const UPLOAD_CSRF_HEADER = 'X-Threadline-CSRF';

/** What an attachment may be, as people read it (the server sniffs the type from the content). */
export const ATTACHMENT_KINDS_TEXT = 'screenshots (PNG, JPEG, GIF, WebP), PDFs, ZIP or gzip archives, or plain-text logs';

/** "812 bytes", "4.2 KB", "10 MB": binary units, at most one decimal, the way file pickers show sizes. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} ${bytes === 1 ? 'byte' : 'bytes'}`;
  const units = ['KB', 'MB', 'GB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const shown = value >= 100 ? Math.round(value).toString() : (Math.round(value * 10) / 10).toString();
  return `${shown} ${units[unit]}`;
}
