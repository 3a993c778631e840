import { Inject, Injectable, Logger } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import nodemailer, { type Transporter } from 'nodemailer';
import { APP_CONFIG, type AppConfig } from '../../platform/config/app-config';
import type { MailMessage } from './domain/mail-message';

/**
 * Sends a message with nodemailer: through SMTP_URL when it is set, otherwise as an .eml file in MAIL_DIR (nodemailer
 * builds the MIME message in memory, we write it and log its path), so a default install needs no mail server.
 */
@Injectable()
export class MailTransport {
  private readonly logger = new Logger(MailTransport.name);
  private readonly transporter: Transporter;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.transporter = config.smtpUrl
      ? nodemailer.createTransport(config.smtpUrl)
      : nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  }

  /** Sends the message; answers where it went (the .eml path, or the SMTP message id). */
  async send(message: MailMessage): Promise<string> {
    const headers: Record<string, string> = {};
    if (message.unsubscribeUrl) {
      headers['List-Unsubscribe'] = `<${message.unsubscribeUrl}>`;
      headers['List-Unsubscribe-Post'] = 'List-Unsubscribe=One-Click';
    }
    const info = await this.transporter.sendMail({
      from: this.config.mailFrom,
      to: message.to,
      subject: message.subject,
      text: message.text,
      html: message.html,
      headers,
    });
    if (this.config.smtpUrl) return String(info.messageId);
    await mkdir(this.config.mailDir, { recursive: true, mode: 0o700 });
    const file = join(this.config.mailDir, `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomBytes(4).toString('hex')}.eml`);
    await writeFile(file, (info as unknown as { message: Buffer }).message, { mode: 0o600 });
    this.logger.log(`Mail to ${message.to} written to ${file}`);
    return file;
  }
}
