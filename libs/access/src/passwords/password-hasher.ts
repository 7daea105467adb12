import { Injectable } from '@nestjs/common';
import * as argon2 from 'argon2';

/**
 * argon2id with OWASP's first recommended setting (19 MiB, 2 passes, 1 lane: ~0.1 s here).
 * Verification reads the parameters from the stored hash, so raising them later only needs
 * `needsRehash` on the next successful sign-in.
 */
export const ARGON2_OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/**
 * Vietnamese keyboards (Unikey, EVKey, phone keyboards) type the same letter precomposed or with
 * combining marks depending on their settings; NFC makes both the same password.
 */
const canonical = (password: string) => password.normalize('NFC');

@Injectable()
export class PasswordHasher {
  private dummyHash?: Promise<string>;

  hash(password: string): Promise<string> {
    return argon2.hash(canonical(password), ARGON2_OPTIONS);
  }

  async verify(hash: string, password: string): Promise<boolean> {
    try {
      return await argon2.verify(hash, canonical(password));
    } catch {
      // A malformed stored hash must fail closed, not 500.
      return false;
    }
  }

  needsRehash(hash: string): boolean {
    try {
      return argon2.needsRehash(hash, ARGON2_OPTIONS);
    } catch {
      return true;
    }
  }

  /**
   * Spends the same time as a real verification, for unknown usernames, so that response time
   * does not tell which usernames exist. The dummy hash is made once per process.
   */
  async verifyNothing(password: string): Promise<void> {
    this.dummyHash ??= argon2.hash('not a real password: timing equaliser', ARGON2_OPTIONS);
    await this.verify(await this.dummyHash, password);
  }
}
