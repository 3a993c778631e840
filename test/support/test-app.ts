import 'reflect-metadata';
import type { INestApplication } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { getDataSourceToken } from '@nestjs/typeorm';
import { createApp } from '../../server/src/bootstrap';
import { loadConfig, type AppConfig } from '../../server/src/platform/config/app-config';
import type { Clock } from '../../server/src/platform/clock/clock';
import type { Infrastructure } from '../../server/src/platform/embedded/infrastructure';
import { GqlClient } from './gql-client';

export interface TestApp {
  app: INestApplication;
  config: AppConfig;
  url: string;
  db: DataSource;
  databaseUrl: string;
  /** A fresh, signed-out GraphQL client with its own cookie jar. */
  client(): GqlClient;
  close(): Promise<void>;
}

/**
 * Overrides for suites that build their fixtures by posting fast through the API (hundreds of replies by one
 * user in seconds). The flood-control suite itself runs on the real defaults.
 */
export const UNLIMITED_POSTING: Record<string, string> = {
  POST_RATE_LIMIT_NEW_ACCOUNT_PER_MINUTE: '100000',
  POST_RATE_LIMIT_PER_MINUTE: '100000',
  POST_RATE_LIMIT_STAFF_PER_MINUTE: '100000',
  EDIT_RATE_LIMIT_PER_MINUTE: '100000',
};

function env(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run tests through jest so test/support/global-setup.ts runs`);
  return value;
}

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/**
 * Boots the real app on a random port against a database cloned from the migrated template
 * (isolated per test file) and a Meilisearch index prefix of its own.
 */
export async function startTestApp(overrides: Record<string, string> = {}, options: { clock?: Clock } = {}): Promise<TestApp> {
  const suffix = randomBytes(5).toString('hex');
  const database = `tl_t_${suffix}`;
  const adminUrl = env('TL_TEST_ADMIN_URL');
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${database} TEMPLATE ${env('TL_TEST_TEMPLATE_DB')}`);
  await admin.end();
  const databaseUrl = withDatabase(adminUrl, database);
  return bootTestApp(databaseUrl, `t${suffix}_`, overrides, options, async () => {
    const c = new Client({ connectionString: adminUrl });
    await c.connect();
    await c.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await c.end();
  });
}

/**
 * Another instance of the same site (issue 12): a second app in this process on the first one's database and
 * Meilisearch index, as a second machine behind a load balancer would be. Closing it leaves the database to the first.
 */
export async function joinTestApp(first: TestApp, overrides: Record<string, string> = {}, options: { clock?: Clock } = {}): Promise<TestApp> {
  return bootTestApp(first.databaseUrl, first.config.meiliIndexPrefix, overrides, options, async () => undefined);
}

/** An app on a database the caller made and drops (an empty one, say, to watch migrations run). */
export async function startTestAppOnDatabase(databaseUrl: string, overrides: Record<string, string> = {}): Promise<TestApp> {
  return bootTestApp(databaseUrl, `t${randomBytes(5).toString('hex')}_`, overrides, {}, async () => undefined);
}

async function bootTestApp(
  databaseUrl: string,
  indexPrefix: string,
  overrides: Record<string, string>,
  options: { clock?: Clock },
  dropDatabase: () => Promise<void>,
): Promise<TestApp> {
  // Attachments go to a folder of this app's own, removed when it closes (a suite may name its own instead).
  const uploadsDir = overrides.UPLOADS_DIR ? null : mkdtempSync(join(tmpdir(), 'tl-test-uploads-'));
  // Mail written as .eml files goes to a folder of this app's own too (tests read the messages there).
  const mailDir = overrides.MAIL_DIR ? null : mkdtempSync(join(tmpdir(), 'tl-test-mail-'));
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    DATABASE_URL: databaseUrl,
    MEILI_URL: env('TL_TEST_MEILI_URL'),
    MEILI_MASTER_KEY: env('TL_TEST_MEILI_KEY'),
    MEILI_INDEX_PREFIX: indexPrefix,
    DATA_DIR: join(__dirname, '..', '..', '.data', 'test-unused'),
    PORT: '0',
    // Scheduled jobs (pg-boss) only where a suite tests them: the others call the services at an instant they set.
    JOBS: '0',
    ...(uploadsDir ? { UPLOADS_DIR: uploadsDir } : {}),
    ...(mailDir ? { MAIL_DIR: mailDir } : {}),
    ...overrides,
  });
  const infra: Infrastructure = {
    databaseUrl,
    meiliUrl: config.meiliUrl!,
    meiliMasterKey: config.meiliMasterKey!,
    embedded: { postgres: false, meilisearch: false },
    clock: options.clock,
    stop: async () => undefined,
  };
  const app = await createApp(config, infra);
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as import('node:net').AddressInfo;
  const url = `http://127.0.0.1:${address.port}`;
  const db = app.get<DataSource>(getDataSourceToken());
  return {
    app,
    config,
    url,
    db,
    databaseUrl,
    client: () => new GqlClient(url),
    async close() {
      await app.close();
      await dropDatabase();
      if (uploadsDir) rmSync(uploadsDir, { recursive: true, force: true });
      if (mailDir) rmSync(mailDir, { recursive: true, force: true });
    },
  };
}
