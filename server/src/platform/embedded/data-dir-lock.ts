import { rmSync } from 'node:fs';
import { join } from 'node:path';
import lockfile from 'proper-lockfile';
import { readJsonFile, writeSecretFile } from './data-dir';
import { isRunning, processIdentity, stopProcess, type StopSignal } from './processes';

/** A second Threadline on the same data folder: reported in one line, never started. */
export class DataDirInUseError extends Error {}

interface ServiceRecord {
  pid: number;
  identity?: string;
  signal: StopSignal;
}

/** `threadline.pid`: who owns the data folder, and the services it started there. */
interface OwnerRecord {
  pid: number;
  identity?: string;
  services: Record<string, ServiceRecord>;
}

export interface DataDirLock {
  /** Remembers a service as soon as it is spawned, so that a later start can stop it if we die without doing so. */
  recordService(name: string, pid: number, signal: StopSignal): void;
  forgetService(name: string): void;
  release(): void;
}

const OWNER_FILE = 'threadline.pid';

/**
 * Claims the data folder for this process, for as long as it runs. The claim is `threadline.pid` (our pid and
 * start time); it is checked and written under a short-lived proper-lockfile mutex, so two starts at the same
 * moment cannot both take it. A claim whose process is gone (killed with SIGKILL, out of memory) is stale: the
 * services it recorded that still run are stopped first, so that one data folder never has two servers.
 * Liveness is the pid plus its start time rather than proper-lockfile's mtime heartbeat, which would keep a
 * restart after a crash waiting for the heartbeat to go stale, and would call a long event-loop stall a loss.
 */
export async function lockDataDir(dataDir: string, log: (message: string) => void): Promise<DataDirLock> {
  const ownerFile = join(dataDir, OWNER_FILE);
  let unlockMutex: () => Promise<void>;
  try {
    unlockMutex = await lockfile.lock(dataDir, {
      lockfilePath: join(dataDir, 'threadline.lock'),
      realpath: false,
      stale: 10_000,
      retries: { retries: 10, minTimeout: 50, maxTimeout: 200 },
      onCompromised: () => undefined,
    });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ELOCKED') {
      throw new DataDirInUseError(`Another Threadline is starting on ${dataDir}: wait for it, or set DATA_DIR to another folder`);
    }
    throw err;
  }
  const record: OwnerRecord = { pid: process.pid, identity: processIdentity(process.pid), services: {} };
  try {
    const previous = readJsonFile<OwnerRecord>(ownerFile);
    // Our own pid counts too: a second claim from this process would otherwise stop our own services.
    if (previous && isRunning(previous.pid, previous.identity)) {
      throw new DataDirInUseError(`Threadline is already running on ${dataDir} (pid ${previous.pid}): stop it first, or set DATA_DIR to another folder`);
    }
    for (const [name, service] of Object.entries(previous?.services ?? {})) {
      if (!isRunning(service.pid, service.identity)) continue;
      log(`Stopping ${name} (pid ${service.pid}), left running on ${dataDir} by a Threadline that died (pid ${previous!.pid})`);
      await stopProcess(service.pid, service.identity, service.signal, 15_000);
    }
    writeSecretFile(ownerFile, JSON.stringify(record));
  } finally {
    await unlockMutex().catch(() => undefined);
  }

  const save = () => writeSecretFile(ownerFile, JSON.stringify(record));
  // Any exit that runs JavaScript (process.exit, an uncaught error) gives the folder back; SIGKILL leaves a stale
  // claim that the next start recognises by the dead pid.
  const releaseOnExit = () => {
    const current = readJsonFile<OwnerRecord>(ownerFile);
    if (current?.pid === record.pid && current.identity === record.identity) rmSync(ownerFile, { force: true });
  };
  process.on('exit', releaseOnExit);
  return {
    recordService(name, pid, signal) {
      record.services[name] = { pid, identity: processIdentity(pid), signal };
      save();
    },
    forgetService(name) {
      delete record.services[name];
      save();
    },
    release() {
      process.off('exit', releaseOnExit);
      releaseOnExit();
    },
  };
}
