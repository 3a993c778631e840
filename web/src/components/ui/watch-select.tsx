import { useId, useState } from 'react';
import type { WatchLevel } from '../../gql/graphql';
import { describeError } from '../../lib/graphql-errors';

const LABELS: Record<WatchLevel, string> = {
  WATCHING: 'Watching: every new reply',
  NORMAL: 'Normal: replies to you and mentions',
  MUTED: 'Muted: only mentions',
};

interface WatchSelectProps {
  level: WatchLevel;
  /** What is watched, for the label ("this thread", "this forum"). */
  what: string;
  onChange: (level: WatchLevel) => Promise<unknown>;
}

/** Watch / normal / mute for a thread or a forum: a labelled native select, saved on change, with its error said. */
export function WatchSelect({ level, what, onChange }: WatchSelectProps) {
  const id = useId();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string>();
  return (
    <div className="watch-select">
      <label htmlFor={id} className="watch-select__label">
        Notifications for {what}
      </label>
      <select
        id={id}
        className="input select watch-select__input"
        value={level}
        disabled={pending}
        onChange={(e) => {
          const next = e.target.value as WatchLevel;
          setPending(true);
          setError(undefined);
          onChange(next)
            .catch((err: unknown) => setError(describeError(err)))
            .finally(() => setPending(false));
        }}
      >
        {(Object.keys(LABELS) as WatchLevel[]).map((l) => (
          <option key={l} value={l}>
            {LABELS[l]}
          </option>
        ))}
      </select>
      {error && (
        <span role="alert" className="watch-select__error">
          {error}
        </span>
      )}
    </div>
  );
}
