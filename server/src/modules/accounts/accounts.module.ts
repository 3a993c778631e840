import { Module, type MiddlewareConsumer, type NestModule, type OnApplicationBootstrap } from '@nestjs/common';
import { AccountsService } from './accounts.service';
import { AuthResolver } from './auth.resolver';
import { OrganizationsResolver } from './organizations.resolver';
import { OrganizationsService } from './organizations.service';
import { PasswordHasher } from './password-hasher';
import { SessionsService } from './sessions.service';
import { UsersResolver } from './users.resolver';
import { ViewerMiddleware } from './viewer.middleware';

@Module({
  providers: [AccountsService, OrganizationsService, SessionsService, PasswordHasher, AuthResolver, UsersResolver, OrganizationsResolver],
  exports: [AccountsService, OrganizationsService, SessionsService],
})
export class AccountsModule implements NestModule, OnApplicationBootstrap {
  constructor(private readonly accounts: AccountsService) {}

  configure(consumer: MiddlewareConsumer) {
    consumer.apply(ViewerMiddleware).forRoutes('graphql');
  }

  async onApplicationBootstrap() {
    await this.accounts.ensureConfiguredAdmin();
  }
}
