import type { AppConfig } from '@kntc/config';

/** The kinds of attachment the engine knows (ATTACHMENT_TYPES picks among them). */
export type AttachmentTypeName = AppConfig['attachments']['types'][number];

interface KnownType {
  mediaType: string;
  /** Other spellings clients send for the same type. */
  aliases: readonly string[];
  label: string;
}

export const KNOWN_TYPES: Record<AttachmentTypeName, KnownType> = {
  pdf: { mediaType: 'application/pdf', aliases: ['application/x-pdf'], label: 'PDF' },
  jpeg: { mediaType: 'image/jpeg', aliases: ['image/jpg', 'image/pjpeg'], label: 'JPEG' },
  png: { mediaType: 'image/png', aliases: ['image/x-png'], label: 'PNG' },
  tiff: { mediaType: 'image/tiff', aliases: ['image/tif', 'image/x-tiff'], label: 'TIFF' },
  docx: {
    mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    aliases: [],
    label: 'DOCX',
  },
  odt: { mediaType: 'application/vnd.oasis.opendocument.text', aliases: [], label: 'ODT' },
};

/** Declarations that say nothing about the content (a browser that does not know the extension). */
const UNINFORMATIVE = new Set(['', 'application/octet-stream', 'binary/octet-stream']);

/** How many bytes from the start and the end of a file the detection needs. */
export const HEAD_BYTES = 4096;
export const TAIL_BYTES = 128 * 1024;

const ODT_MIMETYPE = 'application/vnd.oasis.opendocument.text';

/**
 * What the bytes are, from their signature ("magic bytes"), whatever the client called the file.
 * `head` is the start of the file; `tail` its end (for ZIP-based formats, whose directory is
 * there); `size` the whole length. Null when the content is none of the known types, including
 * a ZIP that is not a text document and a Word document with macros.
 */
export function detectType(head: Buffer, tail: Buffer, size: number): AttachmentTypeName | null {
  if (startsWith(head, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf'; // %PDF-
  if (startsWith(head, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(head, [0x49, 0x49, 0x2a, 0x00]) || startsWith(head, [0x4d, 0x4d, 0x00, 0x2a])) return 'tiff';
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04])) return zipDocumentType(head, tail, size);
  return null;
}

function zipDocumentType(head: Buffer, tail: Buffer, size: number): AttachmentTypeName | null {
  // OpenDocument: the first entry is "mimetype", stored uncompressed (ODF 1.2 Part 3, 3.3).
  if (head.length >= 30) {
    const nameLength = head.readUInt16LE(26);
    const extraLength = head.readUInt16LE(28);
    const name = head.subarray(30, 30 + nameLength).toString('latin1');
    const start = 30 + nameLength + extraLength;
    if (name === 'mimetype' && head.subarray(start, start + ODT_MIMETYPE.length).toString('latin1') === ODT_MIMETYPE) {
      return 'odt';
    }
  }
  // Office Open XML: told by the names in the central directory at the end of the file.
  const names = zipEntryNames(tail, size);
  if (!names) return null;
  if (!names.has('[Content_Types].xml') || !names.has('word/document.xml')) return null;
  // A macro-enabled document (.docm) carries code; it is not accepted as a .docx.
  if (names.has('word/vbaProject.bin')) return null;
  return 'docx';
}

/**
 * The entry names of a ZIP archive, read from its central directory, when `tail` (the last
 * bytes of a file of `size` bytes) holds the whole directory; null otherwise (or for ZIP64).
 */
export function zipEntryNames(tail: Buffer, size: number): Set<string> | null {
  const tailStart = size - tail.length;
  // End of central directory: 22 bytes plus a comment of at most 65,535.
  for (let i = tail.length - 22; i >= Math.max(0, tail.length - 22 - 0xffff); i--) {
    if (tail.readUInt32LE(i) !== 0x06054b50) continue;
    const entries = tail.readUInt16LE(i + 10);
    const directorySize = tail.readUInt32LE(i + 12);
    const directoryOffset = tail.readUInt32LE(i + 16);
    if (entries === 0xffff || directoryOffset === 0xffffffff) return null;
    let at = directoryOffset - tailStart;
    if (at < 0 || at + directorySize > i) return null;
    const names = new Set<string>();
    for (let n = 0; n < entries; n++) {
      if (at + 46 > i || tail.readUInt32LE(at) !== 0x02014b50) return null;
      const nameLength = tail.readUInt16LE(at + 28);
      const extraLength = tail.readUInt16LE(at + 30);
      const commentLength = tail.readUInt16LE(at + 32);
      names.add(tail.subarray(at + 46, at + 46 + nameLength).toString('utf8'));
      at += 46 + nameLength + extraLength + commentLength;
    }
    return names;
  }
  return null;
}

/** The type name a declared media type stands for, `unknown` for an unsupported one, null when it says nothing. */
export function typeOfDeclaration(declared: string | undefined): AttachmentTypeName | 'unknown' | null {
  const type = (declared ?? '').split(';')[0].trim().toLowerCase();
  if (UNINFORMATIVE.has(type)) return null;
  for (const [name, known] of Object.entries(KNOWN_TYPES) as [AttachmentTypeName, KnownType][]) {
    if (known.mediaType === type || known.aliases.includes(type)) return name;
  }
  return 'unknown';
}

export type TypeVerdict =
  | { accepted: true; type: AttachmentTypeName; mediaType: string }
  | {
      accepted: false;
      issue: 'unrecognised_content' | 'type_not_allowed' | 'declared_type_mismatch';
      detected: AttachmentTypeName | null;
    };

/**
 * Whether a file may be kept, judged on its content: the detected type must be allowed, and a
 * declared type, when the client gave an informative one, must say the same (a renamed
 * executable declared as PDF is refused, and so is a PNG sent as JPEG).
 */
export function judgeType(
  detected: AttachmentTypeName | null,
  declared: string | undefined,
  allowed: readonly AttachmentTypeName[],
): TypeVerdict {
  if (!detected) return { accepted: false, issue: 'unrecognised_content', detected };
  if (!allowed.includes(detected)) return { accepted: false, issue: 'type_not_allowed', detected };
  const claimed = typeOfDeclaration(declared);
  if (claimed !== null && claimed !== detected) return { accepted: false, issue: 'declared_type_mismatch', detected };
  return { accepted: true, type: detected, mediaType: KNOWN_TYPES[detected].mediaType };
}

function startsWith(buffer: Buffer, bytes: readonly number[]): boolean {
  return buffer.length >= bytes.length && bytes.every((b, i) => buffer[i] === b);
}
