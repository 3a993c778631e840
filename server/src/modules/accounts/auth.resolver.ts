import { Inject, UseGuards } from '@nestjs/common';
import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { APP_CONFIG, type AppConfig } from '../../platform/config/app-config';
import { UnauthenticatedError } from '../../platform/errors/domain-error';
import type { GqlContext } from '../../platform/graphql/gql-context';
import { GqlThrottlerGuard } from '../../platform/graphql/gql-throttler.guard';
import { AccountsService } from './accounts.service';
import { CurrentViewer } from './current-viewer.decorator';
import { isSignedIn, type Viewer } from './domain/viewer';
import { ChangePasswordInput, SignInInput, SignUpInput, UpdateProfileInput } from './dto/auth.input';
import { AuthPayloadModel } from './models/auth-payload.model';
import { toUserModel } from './models/mappers';
import { UserModel } from './models/user.model';
import { SessionsService } from './sessions.service';
import { clearSessionCookie, DEVICE_COOKIE, setDeviceCookie, setSessionCookie } from './session-cookie';
import { TRUSTED_DEVICE_DAYS } from './sign-in-throttle.service';
import { clientAddress } from '../../platform/graphql/client-address';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly accounts: AccountsService,
    private readonly sessions: SessionsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private get secureCookies() {
    return this.config.nodeEnv === 'production';
  }

  @Query(() => UserModel, { nullable: true, description: 'The signed-in user, or null' })
  async me(@CurrentViewer() viewer: Viewer): Promise<UserModel | null> {
    if (!isSignedIn(viewer)) return null;
    return toUserModel(await this.accounts.getById(viewer.userId));
  }

  @Mutation(() => AuthPayloadModel, { description: 'Creates an account and signs it in (sets the session cookie)' })
  @UseGuards(GqlThrottlerGuard)
  async signUp(@Args('input') input: SignUpInput, @Context() ctx: GqlContext): Promise<AuthPayloadModel> {
    const session = await this.accounts.signUp(input, ctx.req.headers['user-agent']);
    return this.startSession(ctx, session);
  }

  @Mutation(() => AuthPayloadModel, { description: 'Signs in with email and password (sets the session cookie)' })
  @UseGuards(GqlThrottlerGuard)
  async signIn(@Args('input') input: SignInInput, @Context() ctx: GqlContext): Promise<AuthPayloadModel> {
    const { deviceToken, ...session } = await this.accounts.signIn(input, {
      address: clientAddress(ctx.req),
      deviceToken: ctx.req.cookies?.[DEVICE_COOKIE],
      userAgent: ctx.req.headers['user-agent'],
    });
    setDeviceCookie(ctx.res, deviceToken, TRUSTED_DEVICE_DAYS, this.secureCookies);
    return this.startSession(ctx, session);
  }

  /** Sets the cookie and makes the rest of this request see the new viewer (so `email` resolves for them). */
  private async startSession(ctx: GqlContext, session: { userId: string; token: string; expiresAt: Date }): Promise<AuthPayloadModel> {
    setSessionCookie(ctx.res, session.token, session.expiresAt, this.secureCookies);
    ctx.req.viewer = await this.sessions.resolveViewer(session.token);
    return { user: toUserModel(await this.accounts.getById(session.userId)) };
  }

  @Mutation(() => Boolean, { description: 'Ends this session' })
  async signOut(@CurrentViewer() viewer: Viewer, @Context() ctx: GqlContext): Promise<boolean> {
    if (viewer.sessionId) await this.sessions.revoke(viewer.sessionId);
    clearSessionCookie(ctx.res, this.secureCookies);
    return true;
  }

  @Mutation(() => Boolean, { description: 'Ends every session of the signed-in user, on every device' })
  async signOutEverywhere(@CurrentViewer() viewer: Viewer, @Context() ctx: GqlContext): Promise<boolean> {
    if (!isSignedIn(viewer)) throw new UnauthenticatedError();
    await this.sessions.revokeAll(viewer.userId);
    clearSessionCookie(ctx.res, this.secureCookies);
    return true;
  }

  @Mutation(() => UserModel)
  async updateProfile(@CurrentViewer() viewer: Viewer, @Args('input') input: UpdateProfileInput): Promise<UserModel> {
    return toUserModel(await this.accounts.updateProfile(viewer, input.displayName));
  }

  @Mutation(() => Boolean, { description: 'Changes the password and signs out every other session' })
  @UseGuards(GqlThrottlerGuard)
  async changePassword(@CurrentViewer() viewer: Viewer, @Args('input') input: ChangePasswordInput): Promise<boolean> {
    await this.accounts.changePassword(viewer, input.currentPassword, input.newPassword);
    return true;
  }
}
