import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Request } from 'express';
import { fileTypeFromFile } from 'file-type';
import type { FileHandle } from 'node:fs/promises';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../platform/config/app-config';
import { isUuid } from '../../platform/database/uuid';
import { BadUserInputError } from '../../platform/errors/domain-error';
import type { LoaderRegistry } from '../../platform/graphql/loaders';
import { receiveOneFile } from '../../platform/http/multipart-file';
import { UploadStore } from '../../platform/uploads/upload-store';
import type { Viewer } from '../accounts/domain/viewer';
import { TextProbe, attachmentTypeOf, countProblem, nameForType, sanitizeFilename, sizeProblem } from './domain/attachment-rules';
import { AttachmentsRepository, type AttachmentRow } from './attachments.repository';
import { AttachmentNotFoundError, TicketClosedError } from './tickets.errors';
import { TicketsService } from './tickets.service';

/** The multipart field that carries the file. */
export const ATTACHMENT_FIELD = 'file';

/**
 * Attachments on a ticket: whoever may see the ticket (its requester, staff) attaches and downloads; everyone else is
 * told the ticket does not exist. The bytes stream to the upload store, the type is sniffed from them, and the row is
 * written under the ticket's lock (a closed ticket, or a full one, refuses).
 */
@Injectable()
export class AttachmentsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly attachments: AttachmentsRepository,
    private readonly tickets: TicketsService,
    private readonly store: UploadStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Receives the request's one file and attaches it to the ticket. */
  async upload(viewer: Viewer, number: number, req: Request): Promise<AttachmentRow> {
    // Refuse before reading a byte of the body where the answer is already known.
    const ticket = await this.tickets.visible(viewer, number);
    if (ticket.status === 'CLOSED') throw new TicketClosedError();
    const full = countProblem(await this.attachments.countForTicket(ticket.id));
    if (full) throw new BadUserInputError(ATTACHMENT_FIELD, full);

    const maxBytes = this.config.uploadMaxBytes;
    const probe = new TextProbe();
    const file = await receiveOneFile(req, {
      field: ATTACHMENT_FIELD,
      maxBytes,
      tooLargeMessage: sizeProblem(maxBytes + 1, maxBytes)!,
      store: this.store,
      inspect: (chunk) => probe.feed(chunk),
    });
    try {
      const sized = sizeProblem(file.sizeBytes, maxBytes);
      if (sized) throw new BadUserInputError(ATTACHMENT_FIELD, sized);
      // The signature decides; a name or a browser's Content-Type never does.
      const detected = await fileTypeFromFile(file.path);
      const verdict = attachmentTypeOf({ detected: detected ? { mime: detected.mime, ext: detected.ext } : null, text: probe.finish() });
      if ('problem' in verdict) throw new BadUserInputError(ATTACHMENT_FIELD, verdict.problem);
      await this.store.commit(file.key);
      return await this.db.transaction(async (m) => {
        const locked = await this.tickets.lockVisible(m, viewer, number);
        if (locked.status === 'CLOSED') throw new TicketClosedError();
        const stillFull = countProblem(await this.attachments.countForTicket(locked.id, m));
        if (stillFull) throw new BadUserInputError(ATTACHMENT_FIELD, stillFull);
        return this.attachments.insert(m, {
          ticketId: locked.id,
          uploaderId: viewer.userId,
          filename: nameForType(sanitizeFilename(file.filename), verdict.type),
          contentType: verdict.type,
          sizeBytes: file.sizeBytes,
          storageKey: file.key,
          sha256: file.sha256,
        });
      });
    } catch (err) {
      // Refused or not recorded: no file stays behind without its row.
      await this.store.remove(file.key);
      throw err;
    }
  }

  /** An attachment of a ticket the viewer may see, with its file open for reading; NOT_FOUND otherwise. */
  async download(viewer: Viewer, number: number, id: string): Promise<{ attachment: AttachmentRow; file: FileHandle }> {
    const ticket = await this.tickets.visible(viewer, number);
    const attachment = isUuid(id) ? await this.attachments.byIdOnTicket(ticket.id, id) : null;
    const file = attachment ? await this.store.open(attachment.storageKey) : null;
    if (!attachment || !file) throw new AttachmentNotFoundError();
    return { attachment, file };
  }

  /** A ticket's attachments, oldest first (the caller has checked the ticket is the viewer's to see). */
  forTicket(ticketId: string, loaders: LoaderRegistry): Promise<AttachmentRow[]> {
    return this.attachments.loader(loaders).load(ticketId);
  }
}
