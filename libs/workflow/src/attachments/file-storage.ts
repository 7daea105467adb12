import type { Readable } from 'node:stream';

/** Injection token of the FileStorage (local disk by default). */
export const FILE_STORAGE = Symbol('FILE_STORAGE');

/** Bytes received and measured, not yet kept: the storage's temporary copy. */
export interface StagedFile {
  /** The storage's own handle of the temporary copy (never a client-supplied name). */
  readonly ref: string;
  readonly size: number;
  /** Hex SHA-256 of the bytes, computed while they were received. */
  readonly sha256: string;
  /** The first bytes and the last ones, for recognising the type from the content. */
  readonly head: Buffer;
  readonly tail: Buffer;
}

/**
 * Where attachment bytes live. Two steps so that the database and the files stay in step:
 * `stage` receives the bytes into a temporary place (nothing visible yet); `keep` moves them
 * to their permanent place under the attachment's id, atomically and durably. A failure before
 * `keep` is undone by `discard`, one after it by `remove`.
 */
export interface FileStorage {
  /**
   * Receives a stream; refuses with AttachmentTooLargeError as soon as more than `maxBytes`
   * arrive, leaving nothing behind.
   */
  stage(source: Readable, maxBytes: number): Promise<StagedFile>;
  /** Moves the staged bytes to their permanent place for attachment `id`; returns the storage key. */
  keep(staged: StagedFile, id: string): Promise<string>;
  /** Drops a staged copy that was not kept. Idempotent. */
  discard(staged: StagedFile): Promise<void>;
  /** Deletes a kept file (undo of `keep` when its row could not be written). Idempotent. */
  remove(key: string): Promise<void>;
  /** The bytes of a kept file. */
  open(key: string): Promise<Readable>;
}
