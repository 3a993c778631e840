import { useId } from 'react';
import { SelectField } from '../../../components/ui/select-field';

export type SortKey = 'latest' | 'newest' | 'helpful' | 'unanswered';
export type SolvedKey = 'all' | 'solved' | 'unsolved';

export const SORT_OPTIONS: ReadonlyArray<{ value: SortKey; label: string }> = [
  { value: 'latest', label: 'Latest activity' },
  { value: 'newest', label: 'Newest' },
  { value: 'helpful', label: 'Most helpful' },
  { value: 'unanswered', label: 'Unanswered' },
];

const SOLVED_OPTIONS: ReadonlyArray<{ value: SolvedKey; label: string }> = [
  { value: 'all', label: 'All' },
  { value: 'solved', label: 'Solved' },
  { value: 'unsolved', label: 'Unsolved' },
];

export interface ThreadListOptions {
  sort: SortKey;
  solved: SolvedKey;
  staffAnswered: boolean;
  tag: string | null;
}

interface ThreadFiltersProps {
  options: ThreadListOptions;
  onChange: (next: Partial<ThreadListOptions>) => void;
}

/** Sort order, solved state, "has staff answer" and the active tag; the page keeps them in the address. */
export function ThreadFilters({ options, onChange }: ThreadFiltersProps) {
  const groupName = useId();
  return (
    <div className="thread-filters" role="group" aria-label="Sort and filter threads">
      <SelectField inline label="Sort by" value={options.sort} options={SORT_OPTIONS} onValueChange={(value) => onChange({ sort: value as SortKey })} />
      <fieldset className="segmented">
        <legend className="visually-hidden">Show</legend>
        {SOLVED_OPTIONS.map((option) => (
          <label key={option.value} className="segmented__option">
            <input
              type="radio"
              name={groupName}
              value={option.value}
              checked={options.solved === option.value}
              onChange={() => onChange({ solved: option.value })}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </fieldset>
      <label className="checkbox">
        <input type="checkbox" checked={options.staffAnswered} onChange={(event) => onChange({ staffAnswered: event.target.checked })} />
        Has staff answer
      </label>
      {options.tag && (
        <span className="active-filter">
          Tag: <span className="tag">{options.tag}</span>
          <button type="button" className="active-filter__clear" onClick={() => onChange({ tag: null })}>
            <span aria-hidden="true">×</span>
            <span className="visually-hidden">Remove the tag filter {options.tag}</span>
          </button>
        </span>
      )}
    </div>
  );
}
