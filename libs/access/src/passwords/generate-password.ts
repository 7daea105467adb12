import { randomInt } from 'node:crypto';
import { checkPassword } from './password-policy';

// No look-alikes (0/O, 1/l/I): a generated password is read off a terminal and typed in once.
const LOWER = 'abcdefghijkmnopqrstuvwxyz';
const UPPER = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
const DIGITS = '23456789';
const SYMBOLS = '-_.!@#%+=';
const ALL = LOWER + UPPER + DIGITS + SYMBOLS;

const pick = (alphabet: string) => alphabet[randomInt(alphabet.length)];

/**
 * A random password that satisfies the policy: 20 characters (≈ 125 bits), at least one of each
 * class, from the OS's CSPRNG.
 */
export function generatePassword(length = 20, username = ''): string {
  for (;;) {
    const chars = [pick(LOWER), pick(UPPER), pick(DIGITS), pick(SYMBOLS)];
    while (chars.length < length) chars.push(pick(ALL));
    for (let i = chars.length - 1; i > 0; i--) {
      const j = randomInt(i + 1);
      [chars[i], chars[j]] = [chars[j], chars[i]];
    }
    const candidate = chars.join('');
    if (checkPassword(candidate, { username }).length === 0) return candidate;
  }
}
