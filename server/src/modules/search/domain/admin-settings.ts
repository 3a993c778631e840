import { BadUserInputError } from '../../../platform/errors/domain-error';
import type { AdminSearchSettings } from './index-settings';

function word(raw: string, field: string): string {
  const w = raw.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
  if (!w) throw new BadUserInputError(field, 'A word cannot be empty');
  // eslint-disable-next-line no-control-regex -- control characters are what this refuses
  if (/[\u0000-\u001f\u007f]/.test(w)) throw new BadUserInputError(field, 'A word cannot hold control characters');
  return w;
}

/**
 * The admins' synonym groups and stop words, checked and normalised (lower case, spaces folded). Groups are kept as
 * entered (one per line on the admin screen), so saving the screen again never joins groups that share a word;
 * Meilisearch's two-way map is derived from them (index-settings.ts, synonymMap).
 */
export function validateAdminSettings(input: { synonyms: Array<{ word: string; synonyms: string[] }>; stopWords: string[] }): AdminSearchSettings {
  const groups: string[][] = [];
  const seen = new Set<string>();
  for (const group of input.synonyms) {
    const unique = [...new Set([word(group.word, 'synonyms'), ...group.synonyms.map((s) => word(s, 'synonyms'))])];
    if (unique.length < 2) throw new BadUserInputError('synonyms', `Give "${unique[0]}" at least one synonym`);
    const key = [...unique].sort().join('\u0000');
    if (seen.has(key)) continue;
    seen.add(key);
    groups.push(unique);
  }
  return { synonymGroups: groups, stopWords: [...new Set(input.stopWords.map((s) => word(s, 'stopWords')))].sort() };
}

/** Stored groups as the admin screen shows them: the first word, then the others, in the order entered. */
export function synonymGroups(groups: readonly string[][]): Array<{ word: string; synonyms: string[] }> {
  return groups.map(([first, ...rest]) => ({ word: first, synonyms: rest }));
}
