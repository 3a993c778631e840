/** How a person wants email about one notification kind. */
export const EMAIL_DELIVERIES = ['IMMEDIATE', 'DAILY', 'NEVER'] as const;
export type EmailDelivery = (typeof EMAIL_DELIVERIES)[number];

/**
 * Kinds that need the person's answer or attention soon are emailed at once by default: being mentioned, a support
 * ticket's reply or status change (the customer waits on it), and, for staff, a ticket assigned to them, its
 * customer's reply and a breached SLA. Everything else waits for the daily digest.
 */
const IMMEDIATE_BY_DEFAULT = /^(MENTION|TICKET_.*)$/;

export function defaultDelivery(kind: string): EmailDelivery {
  return IMMEDIATE_BY_DEFAULT.test(kind) ? 'IMMEDIATE' : 'DAILY';
}

export interface EmailPreference {
  kind: string;
  delivery: EmailDelivery;
}

/** Every kind with the person's choice, or its default where they made none. */
export function effectivePreferences(kinds: readonly string[], chosen: readonly EmailPreference[]): EmailPreference[] {
  const byKind = new Map(chosen.map((p) => [p.kind, p.delivery]));
  return kinds.map((kind) => ({ kind, delivery: byKind.get(kind) ?? defaultDelivery(kind) }));
}

/** Why a preference update is refused (the field it names and the message), or null; the last entry per kind wins. */
export function preferencesProblem(kinds: readonly string[], input: readonly EmailPreference[]): { field: string; message: string } | null {
  const known = new Set(kinds);
  for (let i = 0; i < input.length; i++) {
    const { kind, delivery } = input[i];
    if (!known.has(kind)) return { field: `input.${i}.kind`, message: `Unknown notification kind: ${kind.slice(0, 64)}` };
    if (!(EMAIL_DELIVERIES as readonly string[]).includes(delivery))
      return { field: `input.${i}.delivery`, message: 'Delivery must be IMMEDIATE, DAILY or NEVER' };
  }
  return null;
}
