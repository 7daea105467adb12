import { Module, type DynamicModule } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { errorSerializer, type Logger } from '@kntc/config';
import { assignRequestId } from './request-id';

/** JSON logs through pino; every line written while serving a request carries its request id. */
@Module({})
export class LoggingModule {
  static forRoot(logger: Logger): DynamicModule {
    return {
      module: LoggingModule,
      imports: [
        LoggerModule.forRoot({
          pinoHttp: {
            logger,
            genReqId: assignRequestId,
            // Bound to the request's child logger: every line written while serving it carries the id.
            customProps: (req) => ({ requestId: (req as { id?: string }).id }),
            // The default serializers would log query strings and headers; keep what operators need.
            serializers: {
              req: (req: { id: string; method: string; url: string }) => ({
                id: req.id,
                method: req.method,
                path: String(req.url).split('?')[0],
              }),
              res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
              err: errorSerializer,
            },
            customLogLevel: (_req, res, err) =>
              err || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info',
          },
        }),
      ],
      exports: [LoggerModule],
    };
  }
}
