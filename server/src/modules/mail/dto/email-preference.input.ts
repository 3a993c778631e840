import { Field, InputType } from '@nestjs/graphql';
import { MaxLength } from 'class-validator';
import type { EmailDelivery } from '../domain/email-preferences';
import { EmailDeliveryEnum } from '../models/email-preference.model';

@InputType()
export class EmailPreferenceInput {
  @Field({ description: 'A notification kind, as listed by myEmailPreferences' })
  @MaxLength(64)
  kind!: string;

  @Field(() => EmailDeliveryEnum)
  delivery!: EmailDelivery;
}
