import { SharedRows } from './shared-rows';

describe('SharedRows (the store)', () => {
  it('serves rows only at the version they were stored at, and drops them at a newer one', () => {
    const rows = new SharedRows(1024 * 1024);
    const v5 = rows.at('5')!;
    v5.set('thread:a', { title: 'A' });
    expect(rows.at('5')!.get('thread:a')).toEqual({ value: { title: 'A' } });
    const v6 = rows.at('6')!;
    expect(v6.get('thread:a')).toBeUndefined();
    // A request still running at the older version neither reads nor writes from now on.
    expect(rows.at('5')).toBeNull();
    expect(v5.get('thread:a')).toBeUndefined();
    v5.set('thread:b', { title: 'B' });
    expect(v6.get('thread:b')).toBeUndefined();
  });

  it('freezes what it stores: a resolver that changed a shared row would change it for everyone', () => {
    const rows = new SharedRows(1024 * 1024);
    const view = rows.at('1')!;
    const row = { title: 'A', tags: ['x'] };
    view.set('k', row);
    expect(() => {
      'use strict';
      (row as { title: string }).title = 'B';
    }).toThrow(TypeError);
    expect(Object.isFrozen(row.tags)).toBe(true);
  });

  it('keeps within its memory budget', () => {
    const rows = new SharedRows(64 * 1024);
    const view = rows.at('1')!;
    for (let i = 0; i < 100; i++) view.set(`post:${i}`, { bodyHtml: 'x'.repeat(2000) });
    expect(rows.size).toBeLessThan(100);
    expect(rows.size).toBeGreaterThan(0);
  });
});
