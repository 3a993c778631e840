import type { ReactNode } from 'react';
import type { SearchPageQuery } from '../../../gql/graphql';
import type { SearchPageState } from '../hooks/use-search-page-state';

type Facets = SearchPageQuery['search']['facets'];

interface SearchFacetsProps {
  facets: Facets;
  state: SearchPageState;
  filtered: boolean;
  onChange: (next: Partial<SearchPageState>) => void;
}

/** Counts of the matching threads by forum, tag and solved state; each is a filter that a second press removes. */
export function SearchFacets({ facets, state, filtered, onChange }: SearchFacetsProps) {
  return (
    <aside className="search-facets" aria-label="Narrow the results">
      {filtered && (
        <button type="button" className="button button--secondary button--small search-facets__clear" onClick={() => onChange(NO_FILTERS)}>
          Clear filters
        </button>
      )}
      <FacetGroup title="Status">
        <FacetButton label="Solved" count={facets.solved} pressed={state.solved === true} onPress={(on) => onChange({ solved: on ? true : null })} />
        <FacetButton label="Unsolved" count={facets.unsolved} pressed={state.solved === false} onPress={(on) => onChange({ solved: on ? false : null })} />
        <FacetButton label="Has staff answer" pressed={state.staff} onPress={(on) => onChange({ staff: on })} />
      </FacetGroup>
      {facets.forums.length > 0 && (
        <FacetGroup title="Forums">
          {facets.forums.map(({ forum, count }) => (
            <FacetButton
              key={forum.id}
              label={forum.name}
              count={count}
              pressed={state.forum === forum.id}
              onPress={(on) => onChange({ forum: on ? forum.id : null })}
            />
          ))}
        </FacetGroup>
      )}
      {facets.tags.length > 0 && (
        <FacetGroup title="Tags">
          {facets.tags.map(({ tag, count }) => (
            <FacetButton key={tag} label={tag} count={count} pressed={state.tag === tag} onPress={(on) => onChange({ tag: on ? tag : null })} />
          ))}
        </FacetGroup>
      )}
    </aside>
  );
}

const NO_FILTERS: Partial<SearchPageState> = { forum: null, tag: null, solved: null, staff: false };

function FacetGroup({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="search-facets__group">
      <h2 className="search-facets__title">{title}</h2>
      <ul className="search-facets__list">{children}</ul>
    </section>
  );
}

interface FacetButtonProps {
  label: string;
  count?: number;
  pressed: boolean;
  onPress: (on: boolean) => void;
}

function FacetButton({ label, count, pressed, onPress }: FacetButtonProps) {
  return (
    <li>
      {/* Named "Solved, 3" (the count is laid out apart from the label, and would otherwise be read as "Solved 3"). */}
      <button
        type="button"
        className="facet"
        aria-pressed={pressed}
        aria-label={count === undefined ? undefined : `${label}, ${count.toLocaleString()}`}
        onClick={() => onPress(!pressed)}
      >
        <span className="facet__label">{label}</span>
        {count !== undefined && <span className="facet__count">{count.toLocaleString()}</span>}
      </button>
    </li>
  );
}
