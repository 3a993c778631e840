import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, Kind, type FragmentDefinitionNode, type GraphQLSchema, type SelectionSetNode, type ValidationRule } from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';

export interface QueryLimits {
  /** Tokens in one document: refused while parsing, before any tree is built (a 5,000-deep query, 2,000 fragments). */
  maxTokens: number;
  maxDepth: number;
  maxAliases: number;
  maxDirectives: number;
  /** Fields in one operation once every fragment is expanded (fragments that double at each step). */
  maxExpandedFields: number;
  /** Estimated work of one operation (page sizes multiply their children; fields declare their own cost). */
  maxCost: number;
}

/** The limits of this deployment, from its config (one place, for the server and for the test of the web app's operations). */
export function queryLimitsFrom(config: {
  graphqlMaxTokens: number;
  graphqlMaxDepth: number;
  graphqlMaxAliases: number;
  graphqlMaxDirectives: number;
  graphqlMaxCost: number;
}): QueryLimits {
  return {
    maxTokens: config.graphqlMaxTokens,
    maxDepth: config.graphqlMaxDepth,
    maxAliases: config.graphqlMaxAliases,
    maxDirectives: config.graphqlMaxDirectives,
    maxCost: config.graphqlMaxCost,
    maxExpandedFields: 2_000,
  };
}

/** List fields cost their page size times their children: `threads(first: 50) { posts(first: 20) }` ≈ 1000. */
const paginationEstimator: ComplexityEstimator = ({ args, childComplexity }) => {
  const size = typeof args.first === 'number' ? args.first : typeof args.limit === 'number' ? args.limit : undefined;
  return size === undefined ? undefined : 1 + size * Math.max(childComplexity, 1);
};

function limitError(message: string, extensions: Record<string, unknown>) {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', ...extensions, http: { status: 400 } } });
}

/**
 * Depth, alias and directive limits (graphql-armor) as validation rules: they run after parsing (bounded by the token
 * limit) and before any resolver. Field suggestions are left to the error formatter.
 */
export function armorRules(limits: QueryLimits): ValidationRule[] {
  const armor = new ApolloArmor({
    blockFieldSuggestion: { enabled: false },
    maxTokens: { enabled: false }, // graphql-js enforces it inside the one parse (parseOptions), see graphql-setup.ts
    costLimit: { enabled: false }, // ours below knows page sizes and per-field costs
    maxDepth: { n: limits.maxDepth, propagateOnRejection: true },
    maxAliases: { n: limits.maxAliases, propagateOnRejection: true },
    maxDirectives: { n: limits.maxDirectives, propagateOnRejection: true },
  });
  return [...(armor.protect().validationRules as ValidationRule[]), expandedSizeRule(limits.maxExpandedFields)];
}

/**
 * Counts the fields of each operation as if every fragment were inlined, memoized per fragment so the count itself
 * stays linear: 30 fragments that each spread the next one twice are a few hundred tokens but 2^30 fields, and
 * the cost estimator (which expands fragments) would never finish.
 */
export function expandedSizeRule(maxFields: number): ValidationRule {
  return (context) => ({
    Document: {
      leave(doc) {
        const fragments = new Map<string, FragmentDefinitionNode>();
        for (const d of doc.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
        const memo = new Map<string, number>();
        const visiting = new Set<string>();
        const size = (set: SelectionSetNode): number => {
          let n = 0;
          for (const sel of set.selections) {
            if (sel.kind === Kind.FIELD) n += 1 + (sel.selectionSet ? size(sel.selectionSet) : 0);
            else if (sel.kind === Kind.INLINE_FRAGMENT) n += size(sel.selectionSet);
            else {
              const name = sel.name.value;
              const fragment = fragments.get(name);
              // Unknown and cyclic spreads are reported by graphql-js's own rules; they count as nothing here.
              if (!fragment || visiting.has(name)) continue;
              if (!memo.has(name)) {
                visiting.add(name);
                memo.set(name, size(fragment.selectionSet));
                visiting.delete(name);
              }
              n += memo.get(name)!;
            }
            if (n > maxFields) return n;
          }
          return n;
        };
        for (const d of doc.definitions) {
          if (d.kind !== Kind.OPERATION_DEFINITION) continue;
          const n = size(d.selectionSet);
          if (n > maxFields) {
            context.reportError(new GraphQLError(`Query is too large: more than ${maxFields} fields once its fragments are expanded`, { nodes: [d] }));
          }
        }
      },
    },
  });
}

/**
 * Rejects operations whose estimated cost exceeds `maxCost`, and fields that appear more often than their
 * `maxPerOperation` extension allows (an expensive field under 200 aliases), before any resolver runs.
 */
export function costLimitPlugin(maxCost: number, schema: () => GraphQLSchema): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const occurrences = new Map<string, { count: number; max: number }>();
          const countCapped: ComplexityEstimator = ({ field, type }) => {
            const max = field.extensions?.maxPerOperation;
            if (typeof max === 'number') {
              const key = `${type.name}.${field.name}`;
              const entry = occurrences.get(key) ?? { count: 0, max };
              entry.count++;
              occurrences.set(key, entry);
            }
            return undefined;
          };
          const cost = getComplexity({
            schema: schema(),
            operationName: request.operationName ?? undefined,
            query: document,
            variables: request.variables ?? {},
            estimators: [countCapped, fieldExtensionsEstimator(), paginationEstimator, simpleEstimator({ defaultComplexity: 1 })],
          });
          for (const [key, { count, max }] of occurrences) {
            if (count > max) {
              const name = key.split('.')[1];
              throw limitError(`${name} may appear at most ${max === 1 ? 'once' : `${max} times`} in one request (found ${count})`, {
                field: name,
                maxPerOperation: max,
              });
            }
          }
          if (cost > maxCost) throw limitError(`Query is too costly: ${cost} exceeds the limit of ${maxCost}`, { cost, maxCost });
        },
      };
    },
  };
}
