import { diffArrays } from 'diff';

export interface DiffPart {
  value: string;
  added: boolean;
  removed: boolean;
}

/** A stored line diff: the parts, or "too large to compare" past the caps. */
export type TextDiff = { tooLarge: false; parts: DiffPart[] } | { tooLarge: true; parts: [] };

/**
 * Caps that keep one diff bounded whatever the input (issue 6: a 25,000-line post made the old diff quadratic).
 * After the common first and last lines are set aside (linear), Myers' algorithm runs on what is left, and costs
 * O((N + M) · D): N + M is capped by DIFF_MAX_LINES and D (the edit distance) by DIFF_MAX_EDITS.
 */
export const DIFF_MAX_CHARS = 250_000;
export const DIFF_MAX_LINES = 10_000;
export const DIFF_MAX_EDITS = 1_000;

function splitLines(text: string): string[] {
  if (!text) return [];
  const lines = text.split(/(?<=\n)/);
  return lines;
}

function push(parts: DiffPart[], value: string, kind: 'same' | 'added' | 'removed') {
  if (!value) return;
  const last = parts[parts.length - 1];
  const added = kind === 'added';
  const removed = kind === 'removed';
  if (last && last.added === added && last.removed === removed) last.value += value;
  else parts.push({ value, added, removed });
}

/** Line diff of two texts, in time linear in their size (bounded by the caps above). */
export function diffText(before: string, after: string, caps = { maxChars: DIFF_MAX_CHARS, maxLines: DIFF_MAX_LINES, maxEdits: DIFF_MAX_EDITS }): TextDiff {
  if (before.length + after.length > caps.maxChars) return { tooLarge: true, parts: [] };
  const a = splitLines(before);
  const b = splitLines(after);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const middleA = a.slice(start, endA);
  const middleB = b.slice(start, endB);
  if (middleA.length + middleB.length > caps.maxLines) return { tooLarge: true, parts: [] };
  const parts: DiffPart[] = [];
  push(parts, a.slice(0, start).join(''), 'same');
  if (middleA.length && middleB.length) {
    const changes = diffArrays(middleA, middleB, { maxEditLength: caps.maxEdits });
    if (!changes) return { tooLarge: true, parts: [] };
    for (const c of changes) push(parts, c.value.join(''), c.added ? 'added' : c.removed ? 'removed' : 'same');
  } else {
    push(parts, middleA.join(''), 'removed');
    push(parts, middleB.join(''), 'added');
  }
  push(parts, a.slice(endA).join(''), 'same');
  return { tooLarge: false, parts };
}
