import { replyPageProblem, replyWindow } from './reply-window';

describe('replyWindow', () => {
  it('puts about a third of the page before the post and the rest from it', () => {
    expect(replyWindow(20, 21, 21)).toEqual({ before: 6, from: 14, hasPreviousPage: true, hasNextPage: true });
  });

  it('fills the page from before the post when few replies follow it', () => {
    expect(replyWindow(20, 21, 3)).toEqual({ before: 17, from: 3, hasPreviousPage: true, hasNextPage: false });
  });

  it('fills the page from after the post when few replies precede it', () => {
    expect(replyWindow(20, 2, 21)).toEqual({ before: 2, from: 18, hasPreviousPage: false, hasNextPage: true });
  });

  it('returns the whole thread when it fits in one page', () => {
    expect(replyWindow(20, 5, 7)).toEqual({ before: 5, from: 7, hasPreviousPage: false, hasNextPage: false });
  });

  it('shows the last page for a number past the end', () => {
    expect(replyWindow(20, 21, 0)).toEqual({ before: 20, from: 0, hasPreviousPage: true, hasNextPage: false });
  });

  it('keeps the post itself on a one-reply page', () => {
    expect(replyWindow(1, 2, 2)).toEqual({ before: 0, from: 1, hasPreviousPage: true, hasNextPage: true });
  });
});

describe('replyPageProblem', () => {
  it('accepts one way to place a page', () => {
    expect(replyPageProblem({ aroundPostNumber: 45 })).toBeNull();
    expect(replyPageProblem({ after: 'x', aroundPostNumber: null })).toBeNull();
    expect(replyPageProblem({ before: 'x' })).toBeNull();
  });

  it('refuses around together with a cursor, naming aroundPostNumber', () => {
    expect(replyPageProblem({ after: 'x', aroundPostNumber: 3 })).toEqual({
      field: 'aroundPostNumber',
      message: 'Give aroundPostNumber without after or before',
    });
    expect(replyPageProblem({ before: 'x', aroundPostNumber: 3 })?.field).toBe('aroundPostNumber');
  });

  it('refuses after together with before, naming before', () => {
    expect(replyPageProblem({ after: 'x', before: 'y' })?.field).toBe('before');
  });
});
