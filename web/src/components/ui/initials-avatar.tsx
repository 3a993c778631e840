interface InitialsAvatarProps {
  name: string;
  className?: string;
}

/** Up to two initials of a display name ("Maya Staff" → "MS"); decorative, so the name must be written beside it. */
export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const letters = words.length > 1 ? [words[0], words[words.length - 1]] : words;
  return letters.map((w) => Array.from(w)[0]?.toUpperCase() ?? '').join('') || '?';
}

/** A round badge with a person's initials, in one of a few tints chosen from the name (the same name, the same tint). */
export function InitialsAvatar({ name, className }: InitialsAvatarProps) {
  let hash = 0;
  for (const ch of name) hash = (hash * 31 + (ch.codePointAt(0) ?? 0)) >>> 0;
  return (
    <span className={['avatar', `avatar--tint-${hash % 6}`, className].filter(Boolean).join(' ')} aria-hidden="true">
      {initialsOf(name)}
    </span>
  );
}
