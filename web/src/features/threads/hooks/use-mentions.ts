import { useQuery } from '@apollo/client/react';
import { useState, type KeyboardEvent } from 'react';
import { useDebouncedValue } from '../../../lib/use-debounced-value';
import { useViewer } from '../../../lib/viewer';
import { UserSuggestionsQuery, UsersByHandlesQuery } from '../api/mention-operations';

/** `@` + what is being typed, right before the caret: letters, digits, `_` and `-` (1–30), not inside a word or a link. */
const TYPING_MENTION = /(^|[^\w@/])@([\p{L}\p{N}_-]{1,30})$/u;
/** The server's rule for what counts as a mention (content/domain/render.ts): a handle's shape, 2–40 characters. */
const MENTION = /(^|[^\w@/])@([a-z0-9][a-z0-9_-]{1,39})\b/gi;

export interface MentionTarget {
  /** Where the `@` is, and the typed text after it. */
  start: number;
  prefix: string;
}

export function mentionAt(text: string, caret: number): MentionTarget | null {
  const match = TYPING_MENTION.exec(text.slice(0, caret));
  if (!match) return null;
  return { start: caret - match[2].length - 1, prefix: match[2] };
}

/** Handles the text mentions, lowercased, at most 50 (what the server would try to notify). */
export function mentionedHandles(text: string): string[] {
  const found = new Set<string>();
  for (const match of text.matchAll(MENTION)) found.add(match[2].toLowerCase());
  return [...found].slice(0, 50);
}

/**
 * The composer's mentions: suggestions for the `@name` at the caret (a listbox driven from the textarea, as the header
 * search's combobox is from its input) and the handles in the text that belong to nobody.
 */
export function useMentions(value: string, onValueChange: (value: string) => void, textarea: () => HTMLTextAreaElement | null) {
  const { viewer } = useViewer();
  const [target, setTarget] = useState<MentionTarget | null>(null);
  const [active, setActive] = useState(0);
  const [dismissed, setDismissed] = useState<number | null>(null);
  const prefix = useDebouncedValue(target?.prefix ?? '', 150);
  const { data, previousData } = useQuery(UserSuggestionsQuery, { variables: { prefix }, skip: !viewer || !prefix });
  const suggestions = target && prefix ? ((data ?? previousData)?.userSuggestions ?? []) : [];
  const open = !!target && dismissed !== target.start && suggestions.length > 0;

  const handles = useDebouncedValue(mentionedHandles(value).join(' '), 500);
  const { data: known } = useQuery(UsersByHandlesQuery, { variables: { handles: handles.split(' ') }, skip: !viewer || !handles });
  const knownHandles = new Set(known?.usersByHandles.map((u) => u.handle) ?? []);
  // The handle still being typed is not a mistake yet.
  const typing = target?.prefix.toLowerCase();
  const unknownHandles = known && handles ? handles.split(' ').filter((h) => !knownHandles.has(h) && h !== typing) : [];

  /** After each change or caret move: is the caret right after an `@name`? */
  function track() {
    const element = textarea();
    if (!element || element.selectionStart !== element.selectionEnd) return setTarget(null);
    const next = mentionAt(element.value, element.selectionStart);
    if (next?.start !== target?.start || next?.prefix !== target?.prefix) {
      setTarget(next);
      setActive(0);
    }
  }

  function pick(index: number) {
    const element = textarea();
    const user = suggestions[index];
    if (!element || !target || !user) return;
    const end = target.start + 1 + target.prefix.length;
    const inserted = `@${user.handle} `;
    const next = value.slice(0, target.start) + inserted + value.slice(end);
    const caret = target.start + inserted.length;
    onValueChange(next);
    setTarget(null);
    // The textarea is controlled: put the caret after the mention once React has written the new value.
    requestAnimationFrame(() => {
      element.focus();
      element.setSelectionRange(caret, caret);
    });
  }

  /** Returns true when the key was the listbox's. */
  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>): boolean {
    if (!open) return false;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current) => (current + step + suggestions.length) % suggestions.length);
      return true;
    }
    if ((event.key === 'Enter' && !event.ctrlKey && !event.metaKey) || event.key === 'Tab') {
      event.preventDefault();
      pick(Math.min(active, suggestions.length - 1));
      return true;
    }
    if (event.key === 'Escape') {
      // Escape closes the list, not the dialog or form around the editor.
      event.preventDefault();
      event.stopPropagation();
      setDismissed(target!.start);
      return true;
    }
    return false;
  }

  return {
    open,
    suggestions,
    active: Math.min(active, Math.max(suggestions.length - 1, 0)),
    track,
    pick,
    onKeyDown,
    unknownHandles,
    close: () => setTarget(null),
  };
}
