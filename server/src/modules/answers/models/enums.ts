import { registerEnumType } from '@nestjs/graphql';

export enum AcceptKindEnum {
  ASKER = 'ASKER',
  STAFF = 'STAFF',
}
registerEnumType(AcceptKindEnum, {
  name: 'AcceptKind',
  valuesMap: { ASKER: { description: 'Accepted by the asker' }, STAFF: { description: 'Verified by staff or a moderator' } },
});
