import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../accounts/current-viewer.decorator';
import type { Viewer } from '../accounts/domain/viewer';
import { EmailPreferenceInput } from './dto/email-preference.input';
import { EmailPreferencesService } from './email-preferences.service';
import { EmailPreferenceModel } from './models/email-preference.model';

@Resolver()
export class MailResolver {
  constructor(private readonly preferences: EmailPreferencesService) {}

  @Query(() => [EmailPreferenceModel], { description: 'Signed in: how you get email about each notification kind', complexity: 5 })
  myEmailPreferences(@CurrentViewer() viewer: Viewer) {
    return this.preferences.mine(viewer);
  }

  @Mutation(() => [EmailPreferenceModel], { description: 'Signed in: change how you get email about some notification kinds; answers them all' })
  updateEmailPreferences(@CurrentViewer() viewer: Viewer, @Args('input', { type: () => [EmailPreferenceInput] }) input: EmailPreferenceInput[]) {
    return this.preferences.update(viewer, input);
  }

  @Mutation(() => [String], { description: "Anyone holding an email's unsubscribe link: stop that email (its kind goes to NEVER); answers the kinds changed" })
  unsubscribe(@Args('token') token: string) {
    return this.preferences.unsubscribe(token);
  }
}
