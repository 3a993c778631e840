import { Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import { BadUserInputError } from './domain-error';

/** Path of the first string holding U+0000, or null. */
function nulPath(value: unknown, path: string, depth = 0): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
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
 * PostgreSQL text cannot hold NUL characters; instead of a database error (a 500), every argument
 * carrying one is refused up front as BAD_USER_INPUT naming the field.
 */
@Injectable()
export class RejectNulPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata) {
    if (metadata.type === 'custom') return value;
    const path = nulPath(value, metadata.data ?? 'input');
    if (path !== null) throw new BadUserInputError(path || 'input', 'Text must not contain NUL characters');
    return value;
  }
}
