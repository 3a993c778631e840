import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from './current-viewer.decorator';
import { HANDLE_LOOKUP_MAX, SUGGESTIONS_MAX } from './domain/user-suggestions';
import type { Viewer } from './domain/viewer';
import { toUserModel } from './models/mappers';
import { UserModel } from './models/user.model';
import { UserSuggestionsService } from './user-suggestions.service';

type CostArgs = { args: Record<string, unknown>; childComplexity: number };

@Resolver()
export class UserSuggestionsResolver {
  constructor(private readonly suggestions: UserSuggestionsService) {}

  @Query(() => [UserModel], {
    description:
      'Signed in: members whose @handle or a word of whose display name starts with the prefix (1–30 characters, any case), for mentions; rate-limited',
    complexity: ({ args, childComplexity }: CostArgs) => 5 + Math.min(Number(args.first ?? 8), SUGGESTIONS_MAX) * Math.max(childComplexity, 1),
  })
  async userSuggestions(
    @CurrentViewer() viewer: Viewer,
    @Args('prefix') prefix: string,
    @Args('first', { type: () => Int, defaultValue: 8, description: '1 to 20' }) first: number,
  ): Promise<UserModel[]> {
    return (await this.suggestions.suggest(viewer, prefix, first)).map(toUserModel);
  }

  @Query(() => [UserModel], {
    description: 'Signed in: the members who have these @handles (at most 50; handles nobody has are left out), for the composer',
    complexity: ({ childComplexity }: CostArgs) => 5 + HANDLE_LOOKUP_MAX * Math.max(childComplexity, 1),
  })
  async usersByHandles(@CurrentViewer() viewer: Viewer, @Args('handles', { type: () => [String] }) handles: string[]): Promise<UserModel[]> {
    return (await this.suggestions.byHandles(viewer, handles)).map(toUserModel);
  }
}
