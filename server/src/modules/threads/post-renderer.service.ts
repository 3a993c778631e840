import { Injectable } from '@nestjs/common';
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
  constructor(private readonly accounts: AccountsService) {}

  async render(source: string): Promise<RenderedPost> {
    const known = await this.accounts.existingHandles(mentionedHandles(source));
    const { html, text, mentions } = renderMarkdown(source, new Set(known.keys()));
    return { html, text, mentionedUserIds: mentions.map((handle) => known.get(handle)!) };
  }
}
