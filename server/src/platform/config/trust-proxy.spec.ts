import express from 'express';
import type { AddressInfo } from 'node:net';
import { parseTrustProxy, type TrustProxy } from './trust-proxy';

describe('parseTrustProxy', () => {
  it('trusts nothing for unset, empty, 0 and false', () => {
    for (const raw of [undefined, '', '0', 'false', 'FALSE', ' 0 ']) expect(parseTrustProxy(raw)).toBe(false);
  });

  it('reads a number as the count of proxy hops in front (1 keeps meaning one proxy)', () => {
    expect(parseTrustProxy('1')).toBe(1);
    expect(parseTrustProxy('2')).toBe(2);
  });

  it('reads a comma list of addresses, CIDR ranges and Express range names', () => {
    expect(parseTrustProxy('10.0.0.1, 10.1.0.0/16,fd00::/8, loopback')).toEqual(['10.0.0.1', '10.1.0.0/16', 'fd00::/8', 'loopback']);
  });

  it('refuses true, which would believe any address a client claims', () => {
    expect(() => parseTrustProxy('true')).toThrow(/hop count|addresses/);
  });

  it('refuses what is neither a count nor an address', () => {
    expect(() => parseTrustProxy('yes')).toThrow(/yes is not an IP address/);
    expect(() => parseTrustProxy('10.0.0.1,')).toThrow(/\(empty\)/);
    expect(() => parseTrustProxy('10.0.0.0/33')).toThrow(/10\.0\.0\.0\/33/);
    expect(() => parseTrustProxy('300.1.1.1')).toThrow(/300/);
    expect(() => parseTrustProxy('99')).toThrow(/hop count/);
  });
});

describe('the client address Express derives from the parsed setting', () => {
  async function clientIp(trust: TrustProxy, forwardedFor: string): Promise<string> {
    const app = express();
    app.set('trust proxy', trust);
    app.get('/', (req, res) => {
      res.send(req.ip);
    });
    const server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const res = await fetch(`http://127.0.0.1:${port}/`, { headers: { 'x-forwarded-for': forwardedFor } });
      return (await res.text()).replace(/^::ffff:/, '');
    } finally {
      server.close();
    }
  }

  it('with one hop, takes the address the proxy appended, not what the client wrote before it', async () => {
    expect(await clientIp(parseTrustProxy('1'), '6.6.6.6, 203.0.113.7')).toBe('203.0.113.7');
  });

  it('with two hops, skips the second proxy too', async () => {
    expect(await clientIp(parseTrustProxy('2'), '6.6.6.6, 203.0.113.7, 10.0.0.2')).toBe('203.0.113.7');
  });

  it('with a list, skips only hops at the listed addresses', async () => {
    expect(await clientIp(parseTrustProxy('127.0.0.1,10.0.0.0/8'), '6.6.6.6, 203.0.113.7, 10.0.0.2')).toBe('203.0.113.7');
  });

  it('with nothing trusted, ignores the header', async () => {
    expect(await clientIp(parseTrustProxy('0'), '6.6.6.6')).toBe('127.0.0.1');
  });
});
