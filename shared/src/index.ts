/** Limits and codes that the server enforces and the web app checks before sending. */
export const LIMITS = {
  passwordMinLength: 10,
  passwordMaxLength: 200,
  displayNameMaxLength: 60,
  emailMaxLength: 254,
} as const;

export const ERROR_CODES = [
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'RATE_LIMITED',
  'SEARCH_UNAVAILABLE',
  'INTERNAL_SERVER_ERROR',
] as const;
export type ErrorCodeName = (typeof ERROR_CODES)[number];
