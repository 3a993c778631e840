import { isIP } from 'node:net';

/**
 * Which `X-Forwarded-For` hops Express may believe (its `trust proxy` setting): none, the nearest N proxies,
 * or proxies at these addresses. Never `true`: that believes whatever address a client writes in the header.
 */
export type TrustProxy = false | number | string[];

/** Express's names for address ranges, accepted in a TRUST_PROXY list. */
const NAMED_RANGES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/**
 * Parses TRUST_PROXY: `0`/`false`/empty (trust nothing), a hop count (`1` = one proxy in front, the old boolean
 * `1`), or a comma list of addresses, CIDRs and Express range names. Throws an Error with a one-line reason.
 */
export function parseTrustProxy(raw: string | undefined): TrustProxy {
  const value = (raw ?? '').trim();
  if (value === '' || value === '0' || value.toLowerCase() === 'false') return false;
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    if (hops > 10) throw new Error('a hop count must be between 0 and 10');
    return hops;
  }
  if (value.toLowerCase() === 'true') {
    throw new Error('true would believe any X-Forwarded-For a client sends; give the number of proxies in front (1) or their addresses');
  }
  const entries = value.split(',').map((entry) => entry.trim());
  for (const entry of entries) {
    if (!isAddressOrRange(entry)) throw new Error(`${entry || '(empty)'} is not an IP address, a CIDR range or one of loopback, linklocal, uniquelocal`);
  }
  return entries;
}

function isAddressOrRange(entry: string): boolean {
  if (NAMED_RANGES.has(entry)) return true;
  const [address, prefix, ...rest] = entry.split('/');
  const family = isIP(address);
  if (!family || rest.length) return false;
  if (prefix === undefined) return true;
  if (!/^\d+$/.test(prefix)) return false;
  return Number(prefix) <= (family === 4 ? 32 : 128);
}
