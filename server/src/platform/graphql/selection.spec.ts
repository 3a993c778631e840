import { Kind, parse, type FieldNode, type FragmentDefinitionNode, type GraphQLResolveInfo, type OperationDefinitionNode } from 'graphql';
import { selectedFieldNames } from './selection';

function infoOf(source: string): GraphQLResolveInfo {
  const doc = parse(source);
  const op = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = Object.fromEntries(
    doc.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]),
  );
  return { fieldNodes: [op.selectionSet.selections[0] as FieldNode], fragments } as unknown as GraphQLResolveInfo;
}

describe('selectedFieldNames', () => {
  it('lists the fields under the field and under a path, through fragments and inline fragments', () => {
    const info = infoOf(`
      { search(query: "x") { query ...F hits { ... on SearchHit { titleHtml } ...H } } }
      fragment F on SearchResults { facets { solved } }
      fragment H on SearchHit { snippetHtml thread { id } }`);
    expect([...selectedFieldNames(info)].sort()).toEqual(['facets', 'hits', 'query']);
    expect([...selectedFieldNames(info, ['hits'])].sort()).toEqual(['snippetHtml', 'thread', 'titleHtml']);
  });
  it('survives a fragment spread twice and names nothing that was not asked', () => {
    const info = infoOf(`{ search(query: "x") { ...F ...F } } fragment F on SearchResults { query }`);
    expect([...selectedFieldNames(info)]).toEqual(['query']);
    expect([...selectedFieldNames(info, ['hits'])]).toEqual([]);
  });
});
