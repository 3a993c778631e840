import { useLocation } from 'react-router';

/**
 * A confirmation handed to the next page in navigation state (`navigate(to, { state: { notice } })`), e.g. after
 * "Sign out everywhere" or a password reset. It lives in that history entry only: a reload keeps it, a new visit not.
 */
export function useNavigationNotice(): string | undefined {
  const { state } = useLocation();
  if (state && typeof state === 'object' && 'notice' in state && typeof state.notice === 'string') return state.notice;
  return undefined;
}
