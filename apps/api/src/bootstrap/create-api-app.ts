import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { AppConfig, Logger } from '@kntc/config';
import { AppModule } from '../app.module';
import { configureApp } from '../configure-app';

/** The Nest HTTP application on a database that already exists and is migrated. */
export async function createApiApp(
  config: AppConfig,
  databaseUrl: string,
  logger: Logger,
): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.register({ config, databaseUrl, logger }), {
    bufferLogs: true,
    bodyParser: false,
    abortOnError: false,
  });
  return configureApp(app, config);
}
