/**
 * INSERT statements built from one column list per table (issue 7). A table's per-row inserts (the app) and its bulk
 * inserts (the Stack Exchange importer) name their columns through the same `InsertColumns`, so a new column is added
 * once, and the compiler points at every writer that must fill a new required field. This file only builds SQL text;
 * the repositories run it.
 */

/** A value written into the statement as SQL instead of as a parameter (the database clock, a column of a SELECT). */
export class SqlValue {
  constructor(readonly sql: string) {}
}

/** clock_timestamp(): the time the row is written, not the start of the transaction. */
export const CLOCK_TIMESTAMP = new SqlValue('clock_timestamp()');

/** A table and the column that stores each field of its insert rows (every field, optional ones too). */
export interface InsertColumns<Row> {
  readonly table: string;
  readonly columns: { readonly [K in keyof Row]-?: string };
}

export function insertColumns<Row>(table: string, columns: { readonly [K in keyof Row]-?: string }): InsertColumns<Row> {
  return { table, columns };
}

/** Rows per multi-row INSERT of a bulk write: 500 rows of about ten columns stay far below PostgreSQL's 65,535 parameters. */
export const BULK_INSERT_ROWS = 500;

const fieldsOf = <Row>(target: InsertColumns<Row>) => Object.keys(target.columns) as Array<keyof Row & string>;

/**
 * `INSERT INTO <table> (<columns>) VALUES (…), (…)` with numbered parameters; the caller appends ON CONFLICT and
 * RETURNING. A field left undefined takes the column's DEFAULT: a column no row sets is left out of the statement, and
 * one that only some rows set gets DEFAULT in the others. SqlValues are written as they are.
 */
export function insertValuesSql<Row>(target: InsertColumns<Row>, rows: readonly Row[]): { sql: string; params: unknown[] } {
  const fields = fieldsOf(target).filter((field) => rows.some((row) => row[field] !== undefined));
  if (!rows.length || !fields.length) throw new Error(`an INSERT INTO ${target.table} needs rows with values`);
  const params: unknown[] = [];
  const tuples = rows.map((row) => {
    const values = fields.map((field) => {
      const value = row[field];
      if (value === undefined) return 'DEFAULT';
      return value instanceof SqlValue ? value.sql : `$${params.push(value)}`;
    });
    return `(${values.join(', ')})`;
  });
  return { sql: `INSERT INTO ${target.table} (${fields.map((field) => target.columns[field]).join(', ')}) VALUES ${tuples.join(', ')}`, params };
}

/**
 * `INSERT INTO <table> (<columns>) SELECT <expressions>`, one SQL expression per field (required fields must be given;
 * optional ones left out take their DEFAULT); the caller appends FROM, WHERE, ON CONFLICT and RETURNING.
 */
export function insertSelectSql<Row>(target: InsertColumns<Row>, select: { readonly [K in keyof Row]: string }): string {
  const fields = fieldsOf(target).filter((field) => select[field] !== undefined);
  return `INSERT INTO ${target.table} (${fields.map((field) => target.columns[field]).join(', ')}) SELECT ${fields.map((field) => select[field]).join(', ')}`;
}

/** Splits rows into arrays of `size` (the last may be shorter), reading a lazy iterable only as far as each batch. */
export function* batchesOf<T>(items: Iterable<T>, size: number): Generator<T[]> {
  let batch: T[] = [];
  for (const item of items) {
    batch.push(item);
    if (batch.length === size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length) yield batch;
}

/**
 * Inserts rows in multi-row INSERTs of BULK_INSERT_ROWS each, `tail` (ON CONFLICT, RETURNING) appended to every one,
 * through `run` (the repository's query in the caller's transaction); `onBatch` hears how many rows each batch held.
 */
export async function insertInBatches<Row, Returned>(
  target: InsertColumns<Row>,
  rows: Iterable<Row>,
  tail: string,
  run: (sql: string, params: unknown[]) => Promise<Returned[]>,
  onBatch?: (rows: number) => void,
): Promise<Returned[]> {
  const out: Returned[] = [];
  for (const batch of batchesOf(rows, BULK_INSERT_ROWS)) {
    const { sql, params } = insertValuesSql(target, batch);
    out.push(...(await run(`${sql} ${tail}`, params)));
    onBatch?.(batch.length);
  }
  return out;
}
