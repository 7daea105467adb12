import { createHash, randomBytes } from 'node:crypto';

/** 32 random bytes, base64url: 43 characters. */
export const REFRESH_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** A refresh token: opaque, random, meaningless without the database. */
export function generateRefreshToken(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * What is stored: SHA-256, hex. A plain hash (no salt, no slow KDF) is right here: the token
 * has 256 bits of entropy, so the hash cannot be reversed by guessing, and it must be looked up
 * by equality.
 */
export function hashRefreshToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}
