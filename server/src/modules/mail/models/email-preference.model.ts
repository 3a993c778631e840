import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { EMAIL_DELIVERIES, type EmailDelivery } from '../domain/email-preferences';

export const EmailDeliveryEnum = Object.fromEntries(EMAIL_DELIVERIES.map((d) => [d, d])) as { [K in EmailDelivery]: K };
registerEnumType(EmailDeliveryEnum, {
  name: 'EmailDelivery',
  description: 'IMMEDIATE: an email per notification; DAILY: in the daily digest; NEVER: no email',
});

@ObjectType('EmailPreference', { description: 'How you get email about one notification kind' })
export class EmailPreferenceModel {
  @Field({ description: 'A notification kind (MENTION, TICKET_REPLY, …)' })
  kind!: string;

  @Field(() => EmailDeliveryEnum)
  delivery!: EmailDelivery;
}
