import { Link } from 'react-router';
import { LockIcon } from './lock-icon';

interface PrivateMarkerProps {
  group: { name: string; slug: string } | null | undefined;
}

/** "🔒 Private to <group>" on a group's private forum, in lists and on its pages (text, not only the icon). */
export function PrivateMarker({ group }: PrivateMarkerProps) {
  return (
    <span className="badge badge--info private-marker">
      <LockIcon />{' '}
      {group ? (
        <>
          Private to <Link to={`/g/${group.slug}`}>{group.name}</Link>
        </>
      ) : (
        'Private group'
      )}
    </span>
  );
}
