import { Type } from '@nestjs/common';
import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { IsBase64, IsInt, IsOptional, Max, MaxLength, Min, ValidateIf } from 'class-validator';
import { isUuid } from '../database/uuid';
import { BadUserInputError } from '../errors/domain-error';

/** Our cursors are a few dozen characters; anything much longer is not one of ours. */
const CURSOR_MAX_LENGTH = 1000;

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

export const PAGE_SIZE_MAX = 100;
const PAGE_SIZE_MESSAGE = `Page size must be a whole number from 1 to ${PAGE_SIZE_MAX}`;

/**
 * `first` may be left out (20), never null: an explicit null is refused as BAD_USER_INPUT on `first` rather than
 * read as "the default" (the cost limit prices a page by its `first`, and a null page was an empty page that
 * claimed more pages and gave no cursor).
 */
@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, { nullable: true, defaultValue: 20, description: `Page size, 1 to ${PAGE_SIZE_MAX} (default 20; null is refused)` })
  @ValidateIf((_, value) => value !== undefined)
  @IsInt({ message: PAGE_SIZE_MESSAGE })
  @Min(1, { message: PAGE_SIZE_MESSAGE })
  @Max(PAGE_SIZE_MAX, { message: PAGE_SIZE_MESSAGE })
  first: number = 20;

  @Field(() => String, { nullable: true, description: 'Cursor of the last item of the previous page' })
  @IsOptional()
  @MaxLength(CURSOR_MAX_LENGTH, { message: 'Invalid cursor' })
  @IsBase64({ urlSafe: true }, { message: 'Invalid cursor' })
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

const INT4_MIN = -2_147_483_648;
const INT4_MAX = 2_147_483_647;

/** A PostgreSQL int4: a safe integer in range (1e300 is an "integer" to JavaScript; 9999999999 fits ten digits). */
export function isInt4(v: unknown): boolean {
  const n = typeof v === 'string' && /^-?\d{1,10}$/.test(v) ? Number(v) : v;
  return typeof n === 'number' && Number.isSafeInteger(n) && n >= INT4_MIN && n <= INT4_MAX;
}

const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,6}))?(?:([+-])(\d{2})(?::?(\d{2}))?|Z)?$/;

/**
 * A timestamp PostgreSQL will take as written: a real calendar date (no month 13, no 30 February, no year 0),
 * a real time of day (no 24:00 or leap second), microseconds at most, and a UTC offset within ±15:59.
 */
export function isTimestamptz(v: unknown): boolean {
  if (typeof v !== 'string') return false;
  const m = TIMESTAMP.exec(v);
  if (!m) return false;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number);
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(2000, month, 0)).getUTCDate() - (month === 2 && !isLeapYear(year) ? 1 : 0);
  if (day > daysInMonth || hour > 23 || minute > 59 || second > 59) return false;
  if (m[9] !== undefined && (Number(m[9]) > 15 || Number(m[10] ?? 0) > 59)) return false;
  return true;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const CURSOR_CHECKS: Record<CursorType, (v: unknown) => boolean> = {
  int: isInt4,
  timestamptz: isTimestamptz,
  uuid: isUuid,
  text: (v) => typeof v === 'string' && v.length <= 200 && !v.includes('\u0000'),
};

/**
 * Decodes a cursor and checks each value against the SQL type it will be cast to (type and range), so a forged
 * cursor is BAD_USER_INPUT on `after`, never a database error that logs its parameters.
 */
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
export function toConnection<R, T>(
  rows: R[],
  first: number,
  cursorOf: (row: R) => unknown[],
  map: (row: R) => T,
  hasPrevious: boolean,
  totalCount?: number,
): ConnectionShape<T> {
  // A page that could claim more pages without an end cursor is refused, whichever resolver forgot to validate.
  if (!Number.isInteger(first) || first < 1) throw new BadUserInputError('first', PAGE_SIZE_MESSAGE);
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

/** The same connection with each node mapped (a service's rows to a resolver's GraphQL models). */
export function mapConnection<R, T>(connection: ConnectionShape<R>, map: (row: R) => T): ConnectionShape<T> {
  const edges = connection.edges.map((e) => ({ cursor: e.cursor, node: map(e.node) }));
  return { ...connection, edges, nodes: edges.map((e) => e.node) };
}

/** A connection from a page already cut to size, when the caller knows on which sides more items lie. */
export function toPageConnection<R, T>(
  page: R[],
  cursorOf: (row: R) => unknown[],
  map: (row: R) => T,
  sides: { hasPreviousPage: boolean; hasNextPage: boolean },
  totalCount?: number,
): ConnectionShape<T> {
  const edges = page.map((row) => ({ cursor: encodeCursor(cursorOf(row)), node: map(row) }));
  return {
    edges,
    nodes: edges.map((e) => e.node),
    pageInfo: { ...sides, startCursor: edges[0]?.cursor ?? null, endCursor: edges[edges.length - 1]?.cursor ?? null },
    totalCount,
  };
}
