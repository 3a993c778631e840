import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// The real entry point, as `npm start` runs it (scripts/test.mjs builds the server first).
const MAIN = join(__dirname, '..', '..', 'server', 'dist', 'server', 'src', 'main.js');

function env(extra: Record<string, string>): NodeJS.ProcessEnv {
  const { DATABASE_URL: _d, MEILI_URL: _m, MEILI_MASTER_KEY: _k, ...rest } = process.env;
  return { ...rest, LOG_LEVEL: 'warn', NODE_ENV: 'production', ...extra };
}

function exited(child: ChildProcess, timeoutMs: number): Promise<number | null> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('process did not exit in time')), timeoutMs);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
}

function childPids(pid: number): Array<{ pid: number; cmd: string }> {
  const out = spawnSync('ps', ['-o', 'pid=,args=', '--ppid', String(pid)], { encoding: 'utf8' }).stdout;
  return out
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [p, ...cmd] = line.trim().split(/\s+/);
      return { pid: Number(p), cmd: cmd.join(' ') };
    });
}

/** Pid and command line of every running process whose command line mentions `text`. */
function processesMentioning(text: string): Array<{ pid: number; cmd: string }> {
  const out = spawnSync('ps', ['-ww', '-e', '-o', 'pid=,stat=,args='], { encoding: 'utf8' }).stdout;
  return out
    .split('\n')
    .filter(Boolean)
    .flatMap((line) => {
      const [p, stat, ...cmd] = line.trim().split(/\s+/);
      // A zombie has exited already; it only waits for its parent to collect its status.
      return stat.startsWith('Z') || !cmd.join(' ').includes(text) ? [] : [{ pid: Number(p), cmd: cmd.join(' ') }];
    });
}

function running(pid: number): boolean {
  const stat = spawnSync('ps', ['-o', 'stat=', '-p', String(pid)], { encoding: 'utf8' }).stdout.trim();
  return stat !== '' && !stat.startsWith('Z');
}

