/** 3 to 64 characters: lower-case letters, digits and . _ -; starts and ends with a letter or digit. */
export const USERNAME_PATTERN = /^[a-z0-9](?:[a-z0-9._-]{1,62})[a-z0-9]$/;

/** Usernames are stored and compared in lower case, without surrounding spaces. */
export function normaliseUsername(raw: string): string {
  return raw.normalize('NFC').trim().toLowerCase();
}

export const USERNAME_RULE_MESSAGE =
  'Tên đăng nhập dài 3–64 ký tự, chỉ gồm chữ thường không dấu, chữ số và . _ -, bắt đầu và kết thúc bằng chữ hoặc số.';
