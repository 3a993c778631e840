/** Injection token for the resolved Infrastructure (database and search URLs). */
export const INFRASTRUCTURE = Symbol('INFRASTRUCTURE');
