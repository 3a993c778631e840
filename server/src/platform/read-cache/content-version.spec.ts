import { ContentVersionReader } from './content-version';

const flush = () => new Promise((resolve) => setImmediate(resolve));

/** A read whose answer the test gives later, to order things exactly. */
function controlledReads() {
  const reads: { resolve: (v: string) => void; reject: (e: Error) => void }[] = [];
  const read = () => new Promise<string>((resolve, reject) => reads.push({ resolve, reject }));
  return { reads, reader: new ContentVersionReader(read) };
}

describe('ContentVersionReader', () => {
  it('starts a read for the first caller', async () => {
    const { reads, reader } = controlledReads();
    const v = reader.current();
    expect(reads).toHaveLength(1);
    reads[0].resolve('7');
    await expect(v).resolves.toBe('7');
  });

  it('gives callers that arrive during a read the next read, shared, never the one that began before them', async () => {
    const { reads, reader } = controlledReads();
    const first = reader.current();
    const second = reader.current();
    const third = reader.current();
    expect(reads).toHaveLength(1);
    reads[0].resolve('7');
    await expect(first).resolves.toBe('7');
    await flush();
    expect(reads).toHaveLength(2);
    reads[1].resolve('8');
    await expect(second).resolves.toBe('8');
    await expect(third).resolves.toBe('8');
  });

  it('starts afresh once idle, and a failed read fails only its own callers', async () => {
    const { reads, reader } = controlledReads();
    const failing = reader.current();
    const waiting = reader.current();
    reads[0].reject(new Error('connection lost'));
    await expect(failing).rejects.toThrow('connection lost');
    await flush();
    reads[1].resolve('9');
    await expect(waiting).resolves.toBe('9');
    const later = reader.current();
    expect(reads).toHaveLength(3);
    reads[2].resolve('10');
    await expect(later).resolves.toBe('10');
  });
});
