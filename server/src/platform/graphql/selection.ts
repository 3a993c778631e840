import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/**
 * The names of the fields a query selects under this field (and under `path` below it, e.g. `['hits']`), through
 * fragments and inline fragments. Lets a resolver skip work nobody asked for (a search's facets, its snippets). A field
 * under @skip or @include counts as selected: doing the work when unsure is the safe side.
 */
export function selectedFieldNames(info: GraphQLResolveInfo, path: readonly string[] = []): Set<string> {
  let sets: SelectionSetNode[] = info.fieldNodes.flatMap((n) => (n.selectionSet ? [n.selectionSet] : []));
  for (const segment of path) {
    const next: SelectionSetNode[] = [];
    visit(sets, info, (name, set) => {
      if (name === segment && set) next.push(set);
    });
    sets = next;
  }
  const names = new Set<string>();
  visit(sets, info, (name) => names.add(name));
  return names;
}

function visit(
  sets: SelectionSetNode[],
  info: GraphQLResolveInfo,
  onField: (name: string, set: SelectionSetNode | undefined) => void,
  seen = new Set<string>(),
): void {
  for (const set of sets) {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) onField(selection.name.value, selection.selectionSet);
      else if (selection.kind === Kind.INLINE_FRAGMENT) visit([selection.selectionSet], info, onField, seen);
      else if (selection.kind === Kind.FRAGMENT_SPREAD && !seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        const fragment = info.fragments[selection.name.value];
        if (fragment) visit([fragment.selectionSet], info, onField, seen);
      }
    }
  }
}
