import type { INestApplication } from '@nestjs/common';
import type { Server } from 'node:http';

/**
 * Stops taking new connections, waits for the requests in flight, then closes the app (and its
 * database pool). Nest's own close() would tear the pool down before the HTTP server drains.
 */
export async function drainAndClose(app: INestApplication, releaseDatabase: () => Promise<void>): Promise<void> {
  const server = app.getHttpServer() as Server;
  await new Promise<void>((resolve) => {
    server.close(() => resolve());
    // Idle keep-alive sockets would hold close() open until they time out.
    server.closeIdleConnections();
  });
  await app.close();
  await releaseDatabase();
}
