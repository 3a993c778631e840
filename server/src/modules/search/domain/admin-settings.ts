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
 * The admins' synonym groups and stop words, checked and put in Meilisearch's shape. A group is two-way: the word
 * finds its synonyms and each synonym finds the word and the others ("sso" ↔ "single sign-on" ↔ "saml").
 */
export function validateAdminSettings(input: { synonyms: Array<{ word: string; synonyms: string[] }>; stopWords: string[] }): AdminSearchSettings {
  const synonyms = new Map<string, Set<string>>();
  for (const group of input.synonyms) {
    const all = [word(group.word, 'synonyms'), ...group.synonyms.map((s) => word(s, 'synonyms'))];
    const unique = [...new Set(all)];
    if (unique.length < 2) throw new BadUserInputError('synonyms', `Give "${unique[0]}" at least one synonym`);
    for (const w of unique) {
      const set = synonyms.get(w) ?? new Set<string>();
      for (const other of unique) if (other !== w) set.add(other);
      synonyms.set(w, set);
    }
  }
  return {
    synonyms: Object.fromEntries([...synonyms.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([w, set]) => [w, [...set].sort()])),
    stopWords: [...new Set(input.stopWords.map((s) => word(s, 'stopWords')))].sort(),
  };
}

/** Stored synonyms (Meilisearch's map) as the groups the admin screen edits: one per word, by word (jsonb keeps no key order). */
export function synonymGroups(synonyms: Record<string, string[]>): Array<{ word: string; synonyms: string[] }> {
  return Object.entries(synonyms)
    .map(([w, list]) => ({ word: w, synonyms: list }))
    .sort((a, b) => a.word.localeCompare(b.word));
}
