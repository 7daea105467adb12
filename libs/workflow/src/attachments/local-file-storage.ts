import { createHash, randomBytes } from 'node:crypto';
import { mkdir, open, readdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { AttachmentTooLargeError } from './attachment-errors';
import type { FileStorage, StagedFile } from './file-storage';
import { HEAD_BYTES, TAIL_BYTES } from './media-types';

const REF = /^[0-9a-f]{32}$/;
const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const KEY = /^[0-9a-f]{2}\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const STAGING = 'tmp';

/**
 * Files on the local disk, under `root` (`<DATA_DIR>/files`): `tmp/<random>` while a file is
 * received, then `<first two hex digits of the id>/<attachment id>`. Every path is built from
 * names this class makes or checks against a strict pattern; nothing the client sent is ever
 * part of one. The staging folder is inside the root, so the final rename stays on one file
 * system and is atomic; the file and its folder are fsynced so a kept file survives a crash.
 */
export class LocalFileStorage implements FileStorage {
  constructor(private readonly root: string) {}

  async stage(source: Readable, maxBytes: number): Promise<StagedFile> {
    const staging = join(this.root, STAGING);
    await mkdir(staging, { recursive: true, mode: 0o700 });
    const ref = randomBytes(16).toString('hex');
    const path = join(staging, ref);
    const hash = createHash('sha256');
    const head: Buffer[] = [];
    let headLength = 0;
    let tail: Buffer[] = [];
    let tailLength = 0;
    let size = 0;
    const file = await open(path, 'wx', 0o600);
    try {
      for await (const data of source) {
        const chunk = Buffer.isBuffer(data) ? data : Buffer.from(data as string);
        size += chunk.length;
        if (size > maxBytes) throw new AttachmentTooLargeError(maxBytes);
        hash.update(chunk);
        if (headLength < HEAD_BYTES) {
          head.push(chunk.subarray(0, HEAD_BYTES - headLength));
          headLength += Math.min(chunk.length, HEAD_BYTES - headLength);
        }
        tail.push(chunk);
        tailLength += chunk.length;
        if (tailLength > 2 * TAIL_BYTES) {
          const joined = Buffer.concat(tail).subarray(-TAIL_BYTES);
          tail = [joined];
          tailLength = joined.length;
        }
        for (let written = 0; written < chunk.length;) {
          written += (await file.write(chunk, written)).bytesWritten;
        }
      }
      await file.sync();
    } catch (error) {
      await file.close().catch(() => undefined);
      await rm(path, { force: true });
      throw error;
    }
    await file.close();
    return {
      ref,
      size,
      sha256: hash.digest('hex'),
      head: Buffer.concat(head),
      tail: Buffer.concat(tail).subarray(-TAIL_BYTES),
    };
  }

  async keep(staged: StagedFile, id: string): Promise<string> {
    if (!ID.test(id)) throw new Error(`not an attachment id: ${id}`);
    const key = `${id.slice(0, 2)}/${id}`;
    const folder = join(this.root, id.slice(0, 2));
    await mkdir(folder, { recursive: true, mode: 0o700 });
    // Ids are fresh random UUIDs, so the target never exists: rename cannot replace a kept file.
    await rename(this.stagedPath(staged), join(this.root, key));
    await syncFolder(folder);
    return key;
  }

  async discard(staged: StagedFile): Promise<void> {
    await rm(this.stagedPath(staged), { force: true });
  }

  async remove(key: string): Promise<void> {
    await rm(this.keptPath(key), { force: true });
  }

  async open(key: string): Promise<Readable> {
    const file = await open(this.keptPath(key), 'r');
    return file.createReadStream();
  }

  /** Staged copies older than `olderThanMs` (left by a crash while receiving): deleted. */
  async sweepStaging(olderThanMs: number, now: Date = new Date()): Promise<number> {
    const staging = join(this.root, STAGING);
    const names = await readdir(staging).catch(() => [] as string[]);
    let removed = 0;
    for (const name of names.filter((n) => REF.test(n))) {
      const info = await stat(join(staging, name)).catch(() => undefined);
      if (info && now.getTime() - info.mtimeMs > olderThanMs) {
        await rm(join(staging, name), { force: true });
        removed++;
      }
    }
    return removed;
  }

  private stagedPath(staged: StagedFile): string {
    if (!REF.test(staged.ref)) throw new Error('not a staged file of this storage');
    return join(this.root, STAGING, staged.ref);
  }

  private keptPath(key: string): string {
    if (!KEY.test(key)) throw new Error(`not a storage key: ${key}`);
    return join(this.root, key);
  }
}

/** Makes a rename in `folder` durable (POSIX); file systems that cannot sync a folder are skipped. */
async function syncFolder(folder: string): Promise<void> {
  const handle = await open(folder, 'r').catch(() => undefined);
  if (!handle) return;
  try {
    await handle.sync();
  } catch {
    // e.g. EINVAL/EPERM on file systems without directory fsync: the rename itself stands.
  } finally {
    await handle.close();
  }
}
