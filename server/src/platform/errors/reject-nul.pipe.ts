import { Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import { BadUserInputError } from './domain-error';

/** U+0000, or half of a surrogate pair without its other half (not Unicode text: no keyboard types it). */
// eslint-disable-next-line no-control-regex -- matching U+0000 is the point of this pattern
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Path of the first string holding U+0000 or a lone surrogate, or null. */
function nulPath(value: unknown, path: string, depth = 0): string | null {
  if (typeof value === 'string') return UNSTORABLE.test(value) ? path : null;
  if (depth > 10 || value === null || typeof value !== 'object') return null;
  // GraphQL arguments are plain objects and arrays; anything else (the context's request, response,
  // loaders) is not user input and must not be walked.
  const proto = Object.getPrototypeOf(value);
  if (!Array.isArray(value) && proto !== Object.prototype && proto !== null) return null;
  for (const [key, child] of Object.entries(value)) {
    const found = nulPath(child, Array.isArray(value) ? path : key, depth + 1);
    if (found !== null) return found;
  }
  return null;
}

/**
 * PostgreSQL text cannot hold NUL characters, and a lone surrogate is not Unicode at all (jsonb refuses its escape,
 * text silently turns it into U+FFFD); instead of a database error (a 500) or a silent change, every argument
 * carrying one is refused up front as BAD_USER_INPUT naming the field.
 */
@Injectable()
export class RejectNulPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata) {
    if (metadata.type === 'custom') return value;
    const path = nulPath(value, metadata.data ?? 'input');
    if (path !== null) throw new BadUserInputError(path || 'input', 'Text must not contain NUL characters or broken Unicode (a lone surrogate)');
    return value;
  }
}
