export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;

/** Returns why a new password is unacceptable, or null when it is fine. */
export function passwordProblem(password: string, context: { email?: string; displayName?: string } = {}): string | null {
  if (password.length < PASSWORD_MIN_LENGTH) return `Password must be at least ${PASSWORD_MIN_LENGTH} characters`;
  if (password.length > PASSWORD_MAX_LENGTH) return `Password must be at most ${PASSWORD_MAX_LENGTH} characters`;
  if (/^(.)\1+$/.test(password)) return 'Password must not be one repeated character';
  const lower = password.toLowerCase();
  const local = context.email?.split('@')[0]?.toLowerCase();
  if (local && local.length >= 4 && lower === local) return 'Password must not be your email address';
  if (context.email && lower === context.email.toLowerCase()) return 'Password must not be your email address';
  return null;
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}
