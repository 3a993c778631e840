import { areConfusable, displayNameProblem, displayNameSkeletons, imitatedStaffName, normalizeDisplayName, reservedWordIn } from './display-name';

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
    for (const copy of [
      'Sam Staff',
      'sam staff',
      'SAM STAFF',
      'SamStaff',
      'Sam.Staff',
      'Sam  Staff',
      'Šam Staff',
      'Sarn Staff',
      'Ѕаm Ѕtаff',
      'Sam\u200bStaff',
      'Ｓａｍ　Ｓｔａｆｆ',
    ]) {
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

  it('catch a staff name with something added around it (found trying the product as a member)', () => {
    for (const copy of ['Diego Ramos (Staff)', 'Diego Ramos 2', 'The real Diego Ramos', 'diego.ramos – Beacon', 'Diеgo Ramos!']) {
      expect(imitatedStaffName(copy, ['Maya Patel', 'Diego Ramos'])).toBe('Diego Ramos');
    }
    // Short staff names are matched whole only: "Al" must not forbid "Alice".
    expect(imitatedStaffName('Alice Moreau', ['Al'])).toBeNull();
    expect(imitatedStaffName('Al', ['Al'])).toBe('Al');
  });

  it('find the words only staff may carry, as words of their own', () => {
    expect(reservedWordIn('Sam (Staff)')).toBe('staff');
    expect(reservedWordIn('Admin Sam')).toBe('admin');
    expect(reservedWordIn('Sam the Moderator')).toBe('moderator');
    expect(reservedWordIn('Sam \u0405taff')).toBe('staff'); // a Cyrillic look-alike S
    expect(reservedWordIn('Samantha Staffordshire')).toBeNull();
    expect(reservedWordIn('Admiral Ackbar')).toBeNull();
    expect(reservedWordIn('Sam Modesto')).toBeNull();
  });

  it('never match on an empty skeleton', () => {
    expect(displayNameSkeletons('...')).toEqual([]);
    expect(areConfusable('...', '!!!')).toBe(false);
  });
});
