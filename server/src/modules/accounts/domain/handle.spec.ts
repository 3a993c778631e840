import { handleCandidate, handleFromDisplayName } from './handle';

describe('handles', () => {
  it('derives a handle from a display name', () => {
    expect(handleFromDisplayName('Ada Lovelace')).toBe('ada-lovelace');
    expect(handleFromDisplayName('  Zoë  Ünal!! ')).toBe('zoe-unal');
    expect(handleFromDisplayName('李')).toBe('user');
    expect(handleFromDisplayName('X')).toBe('user-x');
  });
  it('offers numbered alternatives when taken', () => {
    expect(handleCandidate('ada', 0)).toBe('ada');
    expect(handleCandidate('ada', 1)).toBe('ada-2');
    expect(handleCandidate('ada', 7)).toMatch(/^ada-\d{4}$/);
  });
});
