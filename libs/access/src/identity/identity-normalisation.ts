/**
 * Normalisation for the blind indexes: two spellings of the same person must give the same
 * fingerprint, because fingerprints are compared without ever decrypting.
 *
 * Names and addresses:
 * 1. NFKC: composed and decomposed Vietnamese (a Telex "ễ" vs "e" + U+0302 + U+0303) and
 *    full-width characters become one form.
 * 2. Diacritics are STRIPPED (and đ becomes d). Many đơn reach us typed without marks (online
 *    forms, SMS, older systems, officers retyping a scan on an unaccented keyboard): with marks
 *    kept, "Nguyễn Văn An" and "Nguyen Van An" would never match. The cost is that distinct
 *    names collide ("Lê" / "Lệ"), which is acceptable: a match is only a candidate that an
 *    officer checks, never a decision.
 * 3. Lower-case; punctuation becomes a space ("Số 12, ngõ 3/5" = "so 12 ngo 3 5"); runs of
 *    spaces collapse; ends trimmed.
 * Not handled (a match would need these spelled alike): abbreviations ("TP.", "Q.", "P." vs
 * "Thành phố", "Quận", "Phường") and addresses renamed by the 2025 reorganisation. The ID number
 * is the reliable key; name + address is the fallback.
 *
 * ID numbers (căn cước, định danh cá nhân, hộ chiếu): NFKC, upper-case, everything but A-Z/0-9
 * removed ("0010 9100 1234" = "001091001234"; passport "c1234567" = "C1234567").
 */
export function normaliseNameOrAddress(text: string | undefined): string | null {
  if (!text) return null;
  const folded = text
    .normalize('NFKC')
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return folded.length > 0 ? folded : null;
}

/** Shorter than any real document number: junk such as "0" or "x" must not match everything. */
const MIN_ID_NUMBER_LENGTH = 6;

export function normaliseIdNumber(text: string | undefined): string | null {
  if (!text) return null;
  const compact = text
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, '');
  return compact.length >= MIN_ID_NUMBER_LENGTH ? compact : null;
}
