import { diffText } from './text-diff';

describe('diffText', () => {
  it('marks changed lines and keeps the rest', () => {
    const d = diffText('one\ntwo\nthree\n', 'one\n2\nthree\n');
    expect(d).toEqual({
      tooLarge: false,
      parts: [
        { value: 'one\n', added: false, removed: false },
        { value: 'two\n', added: false, removed: true },
        { value: '2\n', added: true, removed: false },
        { value: 'three\n', added: false, removed: false },
      ],
    });
  });

  it('handles additions at the end and texts without a final newline', () => {
    expect(diffText('a', 'a\nb')).toEqual({
      tooLarge: false,
      parts: [
        { value: 'a', added: false, removed: true },
        { value: 'a\nb', added: true, removed: false },
      ],
    });
    expect(diffText('', 'new')).toEqual({ tooLarge: false, parts: [{ value: 'new', added: true, removed: false }] });
  });

  it('rebuilds both texts from its parts', () => {
    const before = Array.from({ length: 300 }, (_, i) => `line ${i % 17}\n`).join('');
    const after = Array.from({ length: 300 }, (_, i) => `line ${(i * 7) % 19}\n`).join('');
    const d = diffText(before, after);
    if (d.tooLarge) throw new Error('expected a diff');
    expect(
      d.parts
        .filter((p) => !p.added)
        .map((p) => p.value)
        .join(''),
    ).toBe(before);
    expect(
      d.parts
        .filter((p) => !p.removed)
        .map((p) => p.value)
        .join(''),
    ).toBe(after);
  });

  it('diffs one edit in a post of 25,000 short lines (the quadratic case) without giving up', () => {
    const before = 'x\n'.repeat(25_000);
    const after = 'x\n'.repeat(12_000) + 'y\n' + 'x\n'.repeat(12_999);
    const d = diffText(before, after);
    expect(d.tooLarge).toBe(false);
    expect(d.parts.filter((p) => p.added)).toEqual([{ value: 'y\n', added: true, removed: false }]);
  });

  it('says "too large to compare" when everything changed in a huge post', () => {
    const before = Array.from({ length: 25_000 }, (_, i) => `a${i}\n`).join('');
    const after = Array.from({ length: 25_000 }, (_, i) => `b${i}\n`).join('');
    expect(diffText(before, after)).toEqual({ tooLarge: true, parts: [] });
  });

  it('gives up past the edit cap instead of running long', () => {
    const before = Array.from({ length: 4_000 }, (_, i) => `a${i}\n`).join('');
    const after = Array.from({ length: 4_000 }, (_, i) => (i % 2 ? `a${i}\n` : `b${i}\n`)).join('');
    expect(diffText(before, after, { maxChars: 1e6, maxLines: 10_000, maxEdits: 100 })).toEqual({ tooLarge: true, parts: [] });
  });
});
