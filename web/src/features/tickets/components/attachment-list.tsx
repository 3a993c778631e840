import { formatBytes } from '@threadline/shared';
import { RelativeTime } from '../../../components/ui/relative-time';
import type { Attachment } from '../api/attachments';
import './attachments.css';

export type AttachmentListItem = Attachment & { uploader?: { displayName: string } | null };

interface AttachmentListProps {
  attachments: AttachmentListItem[];
  /** The heading's level where the list sits (the ticket page's sections are h2). */
  headingLevel?: 2 | 3;
}

const KIND: Record<string, string> = {
  'image/png': 'PNG image',
  'image/jpeg': 'JPEG image',
  'image/gif': 'GIF image',
  'image/webp': 'WebP image',
  'application/pdf': 'PDF',
  'application/zip': 'ZIP archive',
  'application/gzip': 'gzip archive',
  'text/plain': 'Text',
};

/**
 * A ticket's attachments as download links with their kind, size, who attached them and when. The links download
 * (the server sends them as attachments), so nothing a customer uploaded is ever shown inline.
 */
export function AttachmentList({ attachments, headingLevel = 2 }: AttachmentListProps) {
  const Heading = `h${headingLevel}` as const;
  return (
    <section className="attachment-list" aria-labelledby="ticket-attachments-heading">
      <Heading id="ticket-attachments-heading" className="attachment-list__heading">
        Attachments
      </Heading>
      {attachments.length === 0 ? (
        <p className="attachment-list__empty">No attachments yet.</p>
      ) : (
        <ul className="attachment-list__items">
          {attachments.map((a) => (
            <li className="attachment-list__item" key={a.id}>
              <a className="attachment-list__link" href={a.downloadUrl} download={a.filename}>
                {a.filename}
              </a>
              <span className="attachment-list__meta">
                {KIND[a.contentType] ?? a.contentType} · {formatBytes(a.sizeBytes)}
                {a.uploader ? ` · ${a.uploader.displayName}` : ''} · <RelativeTime value={a.createdAt} />
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
