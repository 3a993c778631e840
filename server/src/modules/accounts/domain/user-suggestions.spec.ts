import { BadUserInputError } from '../../../platform/errors/domain-error';
import { handlesToLookUp, suggestionQuery } from './user-suggestions';

function fieldOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (err) {
    if (err instanceof BadUserInputError) return err.field;
    throw err;
  }
  return undefined;
}

describe('mention suggestions', () => {
  it('reads a typed prefix as a handle prefix and display-name words, case-insensitively', () => {
    expect(suggestionQuery('@Ma', 8)).toEqual({ handlePrefix: 'ma', nameWords: ['ma'] });
    expect(suggestionQuery('maya-r', 8)).toEqual({ handlePrefix: 'maya-r', nameWords: ['maya', 'r'] });
  });

  it('keeps only letters and digits of the name words, and no handle prefix a handle cannot start with', () => {
    expect(suggestionQuery("O'Brien & co:*", 8)).toEqual({ handlePrefix: null, nameWords: ['o', 'brien', 'co'] });
    expect(suggestionQuery('José', 8)).toEqual({ handlePrefix: null, nameWords: ['josé'] });
  });

  it('refuses an empty or over-long prefix and a page size outside 1 to 20, naming the field', () => {
    expect(fieldOf(() => suggestionQuery('@', 8))).toBe('prefix');
    expect(fieldOf(() => suggestionQuery('  ', 8))).toBe('prefix');
    expect(fieldOf(() => suggestionQuery('a'.repeat(31), 8))).toBe('prefix');
    expect(fieldOf(() => suggestionQuery('a'.repeat(30), 8))).toBeUndefined();
    expect(fieldOf(() => suggestionQuery('ma', 0))).toBe('first');
    expect(fieldOf(() => suggestionQuery('ma', 21))).toBe('first');
  });

  it('looks up at most 50 handles, lowercased and without their @', () => {
    expect(handlesToLookUp(['@Maya', 'maya', 'sam'])).toEqual(['maya', 'sam']);
    expect(fieldOf(() => handlesToLookUp(Array.from({ length: 51 }, (_, i) => `user${i}`)))).toBe('handles');
  });
});
