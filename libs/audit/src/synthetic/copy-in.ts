import type { Client } from 'pg';

/** The part of pg's connection a COPY FROM STDIN needs. */
interface CopyConnection {
  query(text: string): void;
  sendCopyFromChunk(chunk: Buffer): void;
  endCopyFrom(): void;
}

/**
 * `COPY … FROM STDIN` through the `pg` client, without another package: a query object that pg
 * submits like any other (its "Submittable" interface, the one pg-cursor and pg-copy-streams
 * use) and that answers the server's CopyInResponse with the rows. The rows are already in
 * COPY text format; sending happens as the socket drains, so the caller may prepare the next
 * batch meanwhile.
 */
class CopyInQuery {
  private error: Error | undefined;
  private rowCount = 0;
  readonly done: Promise<number>;
  private settle!: (error: Error | undefined, rows: number) => void;

  constructor(
    private readonly text: string,
    private readonly chunks: readonly Buffer[],
  ) {
    this.done = new Promise<number>((resolve, reject) => {
      this.settle = (error, rows) => (error ? reject(error) : resolve(rows));
    });
  }

  submit(connection: CopyConnection): void {
    connection.query(this.text);
  }

  handleCopyInResponse(connection: CopyConnection): void {
    for (const chunk of this.chunks) connection.sendCopyFromChunk(chunk);
    connection.endCopyFrom();
  }

  handleCommandComplete(message: { text?: string }): void {
    this.rowCount = Number(/\d+$/.exec(message.text ?? '')?.[0] ?? 0);
  }

  handleError(error: Error): void {
    this.error = error;
  }

  handleReadyForQuery(): void {
    this.settle(this.error, this.rowCount);
  }

  // Messages a COPY FROM never receives; present so pg finds every handler it may call.
  handleRowDescription(): void {}
  handleDataRow(): void {}
  handleEmptyQuery(): void {}
  handlePortalSuspended(): void {}
  handleCopyData(): void {}
}

const CHUNK = 1 << 20;

/** Splits a long COPY text into protocol messages of at most 1 MiB. */
function chunksOf(text: string): Buffer[] {
  const all = Buffer.from(text, 'utf8');
  const chunks: Buffer[] = [];
  for (let at = 0; at < all.length; at += CHUNK) chunks.push(all.subarray(at, at + CHUNK));
  return chunks;
}

/** Sends rows (COPY text format, one per line) into `table (columns)`; resolves with the row count. */
export function copyIn(client: Client, table: string, columns: readonly string[], rows: string): Promise<number> {
  if (rows.length === 0) return Promise.resolve(0);
  const query = new CopyInQuery(`COPY ${table} (${columns.join(', ')}) FROM STDIN`, chunksOf(rows));
  void client.query(query as never);
  return query.done;
}

/** One value in COPY text format: NULL as \N, and backslash, tab, newline and carriage return escaped. */
export function copyValue(value: unknown): string {
  if (value === null || value === undefined) return '\\N';
  let text: string;
  if (value instanceof Date) text = value.toISOString();
  else if (typeof value === 'boolean') text = value ? 't' : 'f';
  else if (typeof value === 'string') text = value;
  else if (typeof value === 'number' || typeof value === 'bigint') text = String(value);
  else text = JSON.stringify(value);
  return /[\\\t\n\r]/.test(text)
    ? text.replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r'))
    : text;
}

/** A row in COPY text format, ending with a newline. */
export const copyLine = (values: readonly unknown[]): string => `${values.map(copyValue).join('\t')}\n`;
