import { COMMON_PASSWORDS } from './common-passwords';

export const PASSWORD_MIN_LENGTH = 12;
/** argon2 accepts any length; a cap keeps one request from hashing megabytes. */
export const PASSWORD_MAX_LENGTH = 256;
export const PASSWORD_MIN_CHARACTER_CLASSES = 3;

export type PasswordIssue = 'too_short' | 'too_long' | 'contains_username' | 'too_common' | 'too_few_character_classes';

export interface PasswordProblem {
  issue: PasswordIssue;
  /** Vietnamese, shown to the officer (never contains the password). */
  message: string;
}

export const PASSWORD_MESSAGES: Record<PasswordIssue, string> = {
  too_short: `Mật khẩu phải có ít nhất ${PASSWORD_MIN_LENGTH} ký tự.`,
  too_long: `Mật khẩu không được dài quá ${PASSWORD_MAX_LENGTH} ký tự.`,
  contains_username: 'Mật khẩu không được là hoặc chứa tên đăng nhập.',
  too_common: 'Mật khẩu quá phổ biến, dễ bị đoán; hãy chọn mật khẩu khác.',
  too_few_character_classes: `Mật khẩu phải có ít nhất ${PASSWORD_MIN_CHARACTER_CLASSES} trong 4 loại ký tự: chữ thường, chữ hoa, chữ số, ký tự đặc biệt.`,
};

/** A username shorter than this is too likely to occur by chance inside a good password. */
const MIN_USERNAME_LENGTH_TO_SEARCH = 4;

const LEET: Record<string, string> = {
  '@': 'a',
  '4': 'a',
  '0': 'o',
  '1': 'i',
  '!': 'i',
  '3': 'e',
  $: 's',
  '5': 's',
  '7': 't',
};

/**
 * The forms of a password an attacker's list would contain: as typed (lower case), with
 * "leet" substitutions undone, and each with leading/trailing digits and symbols stripped
 * ("P@ssw0rd2024!" → "password"). Only letters and digits are kept in the comparison.
 */
export function passwordStems(password: string): string[] {
  const lower = password.normalize('NFC').toLowerCase();
  const unleet = (s: string) => [...s].map((c) => LEET[c] ?? c).join('');
  const compact = (s: string) => s.replace(/[^\p{L}\p{N}]/gu, '');
  const core = (s: string) => s.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
  const forms = [lower, unleet(lower), core(lower), unleet(core(lower)), core(unleet(lower))];
  return [...new Set(forms.map(compact))].filter(Boolean);
}

/** Lower case, upper case, digits, anything else (symbols, spaces). Vietnamese letters count as letters. */
export function characterClassesOf(password: string): number {
  const classes = [/\p{Ll}/u, /\p{Lu}/u, /\p{Nd}/u, /[^\p{L}\p{Nd}]/u];
  return classes.filter((re) => re.test(password)).length;
}

/**
 * Every reason a password is refused (empty when it is acceptable), so the officer can fix them
 * all at once. Pure: no I/O, and the password never appears in a message.
 */
export function checkPassword(password: string, context: { username: string }): PasswordProblem[] {
  const issues: PasswordIssue[] = [];
  const length = [...password.normalize('NFC')].length;
  if (length < PASSWORD_MIN_LENGTH) issues.push('too_short');
  if (length > PASSWORD_MAX_LENGTH) issues.push('too_long');

  const username = context.username.normalize('NFC').trim().toLowerCase();
  const lower = password.normalize('NFC').toLowerCase();
  const reversed = [...lower].reverse().join('');
  if (
    username.length > 0 &&
    (lower === username ||
      reversed === username ||
      (username.length >= MIN_USERNAME_LENGTH_TO_SEARCH && (lower.includes(username) || reversed.includes(username))))
  ) {
    issues.push('contains_username');
  }

  if (passwordStems(password).some((stem) => COMMON_PASSWORDS.has(stem)) || isOneRepeatedCharacter(lower)) {
    issues.push('too_common');
  }
  if (characterClassesOf(password) < PASSWORD_MIN_CHARACTER_CLASSES) issues.push('too_few_character_classes');
  return issues.map((issue) => ({ issue, message: PASSWORD_MESSAGES[issue] }));
}

function isOneRepeatedCharacter(s: string): boolean {
  return s.length > 0 && new Set(s).size === 1;
}
