import { UPLOAD_CSRF_HEADER } from '@threadline/shared';
import { graphql } from '../../../gql/gql';
import type { TicketAttachmentFieldsFragment } from '../../../gql/graphql';
import { UNEXPECTED_MESSAGE, UNREACHABLE_MESSAGE } from '../../../lib/graphql-errors';

/** What the ticket page asks for each attachment (spread `...TicketAttachmentFields` into `Ticket.attachments`). */
export const TicketAttachmentFields = graphql(`
  fragment TicketAttachmentFields on TicketAttachment {
    id
    filename
    contentType
    sizeBytes
    createdAt
    downloadUrl
    uploader {
      id
      displayName
    }
  }
`);

/** An attachment as the upload answers it; the ticket's `attachments` (TicketAttachmentFieldsFragment) add the uploader. */
export type Attachment = Omit<TicketAttachmentFieldsFragment, '__typename' | 'uploader'>;

/** A refused upload: the server's message (shown as is) and its code and field, as in a GraphQL error. */
export class AttachmentUploadError extends Error {
  constructor(
    message: string,
    readonly code?: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'AttachmentUploadError';
  }
}

interface UploadAnswer {
  data?: { attachment: { id: string; filename: string; contentType: string; sizeBytes: number; createdAt: string; downloadUrl: string } };
  errors?: Array<{ message: string; extensions?: { code?: string; field?: string } }>;
}

/**
 * Attaches one file to a ticket (files do not travel in GraphQL requests: a plain multipart POST with the session
 * cookie and the header that proves the request comes from the app). Rejects with an AttachmentUploadError carrying
 * the server's message: too large, a type that is not allowed, a full or closed ticket.
 */
export async function uploadTicketAttachment(number: number, file: File): Promise<Attachment> {
  const form = new FormData();
  form.append('file', file, file.name);
  let response: Response;
  try {
    response = await fetch(`/api/tickets/${number}/attachments`, {
      method: 'POST',
      body: form,
      credentials: 'same-origin',
      headers: { [UPLOAD_CSRF_HEADER]: '1' },
    });
  } catch {
    throw new AttachmentUploadError(UNREACHABLE_MESSAGE);
  }
  let answer: UploadAnswer;
  try {
    answer = (await response.json()) as UploadAnswer;
  } catch {
    throw new AttachmentUploadError(response.status >= 500 ? UNEXPECTED_MESSAGE : UNREACHABLE_MESSAGE);
  }
  const error = answer.errors?.[0];
  if (error || !answer.data) {
    throw new AttachmentUploadError(error?.message ?? UNEXPECTED_MESSAGE, error?.extensions?.code, error?.extensions?.field);
  }
  const { id, filename, contentType, sizeBytes, createdAt, downloadUrl } = answer.data.attachment;
  return { id, filename, contentType, sizeBytes, createdAt, downloadUrl };
}
