import { defaultDelivery, effectivePreferences, preferencesProblem } from './email-preferences';

const KINDS = ['MENTION', 'GROUP_INVITATION', 'TICKET_REPLY'];

describe('email preferences', () => {
  it('email mentions and ticket news at once by default, and the rest in the daily digest', () => {
    expect(defaultDelivery('MENTION')).toBe('IMMEDIATE');
    expect(defaultDelivery('TICKET_STATUS')).toBe('IMMEDIATE');
    expect(defaultDelivery('GROUP_INVITATION')).toBe('DAILY');
  });

  it("list every kind with the person's choice where they made one", () => {
    expect(effectivePreferences(KINDS, [{ kind: 'MENTION', delivery: 'NEVER' }])).toEqual([
      { kind: 'MENTION', delivery: 'NEVER' },
      { kind: 'GROUP_INVITATION', delivery: 'DAILY' },
      { kind: 'TICKET_REPLY', delivery: 'IMMEDIATE' },
    ]);
  });

  it('refuse an unknown kind, naming the field', () => {
    expect(preferencesProblem(KINDS, [{ kind: 'MENTION', delivery: 'DAILY' }])).toBeNull();
    expect(
      preferencesProblem(KINDS, [
        { kind: 'MENTION', delivery: 'DAILY' },
        { kind: 'NOPE', delivery: 'NEVER' },
      ]),
    ).toEqual({
      field: 'input.1.kind',
      message: 'Unknown notification kind: NOPE',
    });
  });
});
