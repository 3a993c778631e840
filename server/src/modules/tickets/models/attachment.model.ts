import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { AttachmentRow } from '../attachments.repository';

@ObjectType('TicketAttachment', { description: 'A file on a ticket (a screenshot, a log): seen, like the ticket, by its requester and staff' })
export class TicketAttachmentModel {
  @Field(() => ID) id: string;
  @Field({ description: 'The sanitized name, with the extension of its real type (what the download is saved as)' }) filename: string;
  @Field({
    description:
      'The type sniffed from the content: image/png, image/jpeg, image/gif, image/webp, application/pdf, application/zip, application/gzip or text/plain',
  })
  contentType: string;
  @Field(() => Int) sizeBytes: number;
  @Field() createdAt: Date;
  @Field({ description: 'Where the file downloads from (same origin, with the session cookie)' }) downloadUrl: string;
  uploaderId: string | null;

  static from(a: AttachmentRow, ticketNumber: number): TicketAttachmentModel {
    return Object.assign(new TicketAttachmentModel(), {
      id: a.id,
      filename: a.filename,
      contentType: a.contentType,
      sizeBytes: a.sizeBytes,
      createdAt: a.createdAt,
      downloadUrl: `/api/tickets/${ticketNumber}/attachments/${a.id}`,
      uploaderId: a.uploaderId,
    });
  }

  /** The upload route's answer: the GraphQL fields, and the uploader's id. */
  static toUploadAnswer(m: TicketAttachmentModel) {
    return {
      id: m.id,
      filename: m.filename,
      contentType: m.contentType,
      sizeBytes: m.sizeBytes,
      createdAt: m.createdAt.toISOString(),
      downloadUrl: m.downloadUrl,
      uploaderId: m.uploaderId,
    };
  }
}
