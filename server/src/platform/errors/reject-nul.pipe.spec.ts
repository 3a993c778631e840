import { IncomingMessage } from 'node:http';
import { Socket } from 'node:net';
import { RejectNulPipe } from './reject-nul.pipe';

describe('RejectNulPipe', () => {
  const pipe = new RejectNulPipe();

  it('names the field holding a NUL character, in nested inputs and lists', () => {
    expect(() => pipe.transform({ title: 'ok', tags: ['a', 'b\u0000'] }, { type: 'body', data: 'input' })).toThrow(expect.objectContaining({ field: 'tags' }));
    expect(() => pipe.transform('a\u0000', { type: 'body', data: 'slug' })).toThrow(expect.objectContaining({ field: 'slug' }));
    expect(pipe.transform({ title: 'fine' }, { type: 'body', data: 'input' })).toEqual({ title: 'fine' });
  });

  it('leaves the request context alone (not user input, and far too big to walk)', () => {
    const req = new IncomingMessage(new Socket());
    const ctx = { req, res: {}, loaders: new Map() };
    expect(pipe.transform(ctx, { type: 'body' })).toBe(ctx);
    expect(pipe.transform(ctx, { type: 'custom' })).toBe(ctx);
  });
});
