import { signUnsubscribeToken, verifyUnsubscribeToken } from './unsubscribe-token';

const SECRET = Buffer.alloc(32, 7);
const USER = '3f2c1a4e-8b9d-4c1e-9f00-123456789abc';

describe('unsubscribe tokens', () => {
  it('name the person and the kind they were signed for', () => {
    const token = signUnsubscribeToken(SECRET, { userId: USER, kind: 'MENTION' });
    expect(verifyUnsubscribeToken(SECRET, token)).toEqual({ userId: USER, kind: 'MENTION' });
  });

  it('are refused when the signature does not match (another kind, another secret, tampered)', () => {
    const token = signUnsubscribeToken(SECRET, { userId: USER, kind: 'MENTION' });
    const [, signature] = token.split('.');
    const otherKind = `${Buffer.from(`${USER}.TICKET_REPLY`).toString('base64url')}.${signature}`;
    expect(verifyUnsubscribeToken(SECRET, otherKind)).toBeNull();
    expect(verifyUnsubscribeToken(Buffer.alloc(32, 8), token)).toBeNull();
    expect(verifyUnsubscribeToken(SECRET, `${token}x`)).toBeNull();
    expect(verifyUnsubscribeToken(SECRET, 'garbage')).toBeNull();
  });
});
