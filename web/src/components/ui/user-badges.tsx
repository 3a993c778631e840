const LABELS: Record<string, string> = { STAFF: 'Staff', MODERATOR: 'Moderator', EXPERT: 'Expert' };

interface UserBadgesProps {
  badges: readonly string[];
  className?: string;
}

/** Staff, Moderator and Expert pills next to a member's name, each in its own colour. */
export function UserBadges({ badges, className }: UserBadgesProps) {
  if (badges.length === 0) return null;
  return (
    <ul className={['user-badges', className].filter(Boolean).join(' ')} aria-label="Badges">
      {badges.map((badge) => (
        <li key={badge} className={`user-badge user-badge--${badge.toLowerCase()}`}>
          {LABELS[badge] ?? badge.charAt(0) + badge.slice(1).toLowerCase()}
        </li>
      ))}
    </ul>
  );
}
