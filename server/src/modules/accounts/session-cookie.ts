import type { CookieOptions, Response } from 'express';
import { SESSION_COOKIE } from './domain/session-token';

/** Marks a browser that has signed in to an account before (see SignInThrottle); outlives sign-out on purpose. */
export const DEVICE_COOKIE = 'tl_device';
const DAY_MS = 24 * 60 * 60 * 1000;

function options(secure: boolean): CookieOptions {
  return { httpOnly: true, sameSite: 'lax', secure, path: '/' };
}

export function setSessionCookie(res: Response, token: string, expiresAt: Date, secure: boolean) {
  res.cookie(SESSION_COOKIE, token, { ...options(secure), expires: expiresAt });
}

export function clearSessionCookie(res: Response, secure: boolean) {
  res.clearCookie(SESSION_COOKIE, options(secure));
}

export function setDeviceCookie(res: Response, token: string, days: number, secure: boolean) {
  res.cookie(DEVICE_COOKIE, token, { ...options(secure), maxAge: days * DAY_MS });
}
