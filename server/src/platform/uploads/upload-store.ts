import { Inject, Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { chmodSync, createWriteStream, mkdirSync, type WriteStream } from 'node:fs';
import { open, rename, rm, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { APP_CONFIG, type AppConfig } from '../config/app-config';

/** A storage key: 24 random bytes in hex. Never a name a user chose, so no path can be smuggled in. */
const KEY = /^[0-9a-f]{48}$/;

export const isStorageKey = (key: string): boolean => KEY.test(key);

/** A file being written: it becomes visible under its key only when committed. */
export interface PendingUpload {
  key: string;
  path: string;
  stream: WriteStream;
}

/**
 * Uploaded files on disk, under UPLOADS_DIR (default `<DATA_DIR>/uploads`, only its owner may enter): each under a
 * random key, written to `<key>.part` first and renamed when complete, so a crash or a refused upload never leaves a
 * file under a real key. Callers keep the key in the database and remove the file when its row is not written.
 */
@Injectable()
export class UploadStore {
  /** The folder is made on the first upload, not at boot: CLI commands and servers that never take one leave no trace. */
  private folderReady = false;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** A new, empty file under a fresh random key (`wx`: never an existing one), open for writing. */
  begin(): PendingUpload {
    if (!this.folderReady) {
      // Synchronous once per process (two syscalls), so the caller can attach to the upload's stream at once.
      mkdirSync(this.config.uploadsDir, { recursive: true, mode: 0o700 });
      chmodSync(this.config.uploadsDir, 0o700);
      this.folderReady = true;
    }
    const key = randomBytes(24).toString('hex');
    const path = join(this.config.uploadsDir, `${key}.part`);
    return { key, path, stream: createWriteStream(path, { flags: 'wx', mode: 0o600 }) };
  }

  /** Makes a fully written upload visible under its key. */
  async commit(key: string): Promise<void> {
    await rename(this.partPath(key), this.path(key));
  }

  /** Removes an upload, written or not; nothing to remove is fine. */
  async remove(key: string): Promise<void> {
    await Promise.all([rm(this.partPath(key), { force: true }), rm(this.path(key), { force: true })]);
  }

  /** The committed file, open for reading; null when it is missing. */
  async open(key: string): Promise<FileHandle | null> {
    try {
      return await open(this.path(key), 'r');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw err;
    }
  }

  private path(key: string): string {
    if (!isStorageKey(key)) throw new Error('Not a storage key');
    return join(this.config.uploadsDir, key);
  }

  private partPath(key: string): string {
    return `${this.path(key)}.part`;
  }
}
