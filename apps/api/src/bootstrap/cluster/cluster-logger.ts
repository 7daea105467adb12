import pino from 'pino';
import { createLogger, type Logger } from '@kntc/config';

/**
 * Below PIPE_BUF (4 KiB on Linux) a write to a pipe is atomic. The primary and its workers share
 * one stdout, and pino batches lines into writes of up to 16 KiB, which could then interleave
 * mid-line; batches of whole lines under this size cannot.
 */
const PIPE_BUF = 4096;

/** The API's logger in a cluster: every line names the process (`worker` = its slot). */
export function createClusterLogger(level: string, bindings: Record<string, string | number>): Logger {
  return createLogger(level, 'api', pino.destination({ dest: 1, maxWrite: PIPE_BUF })).child({
    ...bindings,
    pid: process.pid,
  });
}
