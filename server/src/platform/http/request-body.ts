import type { ErrorRequestHandler, Request, RequestHandler, Response } from 'express';
import { ErrorCode } from '../errors/error-code';

/**
 * A refusal shaped like a GraphQL response (`{"errors":[{"message","extensions":{"code"}}]}`), so a client
 * reads an HTTP-level refusal the same way as any other error.
 */
export function sendGraphQLShapedError(
  res: Response,
  status: number,
  message: string,
  extensions: Record<string, unknown> = { code: ErrorCode.BAD_USER_INPUT },
): void {
  res
    .status(status)
    .type('application/json')
    .send(JSON.stringify({ errors: [{ message, extensions }] }));
}

/** multipart/form-data: file uploads, which the JSON parser never reads and which have their own, larger limit. */
export function isMultipart(req: Request): boolean {
  return /^multipart\/form-data\b/i.test(req.headers['content-type'] ?? '');
}

function tooLargeMessage(limit: number): string {
  return `Request body too large: the limit is ${limit.toLocaleString('en-US')} bytes`;
}

/**
 * Refuses a body whose declared Content-Length is over the limit at once, and closes the connection.
 * The JSON parser alone would read (and discard) every declared byte before answering, so a client that
 * announces a gigabyte and sends it slowly would hold the connection open until the request times out.
 * A multipart upload is held to `uploads.limit` instead (the largest file plus its envelope); its route cuts off a
 * body that declares no length, or lies about it, while it streams in.
 */
export function refuseDeclaredOversizeBody(limit: number, uploads?: { limit: number; message: string }): RequestHandler {
  return (req, res, next) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    const upload = uploads && isMultipart(req);
    if (declared <= (upload ? uploads.limit : limit)) return next();
    res.setHeader('Connection', 'close');
    if (upload) sendGraphQLShapedError(res, 413, uploads.message, { code: ErrorCode.BAD_USER_INPUT, field: 'file' });
    else sendGraphQLShapedError(res, 413, tooLargeMessage(limit));
  };
}

/** What body-parser's errors (by `type`) mean to a client; anything else is not a request-body problem. */
const BODY_ERROR_MESSAGES: Record<string, string> = {
  'entity.parse.failed': 'The request body is not valid JSON',
  'encoding.unsupported': 'Unsupported Content-Encoding for the request body',
  'charset.unsupported': 'Unsupported charset for the request body',
  'request.size.invalid': 'The request body does not match its Content-Length',
  'request.aborted': 'The request body was not received in full',
};

/**
 * Answers the JSON body parser's refusals (too large, also after decompression; malformed; unsupported
 * encoding) with their 4xx status and a GraphQL-shaped body, instead of Express's bare default.
 */
export function answerBodyErrorsAsGraphQL(limit: number): ErrorRequestHandler {
  return (err: { type?: unknown; status?: unknown }, _req, res, next) => {
    const status = typeof err?.status === 'number' ? err.status : 0;
    if (typeof err?.type !== 'string' || status < 400 || status > 499 || res.headersSent) return next(err);
    const message = err.type === 'entity.too.large' ? tooLargeMessage(limit) : (BODY_ERROR_MESSAGES[err.type] ?? 'Bad request body');
    sendGraphQLShapedError(res, status, message);
  };
}
