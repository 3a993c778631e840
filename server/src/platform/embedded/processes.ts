import { spawn } from 'node:child_process';
import type { Socket } from 'node:net';

export type StopSignal = 'INT' | 'TERM';

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
