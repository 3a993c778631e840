import { displayNameProblem as sharedDisplayNameProblem, normalizeLabel } from '@threadline/shared';
import unhomoglyph from 'unhomoglyph';

/** Display names are labels (shared rules: NFC, invisible characters out, no text-direction controls, 1–60 characters). */
export function displayNameProblem(displayName: string): string | null {
  return sharedDisplayNameProblem(displayName);
}

export function normalizeDisplayName(displayName: string): string {
  return normalizeLabel(displayName);
}

function skeletonOf(value: string): string {
  // UTS #39-style skeleton: compatibility forms folded (NFKC), accents dropped, every character mapped to its
  // confusable prototype (Unicode confusables.txt: Cyrillic "а" → "a", "1" and "I" → "l", "m" → "rn", ...),
  // lower-cased and mapped again, and only letters and digits kept ("Sam Staff" ≈ "Sam.Staff" ≈ "SamStaff").
  const folded = value.normalize('NFKC').normalize('NFD').replace(/\p{M}/gu, '');
  const once = unhomoglyph(folded).toLowerCase();
  return unhomoglyph(once)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * The skeletons a name can be mistaken for. Two, because confusables.txt is case-sensitive ("I" looks like "l",
 * "i" does not): the name as written and lower-cased, so "ivy staff" still matches "Ivy Staff".
 */
export function displayNameSkeletons(displayName: string): string[] {
  const name = normalizeDisplayName(displayName);
  return [...new Set([skeletonOf(name), skeletonOf(name.toLowerCase())])].filter(Boolean);
}

/** True when two display names could pass for each other on screen. */
export function areConfusable(a: string, b: string): boolean {
  const skeletons = new Set(displayNameSkeletons(a));
  return displayNameSkeletons(b).some((s) => skeletons.has(s));
}

/** Staff names shorter than this (as skeletons) are matched whole only, or "Al" would forbid "Alice". */
const CONTAINED_NAME_MIN = 6;

/**
 * Staff identity is unmistakable: a member may not take a display name that could pass for a current staff
 * member's, moderator's or admin's, nor one that contains it ("Diego Ramos (Staff)", "Diego Ramos 2").
 * Returns the staff name it imitates, or null.
 */
export function imitatedStaffName(displayName: string, staffNames: readonly string[]): string | null {
  const mine = displayNameSkeletons(displayName);
  return (
    staffNames.find((staff) => {
      if (areConfusable(displayName, staff)) return true;
      return displayNameSkeletons(staff).some((s) => s.length >= CONTAINED_NAME_MIN && mine.some((m) => m.includes(s)));
    }) ?? null
  );
}

/** Words only the vendor's own people may carry in their names (the badge says it; a name must not). */
const RESERVED_WORDS = ['staff', 'moderator', 'mod', 'admin', 'administrator', 'official'];
const RESERVED_SKELETONS = new Set(RESERVED_WORDS.flatMap((w) => displayNameSkeletons(w)));

/** The reserved word a member's display name uses as a word of its own ("Sam (Staff)", "Admin Sam"), or null. */
export function reservedWordIn(displayName: string): string | null {
  for (const word of normalizeDisplayName(displayName).split(/[^\p{L}\p{N}]+/u)) {
    const hit = displayNameSkeletons(word).find((s) => RESERVED_SKELETONS.has(s));
    if (hit) return RESERVED_WORDS.find((w) => displayNameSkeletons(w).includes(hit)) ?? hit;
  }
  return null;
}
