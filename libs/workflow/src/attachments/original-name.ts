const MAX_LENGTH = 255; // attachment.original_name
const FALLBACK = 'tai-lieu';

/**
 * The client's file name as metadata to show: the last path segment only, NFC, without
 * control or bidirectional-override characters (which can disguise "gpj.exe" as "exe.jpg"),
 * at most 255 characters with the extension kept. It never becomes a path on disk.
 */
export function cleanOriginalName(name: string | undefined): string {
  const lastSegment = (name ?? '').normalize('NFC').split(/[/\\]/).pop() ?? '';
  const printable = lastSegment
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .trim();
  if (printable === '' || /^\.+$/.test(printable)) return FALLBACK;
  const characters = Array.from(printable);
  if (characters.length <= MAX_LENGTH) return printable;
  const dot = printable.lastIndexOf('.');
  const extension = dot > 0 ? Array.from(printable.slice(dot)) : [];
  const keep = extension.length > 0 && extension.length <= 16 ? extension : [];
  return characters.slice(0, MAX_LENGTH - keep.length).join('') + keep.join('');
}
