import { ResolveField, Resolver } from '@nestjs/graphql';
import { ATTACHMENT_LIMITS } from '@threadline/shared';
import type { GqlContext, NoArgs } from '../../platform/graphql/gql-context';
import { AccountsService } from '../accounts/accounts.service';
import { toUserModel } from '../accounts/models/mappers';
import { UserModel } from '../accounts/models/user.model';
import { AttachmentsService } from './attachments.service';
import { TicketAttachmentModel } from './models/attachment.model';
import { TicketModel } from './models/ticket.model';

/** A ticket's attachments (uploads and downloads are plain HTTP routes: attachments.controller.ts). */
@Resolver(() => TicketModel)
export class TicketAttachmentsResolver {
  constructor(private readonly files: AttachmentsService) {}

  @ResolveField(() => [TicketAttachmentModel], {
    description: `Screenshots and logs, oldest first (at most ${ATTACHMENT_LIMITS.perTicket})`,
    complexity: ({ childComplexity }) => 2 + ATTACHMENT_LIMITS.perTicket * childComplexity,
  })
  async attachments(ticket: TicketModel, _args: NoArgs, ctx: GqlContext) {
    return (await this.files.forTicket(ticket.id, ctx.loaders)).map((a) => TicketAttachmentModel.from(a, ticket.number));
  }
}

@Resolver(() => TicketAttachmentModel)
export class TicketAttachmentResolver {
  constructor(private readonly accounts: AccountsService) {}

  @ResolveField(() => UserModel, { nullable: true, description: 'null for a deleted account' })
  async uploader(attachment: TicketAttachmentModel, _args: NoArgs, ctx: GqlContext) {
    const user = attachment.uploaderId ? await this.accounts.userLoader(ctx.loaders).load(attachment.uploaderId) : null;
    return user ? toUserModel(user) : null;
  }
}
