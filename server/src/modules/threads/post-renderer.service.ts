import { Injectable } from '@nestjs/common';
import { AccountsService } from '../accounts/accounts.service';
import { ContentWorkers } from '../content/content-workers.service';
import { mentionedHandles } from '../content/domain/render';
import type { TextDiff } from '../content/domain/text-diff';

export interface RenderedPost {
  html: string;
  text: string;
  /** Users mentioned with @handle who exist. */
  mentionedUserIds: string[];
}

/** Markdown → sanitized HTML with @mentions resolved against real accounts; the CPU work runs in worker threads. */
@Injectable()
export class PostRenderer {
  constructor(
    private readonly accounts: AccountsService,
    private readonly workers: ContentWorkers,
  ) {}

  async render(source: string): Promise<RenderedPost> {
    const known = await this.accounts.existingHandles(mentionedHandles(source));
    const { html, text, mentions } = await this.workers.render(source, [...known.keys()]);
    return { html, text, mentionedUserIds: mentions.map((handle) => known.get(handle)!) };
  }

  /** Preview: the same HTML a post would get, without resolving mentions against accounts. */
  async preview(source: string): Promise<string> {
    return (await this.workers.render(source, [])).html;
  }

  /** The line diff stored with a revision (computed once, when it is saved). */
  diff(before: string, after: string): Promise<TextDiff> {
    return this.workers.diff(before, after);
  }
}
