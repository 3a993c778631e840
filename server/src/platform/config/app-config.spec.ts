import { ConfigError, loadConfig } from './app-config';

describe('loadConfig', () => {
  it('applies defaults when nothing is set', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ nodeEnv: 'development', port: 3000, authRateLimitPerMinute: 30, databaseUrl: undefined });
    expect(config.signIn).toEqual({ clientFailures: 5, accountFailures: 20, backoffSeconds: 30, backoffMaxSeconds: 3600, failureMemorySeconds: 86_400 });
    expect(config.posting).toEqual({ newAccountPerMinute: 3, memberPerMinute: 10, staffPerMinute: 60, editsPerMinute: 20, newAccountHours: 24 });
    expect(config.dataDir).toMatch(/\.data$/);
  });

  it('names the variable in a one-line error for a bad value', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/^Invalid configuration: PORT: /);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/);
    expect(() => loadConfig({ MEILI_URL: 'http://127.0.0.1:7700' })).toThrow(/MEILI_MASTER_KEY/);
    expect(() => loadConfig({ ADMIN_EMAIL: 'a@b.co' })).toThrow(/ADMIN_PASSWORD/);
    const message = (() => {
      try {
        loadConfig({ SESSION_TTL_DAYS: '0' });
      } catch (err) {
        return (err as Error).message;
      }
    })();
    expect(message?.split('\n')).toHaveLength(1);
  });

  it('reads TRUST_PROXY as a hop count or a list of proxy addresses, and names it in a one-line error', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.1,10.2.0.0/16' }).trustProxy).toEqual(['10.0.0.1', '10.2.0.0/16']);
    expect(() => loadConfig({ TRUST_PROXY: 'true' })).toThrow(ConfigError);
    expect(() => loadConfig({ TRUST_PROXY: 'true' })).toThrow(/^Invalid configuration: TRUST_PROXY: [^\n]+$/);
  });

  it('reads IMAGE_HOSTS as a list of host names and refuses anything else', () => {
    expect(loadConfig({}).imageHosts).toEqual([]);
    expect(loadConfig({ IMAGE_HOSTS: 'i.imgur.com, *.githubusercontent.com  IMG.example.org' }).imageHosts).toEqual([
      'i.imgur.com',
      '*.githubusercontent.com',
      'img.example.org',
    ]);
    expect(() => loadConfig({ IMAGE_HOSTS: 'https://i.imgur.com' })).toThrow(/^Invalid configuration: IMAGE_HOSTS: https:\/\/i\.imgur\.com is not a host name/);
    expect(() => loadConfig({ IMAGE_HOSTS: 'i.imgur.com,*' })).toThrow(/IMAGE_HOSTS: \* is not a host name/);
    expect(() => loadConfig({ IMAGE_HOSTS: "x.test'; script-src *" })).toThrow(/IMAGE_HOSTS/);
  });

  it('refuses the demo community under NODE_ENV=production unless forced, saying so in one line', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', DEMO: '1' })).toThrow(ConfigError);
    expect(() => loadConfig({ NODE_ENV: 'production', DEMO: '1' })).toThrow(
      /^Invalid configuration: DEMO: refused under NODE_ENV=production, .*published.*; set DEMO_ALLOW_PRODUCTION=1 to seed them anyway$/,
    );
    expect(loadConfig({ NODE_ENV: 'production', DEMO: '1', DEMO_ALLOW_PRODUCTION: '1' })).toMatchObject({ demo: true, demoAllowProduction: true });
    expect(loadConfig({ NODE_ENV: 'development', DEMO: '1' }).demo).toBe(true);
    expect(loadConfig({ NODE_ENV: 'production' }).demo).toBe(false);
  });

  it('treats empty strings as unset', () => {
    expect(loadConfig({ DATABASE_URL: '', MEILI_URL: '' }).databaseUrl).toBeUndefined();
  });
});
