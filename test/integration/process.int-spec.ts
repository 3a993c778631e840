import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
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
  return out.split('\n').filter(Boolean).map((line) => {
    const [p, ...cmd] = line.trim().split(/\s+/);
    return { pid: Number(p), cmd: cmd.join(' ') };
  });
}

/** Starts the real entry point on a port the OS picks, and resolves once it prints its URL and /readyz answers. */
async function startServer(dataDir: string): Promise<{ child: ChildProcess; port: number; output: () => string }> {
  const child = spawn(process.execPath, [MAIN], { env: env({ DATA_DIR: dataDir, PORT: '0' }), stdio: ['ignore', 'pipe', 'pipe'] });
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
  const res = await fetch(`http://127.0.0.1:${port}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
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
      const signUp = await gql(firstPort, `mutation { signUp(input: { email: "keep@example.com", displayName: "Keeper", password: "kept across restarts" }) { user { id } } }`);
      expect(signUp.errors).toBeUndefined();
      const children = childPids(first.pid!);
      expect(children.some((c) => c.cmd.includes('postgres'))).toBe(true);
      expect(children.some((c) => c.cmd.includes('meilisearch'))).toBe(true);
      first.kill('SIGTERM');
      expect(await exited(first, 30_000)).toBe(0);
      for (const c of children) expect(spawnSync('kill', ['-0', String(c.pid)]).status).not.toBe(0);

      const { child: second, port: secondPort } = await startServer(dataDir);
      const signIn = await gql(secondPort, `mutation { signIn(input: { email: "keep@example.com", password: "kept across restarts" }) { user { displayName } } }`);
      expect(signIn.data?.signIn.user.displayName).toBe('Keeper');
      second.kill('SIGTERM');
      expect(await exited(second, 30_000)).toBe(0);
    });

    it('logs and exits non-zero when an embedded service dies, instead of running half-alive', async () => {
      const { child: server, output } = await startServer(dataDir);
      const meili = childPids(server.pid!).find((c) => c.cmd.includes('meilisearch'))!;
      process.kill(meili.pid, 'SIGKILL');
      expect(await exited(server, 30_000)).not.toBe(0);
      expect(output()).toMatch(/Meilisearch exited unexpectedly/);
    });
  });
});
