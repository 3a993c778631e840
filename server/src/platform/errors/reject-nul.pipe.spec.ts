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

  it('names the field holding half a surrogate pair, and lets whole pairs (emoji) through', () => {
    expect(() => pipe.transform({ body: 'broken \ud800 text' }, { type: 'body', data: 'input' })).toThrow(expect.objectContaining({ field: 'body' }));
    expect(() => pipe.transform('\udc00', { type: 'body', data: 'title' })).toThrow(expect.objectContaining({ field: 'title' }));
    expect(() => pipe.transform('end\ud83d', { type: 'body', data: 'title' })).toThrow(expect.objectContaining({ field: 'title' }));
    expect(pipe.transform({ body: 'ok 😀 \ud83d\ude00' }, { type: 'body', data: 'input' })).toEqual({ body: 'ok 😀 😀' });
  });

  it('leaves the request context alone (not user input, and far too big to walk)', () => {
    const req = new IncomingMessage(new Socket());
    const ctx = { req, res: {}, loaders: new Map() };
    expect(pipe.transform(ctx, { type: 'body' })).toBe(ctx);
    expect(pipe.transform(ctx, { type: 'custom' })).toBe(ctx);
  });
});
