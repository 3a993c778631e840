import { Module, type MiddlewareConsumer, type NestModule, type OnApplicationBootstrap } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountImportsService } from './account-imports.service';
import { AccountsService } from './accounts.service';
import { OrganizationEntity } from './entities/organization.entity';
import { SessionEntity } from './entities/session.entity';
import { UserEntity } from './entities/user.entity';
import { AuthResolver } from './auth.resolver';
import { GroupMemberships } from './group-memberships.service';
import { OrganizationsResolver } from './organizations.resolver';
import { OrganizationsRepository } from './organizations.repository';
import { OrganizationsService } from './organizations.service';
import { PasswordHasher } from './password-hasher';
import { SessionsRepository } from './sessions.repository';
import { SessionsService } from './sessions.service';
import { SignInFailuresRepository } from './sign-in-failures.repository';
import { SignInThrottle } from './sign-in-throttle.service';
import { TrustedDevicesRepository } from './trusted-devices.repository';
import { UsersRepository } from './users.repository';
import { UsersResolver } from './users.resolver';
import { UserSuggestionsResolver } from './user-suggestions.resolver';
import { UserSuggestionsService } from './user-suggestions.service';
import { ViewerMiddleware } from './viewer.middleware';

@Module({
  imports: [TypeOrmModule.forFeature([UserEntity, SessionEntity, OrganizationEntity])],
  providers: [
    UsersRepository,
    OrganizationsRepository,
    SessionsRepository,
    SignInFailuresRepository,
    TrustedDevicesRepository,
    AccountsService,
    AccountImportsService,
    OrganizationsService,
    SessionsService,
    GroupMemberships,
    SignInThrottle,
    PasswordHasher,
    AuthResolver,
    UsersResolver,
    OrganizationsResolver,
    UserSuggestionsService,
    UserSuggestionsResolver,
  ],
  exports: [AccountsService, AccountImportsService, OrganizationsService, SessionsService, GroupMemberships],
})
export class AccountsModule implements NestModule, OnApplicationBootstrap {
  constructor(private readonly accounts: AccountsService) {}

  configure(consumer: MiddlewareConsumer) {
    // GraphQL, and the plain HTTP routes under /api (ticket attachments: uploads and downloads).
    consumer.apply(ViewerMiddleware).forRoutes('graphql', 'api/*path');
  }

  async onApplicationBootstrap() {
    await this.accounts.ensureConfiguredAdmin();
  }
}
