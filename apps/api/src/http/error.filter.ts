import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus } from '@nestjs/common';
import type { Request, Response } from 'express';
import { PinoLogger } from 'nestjs-pino';
import { DomainError, type ErrorCode, type ErrorDetail } from '@kntc/domain';
import { httpStatusOf } from './http-status-of';

interface Translated {
  code: ErrorCode;
  message: string;
  details: ErrorDetail[];
  meta: Record<string, unknown>;
}

const BY_STATUS: Partial<Record<number, [ErrorCode, string]>> = {
  400: ['MALFORMED_REQUEST', 'Yêu cầu không hợp lệ.'],
  401: ['UNAUTHENTICATED', 'Cần đăng nhập.'],
  403: ['FORBIDDEN', 'Không có quyền thực hiện thao tác này.'],
  404: ['ROUTE_NOT_FOUND', 'Không tìm thấy đường dẫn.'],
  405: ['METHOD_NOT_ALLOWED', 'Phương thức không được hỗ trợ.'],
  413: ['PAYLOAD_TOO_LARGE', 'Dữ liệu gửi lên vượt quá kích thước cho phép.'],
  415: ['UNSUPPORTED_MEDIA_TYPE', 'Định dạng dữ liệu không được hỗ trợ.'],
  429: ['TOO_MANY_REQUESTS', 'Quá nhiều yêu cầu; hãy thử lại sau.'],
  503: ['SERVICE_UNAVAILABLE', 'Dịch vụ tạm thời không sẵn sàng.'],
};

/** body-parser raises plain errors carrying `type` and `status`. */
const BODY_PARSER: Record<string, [ErrorCode, string]> = {
  'entity.parse.failed': ['MALFORMED_REQUEST', 'Nội dung JSON không đúng cú pháp.'],
  'entity.too.large': ['PAYLOAD_TOO_LARGE', 'Dữ liệu gửi lên vượt quá kích thước cho phép.'],
  'encoding.unsupported': ['UNSUPPORTED_MEDIA_TYPE', 'Mã hoá nội dung không được hỗ trợ.'],
  'charset.unsupported': ['UNSUPPORTED_MEDIA_TYPE', 'Bảng mã không được hỗ trợ.'],
  'request.aborted': ['MALFORMED_REQUEST', 'Yêu cầu bị ngắt giữa chừng.'],
  'request.size.invalid': ['MALFORMED_REQUEST', 'Độ dài nội dung không khớp.'],
};

function translate(exception: unknown): Translated | undefined {
  if (exception instanceof DomainError) {
    return { code: exception.code, message: exception.message, details: exception.details, meta: exception.meta };
  }
  if (exception instanceof HttpException) {
    const fromBodyParser = bodyParserError(exception.cause);
    if (fromBodyParser) return fromBodyParser;
    const known = BY_STATUS[exception.getStatus()];
    if (known) return { code: known[0], message: known[1], details: [], meta: {} };
    return undefined;
  }
  return bodyParserError(exception);
}

/** body-parser errors carry a `type`; Nest wraps them in an HttpException as its `cause`. */
function bodyParserError(error: unknown): Translated | undefined {
  const type = (error as { type?: unknown } | null)?.type;
  if (typeof type !== 'string' || !BODY_PARSER[type]) return undefined;
  const [code, message] = BODY_PARSER[type];
  return { code, message, details: [], meta: {} };
}

/**
 * The one place errors become HTTP responses, always in the same envelope. Anything not
 * recognised is a 500 that carries only the request id: no stack, SQL or internal text.
 */
@Catch()
export class ErrorFilter implements ExceptionFilter {
  constructor(private readonly logger: PinoLogger) {
    logger.setContext('ErrorFilter');
  }

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const req = http.getRequest<Request & { id?: string; log?: unknown }>();
    const res = http.getResponse<Response>();
    const requestId = String(req.id ?? res.getHeader('x-request-id') ?? '');
    const known = translate(exception);
    const body = known ?? {
      code: 'INTERNAL_ERROR' as const,
      message: 'Đã xảy ra lỗi hệ thống. Hãy báo mã yêu cầu cho quản trị viên.',
      details: [],
      meta: {},
    };
    const status: number = known ? httpStatusOf(known.code) : HttpStatus.INTERNAL_SERVER_ERROR;
    // Errors raised before the request logger is bound (body parsing) need the id spelled out.
    const context = req.log ? {} : { requestId };
    if (status >= 500) this.logger.error({ err: exception, ...context }, 'request failed');
    else this.logger.warn({ code: body.code, status, ...context }, 'request refused');
    if (res.headersSent) return;
    res
      .status(status)
      .json({ error: { code: body.code, message: body.message, details: body.details, requestId, ...body.meta } });
  }
}
