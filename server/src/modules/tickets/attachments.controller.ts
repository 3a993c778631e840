import { Controller, Get, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import { UPLOAD_CSRF_HEADER } from '@threadline/shared';
import { create as contentDisposition } from 'content-disposition';
import type { Request, Response } from 'express';
import { pipeline } from 'node:stream/promises';
import { ForbiddenError } from '../../platform/errors/domain-error';
import { CurrentViewer } from '../accounts/current-viewer.decorator';
import type { Viewer } from '../accounts/domain/viewer';
import { AttachmentsService } from './attachments.service';
import { isAttachmentType, servedContentType } from './domain/attachment-rules';
import { TicketAttachmentModel } from './models/attachment.model';
import { TicketsErrorReason } from './tickets.errors';

/** "1001" → 1001; anything else is no ticket number (NaN: not found). */
const ticketNumber = (raw: string): number => (/^[0-9]{1,10}$/.test(raw) ? Number(raw) : Number.NaN);

/**
 * Ticket attachments over plain HTTP: a file does not travel well in a GraphQL request. The same session cookie as
 * /graphql; refusals in GraphQL's error shape with a 4xx status; whoever may not see the ticket gets 404.
 */
@Controller('api/tickets')
export class AttachmentsController {
  constructor(private readonly attachments: AttachmentsService) {}

  /** One file per request, as multipart/form-data field `file`; answers `{"data":{"attachment":{…}}}`. */
  @Post(':number/attachments')
  @HttpCode(201)
  async upload(@CurrentViewer() viewer: Viewer, @Param('number') number: string, @Req() req: Request) {
    // A cross-site form can post multipart without a preflight, but cannot set a header.
    if (!req.get(UPLOAD_CSRF_HEADER)) {
      throw new ForbiddenError(`Uploads must come from the app (the ${UPLOAD_CSRF_HEADER} header is missing)`, TicketsErrorReason.CSRF_HEADER_REQUIRED);
    }
    const n = ticketNumber(number);
    const attachment = await this.attachments.upload(viewer, n, req);
    return { data: { attachment: TicketAttachmentModel.toUploadAnswer(TicketAttachmentModel.from(attachment, n)) } };
  }

  /** The file, as a download that no browser renders or sniffs: its sniffed type, nosniff, and a sandbox CSP. */
  @Get(':number/attachments/:id')
  async download(@CurrentViewer() viewer: Viewer, @Param('number') number: string, @Param('id') id: string, @Res() res: Response) {
    const { attachment, file } = await this.attachments.download(viewer, ticketNumber(number), id);
    const type = isAttachmentType(attachment.contentType) ? servedContentType(attachment.contentType) : 'application/octet-stream';
    res.status(200);
    res.setHeader('Content-Type', type);
    res.setHeader('Content-Length', String(attachment.sizeBytes));
    res.setHeader('Content-Disposition', contentDisposition(attachment.filename, { type: 'attachment' }));
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Content-Security-Policy', "sandbox; default-src 'none'");
    res.setHeader('Cache-Control', 'private, no-store');
    // The response is under way: a read error can only end it early.
    await pipeline(file.createReadStream(), res).catch(() => res.destroy());
  }
}
