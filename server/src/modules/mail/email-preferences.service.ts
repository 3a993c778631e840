import { Injectable } from '@nestjs/common';
import { BadUserInputError, UnauthenticatedError } from '../../platform/errors/domain-error';
import { isSignedIn, type Viewer } from '../accounts/domain/viewer';
import { effectivePreferences, preferencesProblem, type EmailPreference } from './domain/email-preferences';
import { DIGEST_KIND, verifyUnsubscribeToken } from './domain/unsubscribe-token';
import { MailRepository } from './mail.repository';
import { MailService } from './mail.service';

/** A person's email preferences per notification kind, and the one-click unsubscribe. */
@Injectable()
export class EmailPreferencesService {
  constructor(
    private readonly repo: MailRepository,
    private readonly mail: MailService,
  ) {}

  async mine(viewer: Viewer): Promise<EmailPreference[]> {
    if (!isSignedIn(viewer)) throw new UnauthenticatedError('Sign in to see your email preferences');
    return effectivePreferences(this.mail.notificationKinds, await this.repo.preferences(viewer.userId));
  }

  async update(viewer: Viewer, input: readonly EmailPreference[]): Promise<EmailPreference[]> {
    if (!isSignedIn(viewer)) throw new UnauthenticatedError('Sign in to change your email preferences');
    const problem = preferencesProblem(this.mail.notificationKinds, input);
    if (problem) throw new BadUserInputError(problem.field, problem.message);
    await this.repo.savePreferences(viewer.userId, [...new Map(input.map((p) => [p.kind, p])).values()]);
    return this.mine(viewer);
  }

  /** Follows an unsubscribe link: that kind (or every kind in the digest) goes to NEVER. Answers the kinds changed. */
  async unsubscribe(token: string): Promise<string[]> {
    const subject = verifyUnsubscribeToken(await this.mail.unsubscribeSecret(), token);
    if (!subject || !(await this.repo.userExists(subject.userId))) {
      throw new BadUserInputError(
        'token',
        'This unsubscribe link is not valid: open the link from the email exactly as it was sent, or change your preferences on your profile.',
      );
    }
    const kinds =
      subject.kind === DIGEST_KIND
        ? effectivePreferences(this.mail.notificationKinds, await this.repo.preferences(subject.userId))
            .filter((p) => p.delivery === 'DAILY')
            .map((p) => p.kind)
        : [subject.kind];
    await this.repo.savePreferences(
      subject.userId,
      kinds.map((kind) => ({ kind, delivery: 'NEVER' as const })),
    );
    return kinds;
  }
}
