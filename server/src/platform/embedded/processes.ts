import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Socket } from 'node:net';

export type StopSignal = 'INT' | 'TERM';

let bootId: string | undefined;

/**
 * What tells a process apart from a later one that reuses its pid: its start time (and, on Linux, the boot it
 * started in). Undefined when no such process runs; a zombie counts as gone, since it holds no resources.
 */
export function processIdentity(pid: number): string | undefined {
  if (!Number.isInteger(pid) || pid <= 0) return undefined;
  if (process.platform === 'linux') {
    let stat: string;
    try {
      stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    } catch {
      return undefined;
    }
    // Field 2 (the command name) may hold spaces and parentheses; the fields after the last ')' are fixed:
    // state is field 3, starttime field 22.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (fields[0] === 'Z' || fields[0] === 'X') return undefined;
    bootId ??= readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
    return `${bootId}:${fields[19]}`;
  }
  const ps = spawnSync('ps', ['-o', 'stat=,lstart=', '-p', String(pid)], { encoding: 'utf8' });
  const line = ps.status === 0 ? ps.stdout.trim() : '';
  if (!line || line.startsWith('Z')) return undefined;
  return line.replace(/^\S+\s+/, '');
}

/** True while the process that had this identity still runs (a reused pid does not count). */
export function isRunning(pid: number, identity: string | undefined): boolean {
  const now = processIdentity(pid);
  return now !== undefined && (identity === undefined || now === identity);
}

/** Signals a process, waits up to graceMs for it to go, then kills it. */
export async function stopProcess(pid: number, identity: string | undefined, signal: StopSignal, graceMs: number): Promise<void> {
  if (!isRunning(pid, identity)) return;
  try {
    process.kill(pid, `SIG${signal}`);
  } catch {
    return;
  }
  const deadline = Date.now() + graceMs;
  while (isRunning(pid, identity)) {
    if (Date.now() > deadline) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        /* gone meanwhile */
      }
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

// Reads its stdin until the line "release" (the parent stopped the child itself) or end of file: the parent is
// gone, however it died (SIGKILL, out of memory, a crash in native code), and the child must not outlive it.
const GUARD_SCRIPT = [
  'read -r word',
  '[ "$word" = release ] && exit 0',
  'kill -s "$1" "$2" 2>/dev/null || exit 0',
  'i=0',
  'while kill -0 "$2" 2>/dev/null && [ "$i" -lt 100 ]; do sleep 0.1; i=$((i+1)); done',
  'kill -s KILL "$2" 2>/dev/null',
].join('\n');

export interface OrphanGuard {
  /** The child was stopped (or died) while we ran: the guard leaves without signalling anything. */
  release(): Promise<void>;
}

/**
 * Starts a tiny shell that stops `pid` with `signal` (then SIGKILL after 10 s) as soon as this process dies.
 * Node has no parent-death signal (prctl PR_SET_PDEATHSIG), and PostgreSQL and Meilisearch do not watch their
 * parent, so without it a parent killed with SIGKILL leaves both running. The next start also reaps leftovers
 * through the data folder's lock (data-dir-lock.ts) in case the guard itself was killed.
 */
export function guardAgainstOrphaning(pid: number, signal: StopSignal): OrphanGuard {
  if (process.platform === 'win32') return { release: async () => undefined };
  // Detached: a Ctrl-C in the terminal reaches the process group, and the guard must outlive the parent's shutdown.
  const guard = spawn('/bin/sh', ['-c', GUARD_SCRIPT, 'threadline-guard', signal, String(pid)], {
    stdio: ['pipe', 'ignore', 'ignore'],
    detached: true,
  });
  const exited = new Promise<void>((resolve) => {
    guard.once('exit', () => resolve());
    guard.once('error', () => resolve());
  });
  guard.stdin!.on('error', () => undefined);
  guard.unref();
  (guard.stdin as unknown as Socket).unref?.();
  return {
    release() {
      if (guard.stdin!.writable) guard.stdin!.end('release\n');
      // Held only until the guard has left, so that waiting for it keeps the process alive.
      guard.ref();
      return exited;
    },
  };
}
