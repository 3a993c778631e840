import { Controller, HttpCode, Post, Query } from '@nestjs/common';
import { EmailPreferencesService } from './email-preferences.service';

/**
 * RFC 8058 one-click unsubscribe: mail clients POST to the `List-Unsubscribe` address without opening a page. The
 * signed token is the authority (as for the `unsubscribe` mutation, which the /unsubscribe page calls).
 */
@Controller('api/unsubscribe')
export class UnsubscribeController {
  constructor(private readonly preferences: EmailPreferencesService) {}

  @Post()
  @HttpCode(200)
  async unsubscribe(@Query('token') token: unknown): Promise<{ unsubscribed: string[] }> {
    return { unsubscribed: await this.preferences.unsubscribe(typeof token === 'string' ? token : '') };
  }
}
