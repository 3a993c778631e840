import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Ticket attachments (issue 10): screenshots and logs on a ticket. The bytes live in the upload store (UPLOADS_DIR)
 * under a random key, never under the uploader's file name; this row keeps the sanitized name, the type sniffed from
 * the content (what downloads are served as), the size and a SHA-256 of the bytes.
 */
export class TicketAttachments1764190000000 implements MigrationInterface {
  name = 'TicketAttachments1764190000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE ticket_attachments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        ticket_id uuid NOT NULL REFERENCES tickets (id) ON DELETE CASCADE,
        uploader_id uuid NULL REFERENCES users (id) ON DELETE SET NULL,
        filename text NOT NULL CHECK (char_length(filename) BETWEEN 1 AND 200),
        content_type text NOT NULL CHECK (content_type IN ('image/png', 'image/jpeg', 'image/gif', 'image/webp', 'application/pdf',
                                                           'application/zip', 'application/gzip', 'text/plain')),
        size_bytes integer NOT NULL CHECK (size_bytes > 0),
        storage_key text NOT NULL CHECK (storage_key ~ '^[0-9a-f]{48}$'),
        sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX ticket_attachments_storage_key ON ticket_attachments (storage_key)`);
    await q.query(`CREATE INDEX ticket_attachments_ticket_idx ON ticket_attachments (ticket_id, created_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE ticket_attachments`);
  }
}
