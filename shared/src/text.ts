/**
 * Text rules shared by the server and the web app: how user text is normalised and which text is refused.
 *
 * Two kinds of text:
 * - labels (thread titles, display names, forum names, product areas, organization names): one line, shown next to
 *   other people's content. NFC, invisible formatting characters removed, whitespace collapsed; text-direction
 *   controls refused (an RLO in a name or title can make it read as something else and scramble the line around it).
 * - prose (post bodies, descriptions, reasons): NFC only, kept as written; right-to-left writers need the
 *   direction marks, and rendered HTML keeps their effect inside the post's own block.
 * Both must have something visible once whitespace and invisible characters are set aside.
 */

/** U+061C, U+200E/F, U+202A–U+202E (embeddings and overrides), U+2066–U+2069 (isolates). */
const BIDI_CONTROL = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;

/**
 * Removed from labels: format characters (zero-width space, word joiner, BOM, soft hyphen, tag characters, ...),
 * control characters other than whitespace, and the Hangul fillers that render as blanks. Kept: ZWNJ and ZWJ
 * (U+200C/U+200D), which some scripts and emoji sequences need.
 */
const LABEL_STRIP = /(?![\u200C\u200D])(?:[\p{Cf}\u115F\u1160\u3164\uFFA0]|(?!\s)\p{Cc})/gu;

/** Everything that shows nothing on its own: whitespace, default-ignorables, format and control characters, lone combining marks, the Braille blank. */
const INVISIBLE = /[\p{White_Space}\p{Default_Ignorable_Code_Point}\p{Cf}\p{Cc}\p{M}\u2800]/gu;

/** Characters as people (and PostgreSQL's char_length) count them: code points, so an emoji is one, not two. */
export function charCount(value: string): number {
  let n = 0;
  for (const _ of value) n++;
  return n;
}

export function hasBidiControl(value: string): boolean {
  return BIDI_CONTROL.test(value);
}

/** True when something would show: not only whitespace, zero-width, format or combining characters. */
export function hasVisibleText(value: string): boolean {
  return value.replace(INVISIBLE, '').length > 0;
}

/** One-line label: invisible formatting removed, whitespace collapsed and trimmed, NFC. */
export function normalizeLabel(value: string): string {
  return value.replace(LABEL_STRIP, '').replace(/\s+/g, ' ').trim().normalize('NFC');
}

/** Prose keeps its characters and line breaks; only the Unicode form is made canonical (NFC). */
export function normalizeProse(value: string): string {
  return value.normalize('NFC');
}

export interface LabelRule {
  /** "Title", "Display name", ... as it starts a message. */
  what: string;
  min: number;
  max: number;
  /** Message when nothing visible is left; defaults to "Enter a <what>". */
  empty?: string;
}

/** The problem with a label, or null. Lengths are counted on the normalised label, in characters. */
export function labelProblem(raw: string, rule: LabelRule): string | null {
  if (hasBidiControl(raw)) return `${rule.what} must not contain text-direction control characters`;
  const value = normalizeLabel(raw);
  if (!hasVisibleText(value)) return rule.empty ?? `Enter a ${rule.what.toLowerCase()}`;
  const n = charCount(value);
  if (n < rule.min) return `${rule.what} must be at least ${rule.min} characters`;
  if (n > rule.max) return `${rule.what} must be at most ${rule.max.toLocaleString('en-US')} characters`;
  return null;
}

export interface ProseRule {
  what: string;
  max: number;
  /** Message when required and nothing visible is there; omit for optional prose. */
  empty?: string;
}

/** The problem with prose (a body, a description, a reason), or null. */
export function proseProblem(raw: string, rule: ProseRule): string | null {
  const value = normalizeProse(raw);
  if (rule.empty !== undefined && !hasVisibleText(value)) return rule.empty;
  if (charCount(value) > rule.max) return `${rule.what} must be at most ${rule.max.toLocaleString('en-US')} characters`;
  return null;
}
