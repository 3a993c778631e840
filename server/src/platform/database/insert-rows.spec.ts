import { batchesOf, CLOCK_TIMESTAMP, insertColumns, insertInBatches, insertSelectSql, insertValuesSql, type SqlValue } from './insert-rows';

interface NoteRow {
  title: string;
  body?: string | null;
  createdAt?: Date | SqlValue;
}

const NOTES = insertColumns<NoteRow>('notes', { title: 'title', body: 'body', createdAt: 'created_at' });

describe('insert-rows', () => {
  it('numbers the parameters of every row and leaves out the columns no row sets', () => {
    expect(
      insertValuesSql(NOTES, [
        { title: 'a', body: null },
        { title: 'b', body: 'text' },
      ]),
    ).toEqual({
      sql: 'INSERT INTO notes (title, body) VALUES ($1, $2), ($3, $4)',
      params: ['a', null, 'b', 'text'],
    });
  });

  it('writes DEFAULT where only some rows set a column, and SQL values as they are', () => {
    const at = new Date('2020-01-01T00:00:00Z');
    expect(insertValuesSql(NOTES, [{ title: 'a', createdAt: at }, { title: 'b' }, { title: 'c', createdAt: CLOCK_TIMESTAMP }])).toEqual({
      sql: 'INSERT INTO notes (title, created_at) VALUES ($1, $2), ($3, DEFAULT), ($4, clock_timestamp())',
      params: ['a', at, 'b', 'c'],
    });
  });

  it('refuses an insert without rows', () => {
    expect(() => insertValuesSql(NOTES, [])).toThrow(/INSERT INTO notes/);
  });

  it('builds INSERT ... SELECT from an expression per column given', () => {
    expect(insertSelectSql(NOTES, { title: 'n.title', createdAt: 'now()' })).toBe('INSERT INTO notes (title, created_at) SELECT n.title, now()');
  });

  it('reads a lazy iterable batch by batch', () => {
    const read: number[] = [];
    const items = (function* () {
      for (let i = 1; i <= 5; i++) {
        read.push(i);
        yield i;
      }
    })();
    const batches = batchesOf(items, 2);
    expect(batches.next().value).toEqual([1, 2]);
    expect(read).toEqual([1, 2]);
    expect([...batches]).toEqual([[3, 4], [5]]);
  });

  it('runs one statement per batch of 500 rows with the tail appended, and reports each batch', async () => {
    const statements: Array<{ sql: string; params: number }> = [];
    const sizes: number[] = [];
    const rows = Array.from({ length: 1001 }, (_, i) => ({ title: `t${i}` }));
    const returned = await insertInBatches(
      NOTES,
      rows,
      'RETURNING id',
      async (sql, params) => {
        statements.push({ sql, params: params.length });
        return params.map((p) => ({ id: p }));
      },
      (n) => sizes.push(n),
    );
    expect(statements.map((s) => s.params)).toEqual([500, 500, 1]);
    expect(statements[2].sql).toBe('INSERT INTO notes (title) VALUES ($1) RETURNING id');
    expect(sizes).toEqual([500, 500, 1]);
    expect(returned).toHaveLength(1001);
  });
});
