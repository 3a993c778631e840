import { hourOf, nextReadPostNumber, pendingKey, viewerKey } from './thread-views';

describe('thread views', () => {
  it('names a member by user id and anyone else by a hash of address and user agent', () => {
    expect(viewerKey('0b7c6f2e-1111-4a1a-9c1c-000000000001', '10.0.0.1', 'Firefox')).toBe('u:0b7c6f2e-1111-4a1a-9c1c-000000000001');
    const anonymous = viewerKey(null, '10.0.0.1', 'Firefox');
    expect(anonymous).toMatch(/^a:[A-Za-z0-9_-]{43}$/);
    expect(anonymous).not.toContain('10.0.0.1');
    expect(viewerKey(null, '10.0.0.1', 'Chrome')).not.toBe(anonymous);
    expect(viewerKey(null, '10.0.0.1', 'Firefox')).toBe(anonymous);
  });

  it('puts views of the same clock hour together', () => {
    expect(hourOf(new Date('2026-03-02T10:05:00Z')).toISOString()).toBe('2026-03-02T10:00:00.000Z');
    expect(hourOf(new Date('2026-03-02T10:59:59.999Z')).toISOString()).toBe('2026-03-02T10:00:00.000Z');
    expect(pendingKey({ threadId: 't', viewerKey: 'u:1', hour: hourOf(new Date('2026-03-02T10:05:00Z')) })).toBe(
      pendingKey({ threadId: 't', viewerKey: 'u:1', hour: hourOf(new Date('2026-03-02T10:45:00Z')) }),
    );
  });

  it('moves the read marker forward only, and never past the last post', () => {
    expect(nextReadPostNumber(null, 3, 5)).toBe(3);
    expect(nextReadPostNumber(4, 2, 5)).toBe(4);
    expect(nextReadPostNumber(4, 9, 5)).toBe(5);
    expect(nextReadPostNumber(null, 0, 5)).toBe(1);
  });
});
