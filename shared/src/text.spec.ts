import { bodyProblem, displayNameProblem, forumNameProblem, normalizeTags, normalizeTitle, tagsProblem, titleProblem } from './index';
import { charCount, hasBidiControl, hasVisibleText, labelProblem, normalizeLabel, normalizeProse } from './text';

const ZWSP = '\u200b';
const RLO = '\u202e';

describe('text rules', () => {
  it('counts characters as code points, like PostgreSQL char_length', () => {
    expect(charCount('héllo')).toBe(5);
    expect(charCount('🎉🎉')).toBe(2);
  });

  it('finds nothing visible in zero-width, format, filler and combining-only text', () => {
    for (const text of ['', '   ', ZWSP.repeat(8), '\u2060\ufeff\u00ad', '\u3164\u3164', '\u0301\u0301', '\u2800', '\u200d', '\t\n']) {
      expect(hasVisibleText(text)).toBe(false);
    }
    for (const text of ['a', 'é', '🎉', 'مرحبا', '日本', '\u200ba']) expect(hasVisibleText(text)).toBe(true);
  });

  it('spots every text-direction control', () => {
    for (const c of ['\u202a', '\u202b', '\u202c', '\u202d', RLO, '\u2066', '\u2067', '\u2068', '\u2069', '\u200e', '\u200f', '\u061c']) {
      expect(hasBidiControl(`abc${c}def`)).toBe(true);
    }
    expect(hasBidiControl('مرحبا world')).toBe(false);
  });

  it('normalises labels: NFC, zero-width characters out, whitespace collapsed, ZWJ emoji kept', () => {
    expect(normalizeLabel('  Cafe\u0301  \t au   lait ')).toBe('Café au lait');
    expect(normalizeLabel(`Sam${ZWSP}Staff\u2060`)).toBe('SamStaff');
    expect(normalizeLabel('a \u200b b')).toBe('a b');
    expect(normalizeLabel('\u001bbell\u0007')).toBe('bell');
    const family = '👨\u200d👩\u200d👧';
    expect(normalizeLabel(family)).toBe(family);
  });

  it('keeps prose as written, in NFC', () => {
    expect(normalizeProse('Cafe\u0301\n\n  code')).toBe('Café\n\n  code');
  });

  it('refuses labels with bidi controls or nothing visible, and counts length after normalising', () => {
    const rule = { what: 'Title', min: 3, max: 5 };
    expect(labelProblem(`abc${RLO}def`, rule)).toMatch(/text-direction/);
    expect(labelProblem(ZWSP.repeat(10), rule)).toBe('Enter a title');
    expect(labelProblem(`ab${ZWSP.repeat(5)}`, rule)).toMatch(/at least 3/);
    expect(labelProblem('🎉🎉🎉🎉🎉', rule)).toBeNull();
    expect(labelProblem('abcdef', rule)).toMatch(/at most 5/);
  });
});

describe('shared input rules', () => {
  it('titles: 8–200 visible characters, no bidi controls', () => {
    expect(titleProblem(ZWSP.repeat(20))).toBe('Enter a title');
    expect(titleProblem(`${RLO}A perfectly fine title`)).toMatch(/text-direction/);
    expect(titleProblem(`short${ZWSP.repeat(10)}`)).toMatch(/at least 8/);
    expect(titleProblem('How do I route leads?')).toBeNull();
    expect(normalizeTitle('  Routing   by state  ')).toBe('Routing by state');
  });

  it('bodies: something visible, at most 50,000 characters after NFC', () => {
    expect(bodyProblem(ZWSP.repeat(3))).toBe('Write something first');
    expect(bodyProblem('\u0301')).toBe('Write something first');
    expect(bodyProblem('مرحبا \u200f!')).toBeNull();
    // U+0344 becomes two characters under NFC: the limit holds for what is stored.
    expect(bodyProblem('q' + '\u0344'.repeat(25_000))).toMatch(/at most 50,000/);
  });

  it('display names and forum names follow the label rules', () => {
    expect(displayNameProblem(`Admin${RLO}`)).toMatch(/text-direction/);
    expect(displayNameProblem(ZWSP)).toBe('Enter a display name');
    expect(displayNameProblem('x' + '\ufe0f'.repeat(60))).toMatch(/at most 60/);
    expect(forumNameProblem('   ')).toBe('Enter a name');
    expect(forumNameProblem(' a ')).toMatch(/at least 2/);
    expect(forumNameProblem('Billing')).toBeNull();
  });

  it('tags: refused over 30 characters (never cut), refused when normalising would erase them, at most 5', () => {
    expect(tagsProblem(['x'.repeat(30)])).toBeNull();
    expect(tagsProblem(['x'.repeat(31)])).toBe('Tags must be at most 30 characters');
    expect(tagsProblem(['y'.repeat(100)])).toBe('Tags must be at most 30 characters');
    expect(normalizeTags(['x'.repeat(40)])).toEqual(['x'.repeat(40)]);
    expect(tagsProblem(['日本語'])).toMatch(/Latin letters/);
    expect(tagsProblem(['', ' # ', 'api'])).toBeNull();
    expect(tagsProblem(['a', 'b', 'c', 'd', 'e', 'f'])).toBe('At most 5 tags');
    expect(normalizeTags(['Lead Routing', 'lead-routing', ' #API ', 'C++', 'Überweisung', ''])).toEqual(['lead-routing', 'api', 'c++', 'uberweisung']);
  });
});