/** Resolves once none of the pids runs; rejects after timeoutMs naming those that do. */
async function gone(pids: number[], timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (pids.some(running)) {
    if (Date.now() > deadline) throw new Error(`still running: ${pids.filter(running).join(', ')}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The server's embedded services (and the guards that stop them if it dies), found among its children. */
function services(serverPid: number) {
  const children = childPids(serverPid);
  return {
    all: children.map((c) => c.pid),
    postgres: children.find((c) => c.cmd.includes('native/bin/postgres'))!,
    meili: children.find((c) => c.cmd.includes('meilisearch --db-path'))!,
    guards: children.filter((c) => c.cmd.includes('threadline-guard')),
  };
}

/**
 * Sends a GraphQL request's headers and waits for "100 Continue": from then on the server holds the request (in
 * flight) until `finish` sends the body. Node answers the 100 just before it hands the request to the app.
 */
async function requestInFlight(port: number, query: string) {
  const body = Buffer.from(JSON.stringify({ query }));
  const socket = connect(port, '127.0.0.1');
  let received = '';
  const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
  socket.on('data', (chunk) => (received += chunk));
  socket.on('error', () => undefined);
  socket.write(
    `POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n` +
      `Expect: 100-continue\r\nConnection: close\r\n\r\n`,
  );
  const deadline = Date.now() + 30_000;
  while (!received.includes('100 Continue')) {
    if (Date.now() > deadline || socket.destroyed) throw new Error(`no 100 Continue: ${received}`);
    await new Promise((r) => setTimeout(r, 20));
  }
  return {
    async finish(): Promise<{ status: number; body: string }> {
      socket.write(body);
      await closed;
      const response = received.slice(received.lastIndexOf('HTTP/1.1 '));
      return { status: Number(response.slice(9, 12)), body: response.slice(response.indexOf('\r\n\r\n') + 4) };
    },
  };
}

async function waitFor(output: () => string, pattern: RegExp, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (!pattern.test(output())) {
    if (Date.now() > deadline) throw new Error(`never logged ${pattern}: ${output()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Starts the real entry point on a port the OS picks, and resolves once it prints its URL and /readyz answers. */
async function startServer(dataDir: string, extra: Record<string, string> = {}): Promise<{ child: ChildProcess; port: number; output: () => string }> {
  const child = spawn(process.execPath, [MAIN], { env: env({ DATA_DIR: dataDir, PORT: '0', ...extra }), stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (c) => (output += c));
  child.stderr!.on('data', (c) => (output += c));
  const deadline = Date.now() + 60_000;
  let port = 0;
  while (!port) {
    port = Number(/Threadline is ready: http:\/\/[\d.]+:(\d+)\//.exec(output)?.[1] ?? 0);
    if (child.exitCode !== null) throw new Error(`server exited: ${output}`);
    if (Date.now() > deadline) throw new Error(`server did not start: ${output}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  await readyz(port);
  return { child, port, output: () => output };
}

async function gql(port: number, query: string): Promise<{ data?: any; errors?: unknown[] }> {
  const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  return res.json();
}

async function readyz(port: number, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/readyz`)).ok) return;
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('not ready');
}

const describeBuilt = existsSync(MAIN) ? describe : describe.skip;
if (!existsSync(MAIN)) console.warn(`\n!!! SKIPPED: process tests need the built server (${MAIN}); run them through npm test !!!\n`);

describeBuilt('the server process', () => {
  it('exits with one line naming the variable when a setting is bad', () => {
    const result = spawnSync(process.execPath, [MAIN], { env: env({ PORT: 'eighty' }), encoding: 'utf8', timeout: 30_000 });
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^Invalid configuration: PORT: /)]);
  });

  describe('on embedded services', () => {
    let dataDir: string;
    beforeEach(() => {
      dataDir = mkdtempSync(join(tmpdir(), 'threadline-proc-'));
    });
    afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

    it('stops PostgreSQL and Meilisearch and exits 0 on SIGTERM, and reuses the data on the next start', async () => {
      const { child: first, port: firstPort } = await startServer(dataDir);
      const signUp = await gql(
        firstPort,
        `mutation { signUp(input: { email: "keep@example.com", displayName: "Keeper", password: "kept across restarts" }) { user { id } } }`,
      );
      expect(signUp.errors).toBeUndefined();
      const children = childPids(first.pid!);
      expect(children.some((c) => c.cmd.includes('postgres'))).toBe(true);
      expect(children.some((c) => c.cmd.includes('meilisearch'))).toBe(true);
      first.kill('SIGTERM');
      expect(await exited(first, 30_000)).toBe(0);
      // kill -0 exits 1 for a pid that is gone (anything but 0 would also pass for a missing kill binary).
      for (const c of children) expect(spawnSync('kill', ['-0', String(c.pid)]).status).toBe(1);

      const { child: second, port: secondPort } = await startServer(dataDir);
      const signIn = await gql(
        secondPort,
        `mutation { signIn(input: { email: "keep@example.com", password: "kept across restarts" }) { user { displayName } } }`,
      );
      expect(signIn.data?.signIn.user.displayName).toBe('Keeper');
      second.kill('SIGTERM');
      expect(await exited(second, 30_000)).toBe(0);
    });

    it('when Meilisearch dies: /readyz says 503, the request in flight finishes, then PostgreSQL stops and the exit is non-zero', async () => {
      const { child: server, port, output } = await startServer(dataDir);
      const before = services(server.pid!);
      const held = await requestInFlight(port, '{ forums { id } }');

      process.kill(before.meili.pid, 'SIGKILL');
      await waitFor(output, /Embedded Meilisearch exited unexpectedly/);
      const ready = await fetch(`http://127.0.0.1:${port}/readyz`);
      expect(ready.status).toBe(503);
      // New work is turned away while the request already in flight is served.
      const refused = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ forums { id } }' }),
      });
      expect(refused.status).toBe(503);
      const answer = await held.finish();
      expect(answer.status).toBe(200);
      expect(JSON.parse(answer.body)).toEqual({ data: { forums: [] } });

      expect(await exited(server, 30_000)).toBe(1);
      await gone(before.all, 5_000);
      expect(readdirSync(dataDir)).not.toContain('threadline.pid');
    });

    it('when PostgreSQL dies, stops Meilisearch before exiting instead of leaving it running', async () => {
      const { child: server, output } = await startServer(dataDir);
      const before = services(server.pid!);
      process.kill(before.postgres.pid, 'SIGKILL');
      expect(await exited(server, 30_000)).toBe(1);
      expect(output()).toMatch(/Embedded PostgreSQL exited unexpectedly/);
      // Stopped before the exit, not eventually: nothing of ours is left on the data folder.
      expect(running(before.meili.pid)).toBe(false);
      expect(processesMentioning(dataDir)).toEqual([]);
    });

    it('refuses a second start on the same data folder at once, in one line, and leaves the first one alone', async () => {
      const { child: first, port } = await startServer(dataDir);
      const before = services(first.pid!);
      const second = spawnSync(process.execPath, [MAIN], { env: env({ DATA_DIR: dataDir, PORT: '0' }), encoding: 'utf8', timeout: 30_000 });
      expect(second.status).toBe(1);
      expect(second.stdout).toBe('');
      expect(second.stderr.trim().split('\n')).toEqual([
        `Threadline is already running on ${dataDir} (pid ${first.pid}): stop it first, or set DATA_DIR to another folder`,
      ]);
      expect(processesMentioning(`${dataDir}/meili `)).toHaveLength(1);
      expect(services(first.pid!).all).toEqual(before.all);
      expect((await fetch(`http://127.0.0.1:${port}/readyz`)).status).toBe(200);
      first.kill('SIGTERM');
      expect(await exited(first, 30_000)).toBe(0);
    });

    it('leaves no PostgreSQL or Meilisearch behind when the server is killed with SIGKILL, and starts again on the same data', async () => {
      const { child: first } = await startServer(dataDir);
      const before = services(first.pid!);
      first.kill('SIGKILL');
      // Killed by a signal: no exit code.
      expect(await exited(first, 30_000)).toBeNull();
      await gone(before.all, 20_000);

      const { child: second } = await startServer(dataDir);
      second.kill('SIGTERM');
      expect(await exited(second, 30_000)).toBe(0);
    });

    it('with WEB_CONCURRENCY=2 serves from two workers on one port, then stops them and the services on SIGTERM', async () => {
      const { child, port, output } = await startServer(dataDir, { WEB_CONCURRENCY: '2' });
      expect(output()).toMatch(/Threadline is ready: http:\/\/[\d.]+:\d+\/ \(2 workers\)/);
      const children = childPids(child.pid!);
      const workers = children.filter((c) => c.cmd.includes('main.js'));
      expect(workers).toHaveLength(2);
      expect(children.filter((c) => c.cmd.includes('native/bin/postgres'))).toHaveLength(1);
      expect(children.filter((c) => c.cmd.includes('meilisearch --db-path'))).toHaveLength(1);

      // A session made through one worker holds on the others (new connections are dealt round-robin).
      const signUp = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', connection: 'close' },
        body: JSON.stringify({
          query: `mutation { signUp(input: { email: "two@example.com", displayName: "Two Workers", password: "served by either one" }) { user { id } } }`,
        }),
      });
      const cookie = signUp.headers
        .getSetCookie()
        .find((c) => c.startsWith('tl_session='))!
        .split(';')[0];
      for (let i = 0; i < 4; i++) {
        const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', connection: 'close', cookie },
          body: JSON.stringify({ query: `{ me { displayName } }` }),
        });
        expect(((await res.json()) as any).data.me.displayName).toBe('Two Workers');
      }

      child.kill('SIGTERM');
      expect(await exited(child, 30_000)).toBe(0);
      await gone(
        children.map((c) => c.pid),
        10_000,
      );
    });

    it('stops what a dead server left running before starting its own, so one data folder never has two servers', async () => {
      const { child: first } = await startServer(dataDir);
      const left = services(first.pid!);
      // Everything that could stop them is killed too: only the next start can clean up.
      for (const guard of left.guards) process.kill(guard.pid, 'SIGKILL');
      first.kill('SIGKILL');
      // Killed by a signal: no exit code.
      expect(await exited(first, 30_000)).toBeNull();
      expect(running(left.postgres.pid) && running(left.meili.pid)).toBe(true);

      const { child: second, output } = await startServer(dataDir);
      expect(output()).toMatch(/Stopping Embedded Meilisearch \(pid \d+\), left running/);
      expect(running(left.postgres.pid)).toBe(false);
      expect(running(left.meili.pid)).toBe(false);
      expect(processesMentioning(`${dataDir}/meili `).map((p) => p.pid)).toEqual([services(second.pid!).meili.pid]);
      second.kill('SIGTERM');
      expect(await exited(second, 30_000)).toBe(0);
    });
  });
});
