import { THREAD_LIMITS } from '@threadline/shared';

/**
 * The most bytes one character of a post can take in a JSON request body, however characters are counted:
 * a character outside the Basic Multilingual Plane (an emoji) is a surrogate pair, and a client may escape
 * each half as `\uXXXX` (6 bytes), so 12. Unescaped, no character takes more than 4 bytes of UTF-8.
 */
export const MAX_JSON_BYTES_PER_CHARACTER = 12;

/**
 * Room for everything in a request beside the post body: the query document, ids, a title, tags, an edit
 * reason. Their caps (title 1,000 raw characters, reason 500, five tags of 100) add up to about 2,000
 * characters, 24,000 bytes worst-case escaped; the rest is for the document.
 */
export const REQUEST_ENVELOPE_BYTES = 64 * 1024;

/**
 * The request body limit: the largest valid post (THREAD_LIMITS.bodyMax characters) in the worst-case
 * escaping, plus the envelope. A fixed "100kb" refused valid posts in Chinese (3 bytes a character).
 */
export const REQUEST_BODY_LIMIT_BYTES = THREAD_LIMITS.bodyMax * MAX_JSON_BYTES_PER_CHARACTER + REQUEST_ENVELOPE_BYTES;
