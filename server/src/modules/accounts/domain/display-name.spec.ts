import { areConfusable, displayNameProblem, displayNameSkeletons, imitatedStaffName, normalizeDisplayName } from './display-name';

describe('display names', () => {
  it('are normalised labels: NFC, zero-width characters out, whitespace collapsed', () => {
    expect(normalizeDisplayName('  Zoe\u0308  \u200bLin ')).toBe('Zoë Lin');
  });

  it('refuse text-direction controls and names with nothing visible', () => {
    expect(displayNameProblem('Maya\u202effats')).toMatch(/text-direction/);
    expect(displayNameProblem('\u200b\u200b')).toBe('Enter a display name');
    expect(displayNameProblem('\u3164')).toBe('Enter a display name');
    expect(displayNameProblem('Maya Patel')).toBeNull();
  });

  it('spot look-alikes: case, spacing, punctuation, accents, Cyrillic and Greek letters, digits, zero-width characters', () => {
    const staff = 'Sam Staff';
    for (const copy of ['Sam Staff', 'sam staff', 'SAM STAFF', 'SamStaff', 'Sam.Staff', 'Sam  Staff', 'Šam Staff', 'Sarn Staff', 'Ѕаm Ѕtаff', 'Sam\u200bStaff', 'Ｓａｍ　Ｓｔａｆｆ']) {
      expect(areConfusable(copy, staff)).toBe(true);
    }
    expect(areConfusable('lvy Staff', 'Ivy Staff')).toBe(true);
    expect(areConfusable('1vy Staff', 'Ivy Staff')).toBe(true);
    expect(areConfusable('Ιvy Staff', 'Ivy Staff')).toBe(true);
    expect(areConfusable('Sam Smith', staff)).toBe(false);
    expect(areConfusable('Samantha Staffordshire', staff)).toBe(false);
  });

  it('name the staff member a display name imitates', () => {
    expect(imitatedStaffName('Diеgo Ramos', ['Maya Patel', 'Diego Ramos'])).toBe('Diego Ramos');
    expect(imitatedStaffName('Diego R.', ['Maya Patel', 'Diego Ramos'])).toBeNull();
  });

  it('never match on an empty skeleton', () => {
    expect(displayNameSkeletons('...')).toEqual([]);
    expect(areConfusable('...', '!!!')).toBe(false);
  });
});
