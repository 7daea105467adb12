import { createSecretKey, randomBytes, type KeyObject } from 'node:crypto';
import type { AppConfig } from '@kntc/config';

/** Short: an access token cannot be revoked before it expires except through `tv`. */
export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;
/** Sliding: each rotation issues a token valid this long, so 14 days without use signs you out. */
export const REFRESH_TOKEN_TTL_SECONDS = 14 * 24 * 60 * 60;
export const TOKEN_ISSUER = 'kntc-engine';
export const TOKEN_AUDIENCE = 'kntc-api';

export interface AccessOptions {
  jwtSecret: string;
  /**
   * The same secret as a KeyObject: given a string, jsonwebtoken first tries to parse it as a
   * public key on every verification (about 1.4 ms per request, measured by bench:transitions).
   */
  jwtKey: KeyObject;
  /** `ephemeral`: no secret was configured; one was made for this process only. */
  jwtSecretSource: 'configured' | 'ephemeral';
  nodeEnv: AppConfig['nodeEnv'];
  accessTokenTtlSeconds: number;
  refreshTokenTtlSeconds: number;
}

export const ACCESS_OPTIONS = Symbol('ACCESS_OPTIONS');

/**
 * Options from the validated configuration. `npm start` fills `secrets.jwtSecret` through
 * `resolveSecrets` before the app is built; when it is still unset (tests, or a caller that did
 * not resolve secrets), a random per-process secret keeps the API safe, at the cost of sessions
 * ending when the process stops.
 */
export function accessOptionsFrom(config: AppConfig): AccessOptions {
  const configured = config.secrets.jwtSecret;
  const jwtSecret = configured ?? randomBytes(48).toString('base64url');
  return {
    jwtSecret,
    jwtKey: createSecretKey(Buffer.from(jwtSecret, 'utf8')),
    jwtSecretSource: configured ? 'configured' : 'ephemeral',
    nodeEnv: config.nodeEnv,
    accessTokenTtlSeconds: ACCESS_TOKEN_TTL_SECONDS,
    refreshTokenTtlSeconds: REFRESH_TOKEN_TTL_SECONDS,
  };
}
