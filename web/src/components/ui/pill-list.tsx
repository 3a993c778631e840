interface PillListProps {
  items: readonly string[];
  label: string;
  accent?: boolean;
  /** Shown instead of the list when it is empty. */
  empty: string;
}

/** Roles and badges, as short labels ("STAFF" reads as "Staff"). */
export function PillList({ items, label, accent = false, empty }: PillListProps) {
  if (items.length === 0) return <span className="muted">{empty}</span>;
  return (
    <ul className="pill-list" aria-label={label}>
      {items.map((item) => (
        <li key={item} className={accent ? 'pill pill--accent' : 'pill'}>
          {humanize(item)}
        </li>
      ))}
    </ul>
  );
}

function humanize(value: string): string {
  return value.charAt(0) + value.slice(1).toLowerCase().replace(/_/g, ' ');
}
