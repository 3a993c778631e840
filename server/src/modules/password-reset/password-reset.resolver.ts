import { Args, Context, Field, InputType, Mutation, Resolver } from '@nestjs/graphql';
import { MaxLength } from 'class-validator';
import { clientAddress } from '../../platform/graphql/client-address';
import type { GqlContext } from '../../platform/graphql/gql-context';
import { AccountsService } from '../accounts/accounts.service';
import { AuthPayloadModel } from '../accounts/models/auth-payload.model';
import { toUserModel } from '../accounts/models/mappers';
import { SessionsService } from '../accounts/sessions.service';
import { PasswordResetService } from './password-reset.service';

@InputType()
export class ResetPasswordInput {
  @Field({ description: 'The token from the reset link' })
  @MaxLength(200)
  token!: string;

  @Field()
  @MaxLength(1000)
  newPassword!: string;
}

@Resolver()
export class PasswordResetResolver {
  constructor(
    private readonly resets: PasswordResetService,
    private readonly accounts: AccountsService,
    private readonly sessions: SessionsService,
  ) {}

  @Mutation(() => Boolean, {
    description: 'Anyone: emails a password-reset link if the address has an account; always answers true (it never says whether it has)',
  })
  async requestPasswordReset(@Args('email') email: string, @Context() ctx: GqlContext): Promise<boolean> {
    await this.resets.request(email.slice(0, 320), clientAddress(ctx.req));
    return true;
  }

  @Mutation(() => AuthPayloadModel, { description: "Anyone with a reset link: sets the new password, ends the account's sessions and signs in" })
  async resetPassword(@Args('input') input: ResetPasswordInput, @Context() ctx: GqlContext): Promise<AuthPayloadModel> {
    const session = await this.resets.reset(input.token, input.newPassword, ctx.req.headers['user-agent']);
    this.sessions.setCookie(ctx.res, session);
    ctx.req.viewer = await this.sessions.resolveViewer(session.token);
    return { user: toUserModel(await this.accounts.getById(session.userId)) };
  }
}
