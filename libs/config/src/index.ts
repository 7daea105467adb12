export { loadConfig, ConfigError } from './app-config';
export type { AppConfig, DatabaseMode, ReceptionFigureSettings } from './app-config';
export { APP_CONFIG } from './config.token';
export { createLogger, errorSerializer, loggerOptions, REDACTED_PATHS } from './logger';
export type { Logger } from './logger';
