import { ValidationFailedError, type ErrorDetail } from '@kntc/domain';

/**
 * What identifies a person or organisation on a đơn. It exists in plain text only in memory:
 * at rest it is sealed (identity-cipher.ts), and everyone the reveal policy refuses sees the
 * redacted view instead. Handwriting scans are listed here, not on the petition, because
 * handwriting (bút tích) is identity under Luật Tố cáo Art. 8.3.
 */
export interface PartyIdentity {
  fullName?: string;
  address?: string;
  /** Số căn cước / giấy chứng nhận căn cước / số định danh cá nhân / hộ chiếu. */
  idNumber?: string;
  phone?: string;
  email?: string;
  organisationName?: string;
  representativeName?: string;
  /** Ids of stored scans showing the party's handwriting or signature. */
  handwritingScanIds?: string[];
}

/** Field order of the sealed JSON: fixed, so equal identities give equal plaintexts. */
export const PARTY_IDENTITY_TEXT_FIELDS = [
  'fullName',
  'organisationName',
  'representativeName',
  'address',
  'idNumber',
  'phone',
  'email',
] as const;
type TextField = (typeof PARTY_IDENTITY_TEXT_FIELDS)[number];

/** Generous limits that still stop a pasted document from landing in a name field. */
const MAX_LENGTH: Record<TextField, number> = {
  fullName: 200,
  organisationName: 300,
  representativeName: 200,
  address: 500,
  idNumber: 32,
  phone: 32,
  email: 254,
};
const MAX_SCANS = 50;
const MAX_SCAN_ID_LENGTH = 80;

const LABEL: Record<TextField, string> = {
  fullName: 'Họ và tên',
  organisationName: 'Tên cơ quan, tổ chức',
  representativeName: 'Người đại diện',
  address: 'Địa chỉ',
  idNumber: 'Số giấy tờ tùy thân',
  phone: 'Số điện thoại',
  email: 'Thư điện tử',
};

/**
 * Checks the shape and lengths and returns a clean copy: strings trimmed (NFC, so what is
 * stored is what a Vietnamese keyboard would produce), empty fields dropped, unknown keys
 * dropped. Messages never repeat the offending value: it is personal data.
 */
export function cleanPartyIdentity(input: unknown, path = 'identity'): PartyIdentity {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new ValidationFailedError([
      { field: path, issue: 'not_object', message: 'Thông tin nhân thân không hợp lệ.' },
    ]);
  }
  const raw = input as Record<string, unknown>;
  const details: ErrorDetail[] = [];
  const clean: PartyIdentity = {};
  for (const field of PARTY_IDENTITY_TEXT_FIELDS) {
    const value = raw[field];
    if (value === undefined || value === null) continue;
    if (typeof value !== 'string') {
      details.push({ field: `${path}.${field}`, issue: 'not_string', message: `${LABEL[field]} phải là chuỗi ký tự.` });
      continue;
    }
    const text = value.normalize('NFC').trim();
    if (text.length === 0) continue;
    if (text.length > MAX_LENGTH[field]) {
      details.push({
        field: `${path}.${field}`,
        issue: 'too_long',
        message: `${LABEL[field]} dài quá ${MAX_LENGTH[field]} ký tự.`,
      });
      continue;
    }
    clean[field] = text;
  }
  const scans = raw.handwritingScanIds;
  if (scans !== undefined && scans !== null) {
    if (!Array.isArray(scans) || scans.length > MAX_SCANS) {
      details.push({
        field: `${path}.handwritingScanIds`,
        issue: 'invalid',
        message: `Danh sách bản quét bút tích phải là mảng, tối đa ${MAX_SCANS} phần tử.`,
      });
    } else {
      const ids: string[] = [];
      scans.forEach((id: unknown, i) => {
        if (typeof id !== 'string' || id.trim() === '' || id.length > MAX_SCAN_ID_LENGTH) {
          details.push({
            field: `${path}.handwritingScanIds.${i}`,
            issue: 'invalid',
            message: 'Mã bản quét bút tích không hợp lệ.',
          });
        } else ids.push(id.trim());
      });
      if (ids.length > 0) clean.handwritingScanIds = ids;
    }
  }
  if (details.length > 0) throw new ValidationFailedError(details);
  return clean;
}

/** True when nothing identifying is present (a nặc danh party has exactly this). */
export function isEmptyIdentity(identity: PartyIdentity): boolean {
  return PARTY_IDENTITY_TEXT_FIELDS.every((f) => identity[f] === undefined) && !identity.handwritingScanIds?.length;
}
