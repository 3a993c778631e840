import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../platform/config/app-config';
import { AccountsService } from '../accounts/accounts.service';
import { mentionedHandles, renderMarkdown } from '../content/domain/render';

export interface RenderedPost {
  html: string;
  text: string;
  /** Users mentioned with @handle who exist. */
  mentionedUserIds: string[];
}

/** Markdown → sanitized HTML with @mentions resolved against real accounts. */
@Injectable()
export class PostRenderer {
  constructor(
    private readonly accounts: AccountsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async render(source: string): Promise<RenderedPost> {
    const known = await this.accounts.existingHandles(mentionedHandles(source));
    const { html, text, mentions } = renderMarkdown(source, new Set(known.keys()), { imageHosts: this.config.imageHosts });
    return { html, text, mentionedUserIds: mentions.map((handle) => known.get(handle)!) };
  }
}
