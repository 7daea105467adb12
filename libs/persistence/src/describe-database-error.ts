import { EmbeddedPostgresError } from './embedded/embedded-postgres.server';

const maskPassword = (url: string) => url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');

/** A sentence the operator can act on for the usual database failures; undefined otherwise. */
export function describeDatabaseError(error: unknown, databaseUrl?: string): string | undefined {
  if (error instanceof EmbeddedPostgresError) return error.message;
  const code = (error as { code?: string } | null)?.code;
  const where = databaseUrl ? ` at ${maskPassword(databaseUrl)}` : '';
  switch (code) {
    case 'ECONNREFUSED':
      return `Cannot connect to PostgreSQL${where}: connection refused. Is the server running? Check DATABASE_URL.`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `Cannot connect to PostgreSQL${where}: unknown host. Check DATABASE_URL.`;
    case 'ETIMEDOUT':
      return `Cannot connect to PostgreSQL${where}: timed out. Check DATABASE_URL and the network.`;
    case '28P01':
    case '28000':
      return `PostgreSQL${where} refused the credentials. Check the user and password in DATABASE_URL.`;
    case '3D000':
      return `The database in DATABASE_URL does not exist${where}. Create it first (createdb).`;
    case '42501':
      return `The database user${where} lacks a privilege the operation needs (${(error as Error).message}).`;
    default:
      return undefined;
  }
}
