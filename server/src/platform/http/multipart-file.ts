import busboy from 'busboy';
import type { Request } from 'express';
import { createHash } from 'node:crypto';
import { pipeline } from 'node:stream/promises';
import { BadUserInputError, TooLargeError } from '../errors/domain-error';
import type { PendingUpload, UploadStore } from '../uploads/upload-store';
import { isMultipart } from './request-body';

/** An uploaded file, written to the upload store (not yet committed) and measured on the way. */
export interface ReceivedFile {
  key: string;
  /** Where the bytes are until the caller commits or removes them. */
  path: string;
  /** The name the client sent, unsanitized (a label only; see the caller's rules). */
  filename: string;
  sizeBytes: number;
  sha256: string;
}

export interface ReceiveOptions {
  /** The form field that carries the file. */
  field: string;
  maxBytes: number;
  tooLargeMessage: string;
  store: UploadStore;
  /** Sees every chunk as it arrives (a content check that must cover the whole file without holding it). */
  inspect?: (chunk: Buffer) => void;
}

/** After a refusal, how long the rest of a body is read and thrown away so the client can read the answer. */
const LINGER_MS = 2000;

/**
 * Streams the one file of a multipart/form-data request into the upload store, hashing it on the way; never holds it
 * in memory. Over `maxBytes`, the write stops at once and the request is refused (TooLargeError): whatever the body
 * declared, or if it declared nothing. On any refusal the partial file is removed, and the rest of the body is
 * discarded for a moment and then the connection closed, so a client that keeps sending is cut off.
 */
export function receiveOneFile(req: Request, opts: ReceiveOptions): Promise<ReceivedFile> {
  if (!isMultipart(req)) return Promise.reject(new BadUserInputError(opts.field, 'Send the file as multipart/form-data'));
  return new Promise<ReceivedFile>((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: req.headers,
        // Browsers send file names in UTF-8 (busboy's default reads them as Latin-1).
        defParamCharset: 'utf8',
        // busboy stops at (and reports) the limit itself: one byte more than allowed is what is refused.
        limits: { files: 1, fileSize: opts.maxBytes + 1, fields: 20, fieldSize: 1024, parts: 25, headerPairs: 20 },
      });
    } catch {
      reject(new BadUserInputError(opts.field, 'The upload is not a well-formed multipart/form-data body'));
      return;
    }
    let settled = false;
    let pending: PendingUpload | null = null;
    let written: Promise<ReceivedFile> | null = null;

    const fail = (err: Error) => {
      if (settled) return;
      settled = true;
      cutOff(req, parser);
      // The refusal is the answer, even if removing the partial file failed.
      discard(opts.store, pending).then(
        () => reject(err),
        () => reject(err),
      );
    };

    parser.on('file', (name, file, info) => {
      if (name !== opts.field || pending || settled) {
        file.resume();
        return;
      }
      let upload: PendingUpload;
      try {
        upload = opts.store.begin();
      } catch (err) {
        file.resume();
        fail(err as Error);
        return;
      }
      pending = upload;
      const hash = createHash('sha256');
      let size = 0;
      file.on('data', (chunk: Buffer) => {
        size += chunk.length;
        hash.update(chunk);
        opts.inspect?.(chunk);
      });
      file.on('limit', () => fail(new TooLargeError(opts.field, opts.tooLargeMessage)));
      written = pipeline(file, upload.stream).then(() => ({
        key: upload.key,
        path: upload.path,
        filename: info.filename ?? '',
        sizeBytes: size,
        sha256: hash.digest('hex'),
      }));
      written.catch((err: Error) => fail(err));
    });
    parser.on('filesLimit', () => fail(new BadUserInputError(opts.field, 'Attach one file per request')));
    parser.on('partsLimit', () => fail(new BadUserInputError(opts.field, 'The upload has too many parts')));
    parser.on('fieldsLimit', () => fail(new BadUserInputError(opts.field, 'The upload has too many fields')));
    parser.on('error', () => fail(new BadUserInputError(opts.field, 'The upload is not a well-formed multipart/form-data body')));
    parser.on('close', () => {
      if (settled) return;
      if (!written) return fail(new BadUserInputError(opts.field, 'Choose a file to attach'));
      written.then((file) => {
        if (settled) return;
        settled = true;
        resolve(file);
      }, fail);
    });
    req.on('aborted', () => fail(new BadUserInputError(opts.field, 'The upload was interrupted')));
    req.on('error', () => fail(new BadUserInputError(opts.field, 'The upload was interrupted')));
    req.pipe(parser);
  });
}

/**
 * Stops parsing, and reads and drops the rest of the body so the client, still sending, can read the refusal (a
 * socket closed under a sender loses the answer); a body still coming after LINGER_MS is cut off with its connection.
 */
function cutOff(req: Request, parser: busboy.Busboy) {
  req.unpipe(parser);
  parser.removeAllListeners('file');
  parser.on('error', () => undefined);
  req.resume();
  if (req.complete) return;
  const timer = setTimeout(() => req.socket.destroy(), LINGER_MS);
  timer.unref();
  req.once('end', () => clearTimeout(timer));
}

/** Removes a partial upload once its file is closed (removing it earlier could race the file's creation). */
async function discard(store: UploadStore, pending: PendingUpload | null): Promise<void> {
  if (!pending) return;
  const stream = pending.stream;
  if (!stream.closed) {
    // Not events.once: a write cut short emits 'error' before 'close', and the file must go either way.
    const closed = new Promise<void>((resolve) => stream.once('close', () => resolve()));
    stream.destroy();
    await closed;
  }
  await store.remove(pending.key);
}
