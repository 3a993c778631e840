import { QueryFailedError } from 'typeorm';

/** True when a query failed on a UNIQUE constraint (optionally a named one): the caller turns it into CONFLICT. */
export function isUniqueViolation(err: unknown, constraint?: string): boolean {
  const driverError = err instanceof QueryFailedError ? (err.driverError as { code?: string; constraint?: string }) : undefined;
  return driverError?.code === '23505' && (!constraint || driverError.constraint === constraint);
}

/** True when a query failed on a FOREIGN KEY constraint (optionally a named one): a reference to nothing. */
export function isForeignKeyViolation(err: unknown, constraint?: string): boolean {
  const driverError = err instanceof QueryFailedError ? (err.driverError as { code?: string; constraint?: string }) : undefined;
  return driverError?.code === '23503' && (!constraint || driverError.constraint === constraint);
}
