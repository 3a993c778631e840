import { THREAD_LIMITS } from '@threadline/shared';
import { REQUEST_BODY_LIMIT_BYTES } from './body-limit';

/** JSON as a hostile (or merely pedantic) client may send it: every non-ASCII UTF-16 unit escaped as \uXXXX. */
function escapedJson(value: unknown): string {
  return JSON.stringify(value).replace(/[\u0080-\uffff]/g, (unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The largest edit request: the longest body, raw title, reason and tags the inputs accept. */
function editRequest(body: string): string {
  return escapedJson({
    query: 'mutation EditPost($input: EditPostInput!) { editPost(input: $input) { id body bodyHtml updatedAt revisionCount } }',
    operationName: 'EditPost',
    variables: {
      input: {
        postId: '3f1f4c3e-1e2a-4c53-9d0b-5f9e1f0a7b11',
        title: '标'.repeat(1000),
        body,
        reason: '因'.repeat(500),
        tags: Array(5).fill('标'.repeat(100)),
      },
    },
  });
}

describe('the request body limit', () => {
  it('admits the largest valid post in Chinese, even with every character escaped', () => {
    const cjk = '中'.repeat(THREAD_LIMITS.bodyMax);
    expect(Buffer.byteLength(editRequest(cjk))).toBeGreaterThan(300_000);
    expect(Buffer.byteLength(editRequest(cjk))).toBeLessThanOrEqual(REQUEST_BODY_LIMIT_BYTES);
  });

  it('admits a post of the maximum number of emoji with each surrogate escaped', () => {
    const emoji = '😀'.repeat(THREAD_LIMITS.bodyMax);
    expect(Buffer.byteLength(editRequest(emoji))).toBeLessThanOrEqual(REQUEST_BODY_LIMIT_BYTES);
  });

  it('admits a post of control characters, the longest escapes of ASCII', () => {
    const control = '\u0001'.repeat(THREAD_LIMITS.bodyMax);
    expect(Buffer.byteLength(editRequest(control))).toBeLessThanOrEqual(REQUEST_BODY_LIMIT_BYTES);
  });

  it('stays within a megabyte, so the limit still bounds memory per request', () => {
    expect(REQUEST_BODY_LIMIT_BYTES).toBeLessThan(1024 * 1024);
  });
});
