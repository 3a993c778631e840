import { Logger } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { migrations } from '../../migrations';
import { startTestAppOnDatabase, type TestApp } from '../support/test-app';

/**
 * Instances that start together on a database with pending migrations (a rolling deploy, issue 12): each start runs
 * the pending migrations under an advisory lock, so the second waits for the first and finds nothing left to run.
 */
describe('two instances starting together on an empty database', () => {
  const adminUrl = () => process.env.TL_TEST_ADMIN_URL!;
  const name = `tl_t_${randomBytes(5).toString('hex')}`;
  let apps: TestApp[] = [];

  afterAll(async () => {
    await Promise.all(apps.map((t) => t.close()));
    const admin = new Client({ connectionString: adminUrl() });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  });

  it('both start, and every migration ran exactly once', async () => {
    const admin = new Client({ connectionString: adminUrl() });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(adminUrl());
    url.pathname = `/${name}`;
    // A failed migration would be hidden by the connection retry (@nestjs/typeorm tries again after a second), so
    // the retry's log line is watched too: neither start may need it.
    const errors = jest.spyOn(Logger.prototype, 'error');
    // No search worker: these two only share a database.
    const started = await Promise.allSettled([0, 1].map(() => startTestAppOnDatabase(url.toString(), { SEARCH_SYNC: '0' })));
    apps = started.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
    expect(started.map((s) => (s.status === 'rejected' ? String(s.reason) : 'started'))).toEqual(['started', 'started']);
    expect(errors.mock.calls.map(([message]) => String(message)).filter((m) => m.includes('Unable to connect to the database'))).toEqual([]);
    errors.mockRestore();
    const ran: Array<{ name: string }> = await apps[0].db.query(`SELECT name FROM typeorm_migrations ORDER BY id`);
    expect(ran.map((r) => r.name)).toEqual(migrations.map((M) => new M().name));
  });
});
