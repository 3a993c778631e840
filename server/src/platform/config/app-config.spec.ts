import { ConfigError, loadConfig } from './app-config';

describe('loadConfig', () => {
  it('applies defaults when nothing is set', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ nodeEnv: 'development', port: 3000, authRateLimitPerMinute: 5, databaseUrl: undefined });
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
