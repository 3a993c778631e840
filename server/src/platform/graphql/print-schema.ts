import type { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';

/** The SDL committed as server/schema.graphql. */
export function printAppSchema(host: GraphQLSchemaHost): string {
  return printSchema(lexicographicSortSchema(host.schema)) + '\n';
}
