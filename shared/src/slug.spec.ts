import { FORUM_LIMITS, SLUG_PATTERN, slugify } from './index';

describe('slugify', () => {
  it('makes slugs from names', () => {
    expect(slugify('Billing & Plans')).toBe('billing-plans');
  });

  it('drops accents and turns every other run of non-ASCII letters or punctuation into one dash', () => {
    expect(slugify('Café Crème')).toBe('cafe-creme');
    expect(slugify('  Lead -- Routing!  ')).toBe('lead-routing');
    expect(slugify('API v2.0 (beta)')).toBe('api-v2-0-beta');
    expect(slugify('Ｗｉｄｅ')).toBe('wide');
  });

  it('leaves nothing when nothing is Latin letters or digits, so the caller chooses', () => {
    for (const text of ['', '   ', '&&', '日本語', '---']) expect(slugify(text)).toBe('');
  });

  it('cuts at the forum slug limit by default, never ending in a dash', () => {
    expect(slugify('a'.repeat(100))).toHaveLength(FORUM_LIMITS.slugMax);
    expect(slugify(`${'a'.repeat(FORUM_LIMITS.slugMax - 1)} b`)).toBe('a'.repeat(FORUM_LIMITS.slugMax - 1));
  });

  it('takes a shorter limit when asked', () => {
    expect(slugify('bicycles meta', 8)).toBe('bicycles');
    expect(slugify('bicycles meta', 9)).toBe('bicycles');
  });

  it('makes slugs that match SLUG_PATTERN', () => {
    for (const text of ['Billing & Plans', 'Café Crème', ' -x- ', 'Ünïcödé 2025', `${'word '.repeat(30)}`]) {
      const slug = slugify(text);
      expect(SLUG_PATTERN.test(slug)).toBe(true);
    }
    expect(SLUG_PATTERN.test('Billing')).toBe(false);
    expect(SLUG_PATTERN.test('a--b')).toBe(false);
  });
});
