import pino, { type DestinationStream, type Logger, type LoggerOptions } from 'pino';

/** Request and identity fields that must never reach a log line. */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-api-key"]',
  'res.headers["set-cookie"]',
  '*.password',
  '*.refreshToken',
  '*.accessToken',
];

/** Only these error fields: PostgreSQL's `detail` and `parameters` can carry personal data. */
export const errorSerializer = (e: Error & { code?: string }) => ({
  type: e?.name,
  message: e?.message,
  code: e?.code,
  stack: e?.stack,
});

export function loggerOptions(level: string, service: string): LoggerOptions {
  return {
    level,
    base: { service },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    serializers: { err: errorSerializer },
    formatters: { level: (label) => ({ level: label }) },
  };
}

/** `destination` lets tests read the log lines; by default pino writes JSON lines to stdout. */
export function createLogger(level: string, service: string, destination?: DestinationStream): Logger {
  return destination ? pino(loggerOptions(level, service), destination) : pino(loggerOptions(level, service));
}

export type { Logger };
