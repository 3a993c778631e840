import { Type } from '@nestjs/common';
import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { IsBase64, IsInt, IsOptional, Max, Min } from 'class-validator';
import { isUuid } from '../database/uuid';
import { BadUserInputError } from '../errors/domain-error';

@ObjectType()
export class PageInfo {
  @Field() hasNextPage: boolean;
  @Field() hasPreviousPage: boolean;
  @Field(() => String, { nullable: true }) startCursor: string | null;
  @Field(() => String, { nullable: true }) endCursor: string | null;
}

export interface ConnectionShape<T> {
  edges: Array<{ cursor: string; node: T }>;
  nodes: T[];
  pageInfo: PageInfo;
  totalCount?: number;
}

/** A Relay cursor connection type for `T`: `XConnection { edges { cursor node } nodes pageInfo totalCount }`. */
export function Connection<T>(node: Type<T>, name = node.name): Type<ConnectionShape<T>> {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field() cursor: string;
    @Field(() => node) node: T;
  }
  @ObjectType(`${name}Connection`, { isAbstract: true })
  class ConnectionType {
    @Field(() => [Edge]) edges: Edge[];
    @Field(() => [node]) nodes: T[];
    @Field(() => PageInfo) pageInfo: PageInfo;
    @Field(() => Int, { nullable: true, description: 'Total matching items, where the list knows it cheaply' })
    totalCount?: number;
  }
  return ConnectionType as Type<ConnectionShape<T>>;
}

@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, { nullable: true, defaultValue: 20, description: 'Page size, 1 to 100' })
  @IsOptional() @IsInt() @Min(1) @Max(100)
  first: number = 20;

  @Field(() => String, { nullable: true, description: 'Cursor of the last item of the previous page' })
  @IsOptional() @IsBase64({ urlSafe: true })
  after?: string | null;
}

/** Cursors are opaque to clients: base64url JSON of the keyset values that locate an item. */
export function encodeCursor(values: unknown[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

export function decodeCursor(cursor: string, field = 'after'): unknown[] {
  try {
    const values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(values)) return values;
  } catch {
    /* fall through */
  }
  throw new BadUserInputError(field, 'Invalid cursor');
}

export type CursorType = 'int' | 'timestamptz' | 'uuid' | 'text';

const CURSOR_CHECKS: Record<CursorType, (v: unknown) => boolean> = {
  int: (v) => (typeof v === 'number' && Number.isInteger(v)) || (typeof v === 'string' && /^-?\d{1,10}$/.test(v)),
  timestamptz: (v) => typeof v === 'string' && v.length < 64 && /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(\.\d+)?([+-]\d{2}(:?\d{2})?|Z)?$/.test(v),
  uuid: isUuid,
  text: (v) => typeof v === 'string' && v.length <= 200 && !v.includes('\u0000'),
};

/** Decodes a cursor and checks each value against the SQL type it will be cast to, so a forged cursor is bad input, not a database error. */
export function decodeTypedCursor(cursor: string, types: readonly CursorType[], field = 'after'): string[] {
  const values = decodeCursor(cursor, field);
  if (values.length !== types.length || !values.every((v, i) => CURSOR_CHECKS[types[i]](v))) {
    throw new BadUserInputError(field, 'Invalid cursor');
  }
  return values.map(String);
}

/**
 * Builds a connection from `first + 1` rows fetched after the cursor: the extra row only tells
 * whether another page exists.
 */
export function toConnection<R, T>(rows: R[], first: number, cursorOf: (row: R) => unknown[], map: (row: R) => T, hasPrevious: boolean, totalCount?: number): ConnectionShape<T> {
  const page = rows.slice(0, first);
  const edges = page.map((row) => ({ cursor: encodeCursor(cursorOf(row)), node: map(row) }));
  return {
    edges,
    nodes: edges.map((e) => e.node),
    pageInfo: {
      hasNextPage: rows.length > first,
      hasPreviousPage: hasPrevious,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    totalCount,
  };
}
