import type { NestExpressApplication } from '@nestjs/platform-express';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import type { AppConfig } from '@kntc/config';
import { mountOpenApi } from './http/openapi';
import { assignRequestId } from './http/request-id';
import { createValidationPipe } from './http/validation.pipe';

/** Everything main.ts applies to the HTTP app, shared with the e2e tests so they test the same thing. */
export function configureApp(app: NestExpressApplication, config: AppConfig): NestExpressApplication {
  app.useLogger(app.get(Logger));
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  app.use(
    (req: Parameters<typeof assignRequestId>[0], res: Parameters<typeof assignRequestId>[1], next: () => void) => {
      assignRequestId(req, res);
      next();
    },
  );
  app.use(helmet());
  app.useBodyParser('json', { limit: config.http.bodyLimit });
  app.useBodyParser('urlencoded', { limit: config.http.bodyLimit, extended: false });
  app.useGlobalPipes(createValidationPipe());
  mountOpenApi(app);
  return app;
}
