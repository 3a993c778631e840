/**
 * The admin screen edits synonyms as text, one group per line ("sso, single sign-on, saml"), and stop words as a
 * comma- or line-separated list. The server stores each group two-way; shown back, a group appears once per word, so
 * lines that say the same thing twice are folded here.
 */
export function parseSynonymLines(text: string): Array<{ word: string; synonyms: string[] }> {
  return text
    .split('\n')
    .map((line) =>
      line
        .split(',')
        .map((w) => w.trim())
        .filter(Boolean),
    )
    .filter((words) => words.length > 0)
    .map(([word, ...synonyms]) => ({ word, synonyms }));
}

export function synonymLines(groups: ReadonlyArray<{ word: string; synonyms: readonly string[] }>): string {
  const seen = new Set<string>();
  const lines: string[] = [];
  for (const g of groups) {
    const all = [g.word, ...g.synonyms].map((w) => w.toLowerCase()).sort();
    const key = all.join('\u0000');
    if (seen.has(key)) continue;
    seen.add(key);
    lines.push([g.word, ...g.synonyms].join(', '));
  }
  return lines.join('\n');
}

export function parseStopWords(text: string): string[] {
  return text
    .split(/[\n,]/)
    .map((w) => w.trim())
    .filter(Boolean);
}
