import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { groupByKeys, loaderKey, type LoaderRegistry } from '../../platform/graphql/loaders';

export interface AttachmentRow {
  id: string;
  ticketId: string;
  uploaderId: string | null;
  filename: string;
  contentType: string;
  sizeBytes: number;
  storageKey: string;
  sha256: string;
  createdAt: Date;
}

export type NewAttachment = Omit<AttachmentRow, 'id' | 'createdAt'>;

const COLUMNS = `id, ticket_id AS "ticketId", uploader_id AS "uploaderId", filename, content_type AS "contentType", size_bytes AS "sizeBytes",
  storage_key AS "storageKey", sha256, created_at AS "createdAt"`;

const ATTACHMENTS_BY_TICKET = loaderKey<string, AttachmentRow[]>('attachmentsByTicket');

@Injectable()
export class AttachmentsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async countForTicket(ticketId: string, m: EntityManager | DataSource = this.db): Promise<number> {
    const [{ n }] = await m.query(`SELECT count(*)::int AS n FROM ticket_attachments WHERE ticket_id = $1`, [ticketId]);
    return n;
  }

  async insert(m: EntityManager, a: NewAttachment): Promise<AttachmentRow> {
    const [row] = await m.query(
      `INSERT INTO ticket_attachments (ticket_id, uploader_id, filename, content_type, size_bytes, storage_key, sha256)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING ${COLUMNS}`,
      [a.ticketId, a.uploaderId, a.filename, a.contentType, a.sizeBytes, a.storageKey, a.sha256],
    );
    return row;
  }

  /** The attachment if it belongs to that ticket (an id from another ticket is not found). */
  async byIdOnTicket(ticketId: string, id: string): Promise<AttachmentRow | null> {
    const [row] = await this.db.query(`SELECT ${COLUMNS} FROM ticket_attachments WHERE ticket_id = $1 AND id = $2`, [ticketId, id]);
    return row ?? null;
  }

  /** Each ticket's attachments, oldest first (batched per request; a ticket holds at most ATTACHMENT_LIMITS.perTicket). */
  loader(loaders: LoaderRegistry) {
    return loaders.get(ATTACHMENTS_BY_TICKET, async (ticketIds) => {
      const rows: AttachmentRow[] = await this.db.query(
        `SELECT ${COLUMNS} FROM ticket_attachments WHERE ticket_id = ANY ($1::uuid[]) ORDER BY created_at, id`,
        [[...ticketIds]],
      );
      return groupByKeys(ticketIds, rows, (a) => a.ticketId);
    });
  }
}
