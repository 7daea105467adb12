import { plainToInstance, Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  validateSync,
  ValidationError,
} from 'class-validator';

const toInt = ({ value }: { value: unknown }) =>
  typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value) : value;
const toBool = ({ value }: { value: unknown }) => {
  if (typeof value !== 'string') return value;
  const v = value.trim().toLowerCase();
  if (['true', '1', 'yes', 'on'].includes(v)) return true;
  if (['false', '0', 'no', 'off'].includes(v)) return false;
  return value;
};
const emptyToUndefined = ({ value }: { value: unknown }) =>
  typeof value === 'string' && value.trim() === '' ? undefined : value;

/** Raw environment, as documented in the README's table. Every field validated at boot. */
export class Environment {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  HOST: string = '127.0.0.1';

  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT: number = 3000;

  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/[^\s/]+(:\d+)?\/[^\s?]+(\?.*)?$/, {
    message: 'DATABASE_URL must look like postgres://user:password@host:5432/database',
  })
  DATABASE_URL?: string;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(200)
  DATABASE_POOL_SIZE: number = 10;

  @Transform(toBool)
  @IsOptional()
  @IsBoolean()
  MIGRATE_ON_START?: boolean;

  @IsString()
  @MinLength(1)
  DATA_DIR: string = '.data';

  @Transform(toInt)
  @IsInt()
  @Min(1024)
  @Max(65535)
  EMBEDDED_PG_PORT: number = 54329;

  @Transform(toBool)
  @IsOptional()
  @IsBoolean()
  DEMO_DATA?: boolean;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL: string = 'info';

  @Matches(/^\d+(b|kb|mb)$/i, { message: 'BODY_LIMIT must be a size such as 512kb or 1mb' })
  BODY_LIMIT: string = '1mb';

  @Transform(toInt)
  @IsInt()
  @Min(100)
  @Max(120000)
  SHUTDOWN_TIMEOUT_MS: number = 10000;

  /** API processes sharing the HTTP port (`auto`: one per CPU). One event loop tops out at one core. */
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @Matches(/^(auto|[1-9]|[1-5]\d|6[0-4])$/, {
    message: 'API_WORKERS must be a whole number from 1 to 64, or auto (one per CPU)',
  })
  API_WORKERS: string = '1';

  // Attachments (tài liệu kèm theo đơn), stored under DATA_DIR/files.

  @Matches(/^\d+(b|kb|mb)$/i, { message: 'ATTACHMENT_MAX_SIZE must be a size such as 512kb or 20mb' })
  ATTACHMENT_MAX_SIZE: string = '20mb';

  @Matches(/^\s*(pdf|jpeg|png|tiff|docx|odt)\s*(,\s*(pdf|jpeg|png|tiff|docx|odt)\s*)*$/i, {
    message: 'ATTACHMENT_TYPES must be a comma-separated list of: pdf, jpeg, png, tiff, docx, odt',
  })
  ATTACHMENT_TYPES: string = 'pdf,jpeg,png,tiff,docx,odt';

  // Background work: the deadline sweeper and the outbox dispatcher (apps/worker, or inside the API).

  @Transform(toBool)
  @IsOptional()
  @IsBoolean()
  RUN_WORKER_IN_API?: boolean;

  @Transform(toInt)
  @IsInt()
  @Min(1000)
  @Max(86400000)
  SWEEPER_INTERVAL_MS: number = 60000;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(1000)
  SWEEPER_BATCH_SIZE: number = 50;

  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(30)
  REMINDER_WORKING_DAYS: number = 2;

  /** Reports count a visit as a đoàn đông người from this many people (localities count crowds differently). */
  @Transform(toInt)
  @IsInt()
  @Min(2)
  @Max(1000)
  RECEPTION_DELEGATION_MIN_PEOPLE: number = 5;

  @Transform(toInt)
  @IsInt()
  @Min(100)
  @Max(3600000)
  OUTBOX_INTERVAL_MS: number = 2000;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(1000)
  OUTBOX_BATCH_SIZE: number = 20;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(100)
  OUTBOX_MAX_ATTEMPTS: number = 10;

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters' })
  @MaxLength(512)
  JWT_SECRET?: string;

  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^(\w{1,32}:[A-Za-z0-9+/]{43}=)(,\w{1,32}:[A-Za-z0-9+/]{43}=)*$/, {
    message:
      'IDENTITY_KEYS must be a comma-separated list of id:base64 pairs, each key 32 bytes (e.g. k1:<44 base64 chars>); the first is used for new data',
  })
  IDENTITY_KEYS?: string;
}

export function formatValidationErrors(errors: ValidationError[]): string[] {
  return errors.flatMap((e) => {
    const value = e.property.includes('SECRET') || e.property.includes('KEY') ? '(hidden)' : JSON.stringify(e.value);
    return Object.values(e.constraints ?? {}).map((c) => `${e.property}=${value}: ${c}`);
  });
}

export function parseEnvironment(env: NodeJS.ProcessEnv): { environment?: Environment; problems: string[] } {
  const known = Object.keys(new Environment());
  const raw: Record<string, string | undefined> = {};
  for (const key of [
    ...known,
    'DATABASE_URL',
    'MIGRATE_ON_START',
    'DEMO_DATA',
    'JWT_SECRET',
    'IDENTITY_KEYS',
    'RUN_WORKER_IN_API',
  ]) {
    if (env[key] !== undefined) raw[key] = env[key];
  }
  const environment = plainToInstance(Environment, raw, { exposeDefaultValues: true });
  const problems = formatValidationErrors(validateSync(environment, { forbidUnknownValues: true }));
  return problems.length > 0 ? { problems } : { environment, problems };
}
