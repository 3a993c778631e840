import { createHmac, timingSafeEqual } from 'node:crypto';

/** What an unsubscribe link names: one person and one notification kind (or the daily digest as a whole). */
export interface UnsubscribeSubject {
  userId: string;
  kind: string;
}

/** The kind an unsubscribe link from a digest names: every kind the person gets in the digest goes to NEVER. */
export const DIGEST_KIND = 'DIGEST';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function mac(secret: Buffer, payload: string): Buffer {
  return createHmac('sha256', secret).update(`unsubscribe:${payload}`).digest();
}

/** `<userId>.<kind>.<HMAC-SHA256>` in base64url: anyone holding the link may unsubscribe that person from that kind. */
export function signUnsubscribeToken(secret: Buffer, subject: UnsubscribeSubject): string {
  const payload = `${subject.userId}.${subject.kind}`;
  return `${Buffer.from(payload).toString('base64url')}.${mac(secret, payload).toString('base64url')}`;
}

/** The subject of a well-formed token whose signature checks out; null for anything else (forged, truncated). */
export function verifyUnsubscribeToken(secret: Buffer, token: string): UnsubscribeSubject | null {
  if (typeof token !== 'string' || token.length > 400) return null;
  const [encoded, signature, extra] = token.split('.');
  if (!encoded || !signature || extra !== undefined) return null;
  const payload = Buffer.from(encoded, 'base64url').toString('utf8');
  const expected = mac(secret, payload);
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  const dot = payload.indexOf('.');
  const userId = payload.slice(0, dot);
  const kind = payload.slice(dot + 1);
  if (!UUID.test(userId) || !/^[A-Z_]{1,64}$/.test(kind)) return null;
  return { userId, kind };
}
