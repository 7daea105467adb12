import { samples, zip } from './__fixtures__/sample-files';
import { detectType, judgeType, typeOfDeclaration, zipEntryNames } from './media-types';

const detect = (file: Buffer) => detectType(file.subarray(0, 4096), file.subarray(-128 * 1024), file.length);
const ALL = ['pdf', 'jpeg', 'png', 'tiff', 'docx', 'odt'] as const;

describe('detectType: the type from the bytes', () => {
  it.each([
    ['pdf', samples.pdf()],
    ['png', samples.png()],
    ['jpeg', samples.jpeg()],
    ['tiff', samples.tiff()],
    ['tiff', Buffer.from([0x4d, 0x4d, 0x00, 0x2a, 0, 0, 0, 8])],
    ['docx', samples.docx()],
    ['odt', samples.odt()],
  ])('recognises %s', (type, file) => {
    expect(detect(file)).toBe(type);
  });

  it('recognises a DOCX whose directory is far from its start (a large document)', () => {
    const file = samples.docx({ 'word/media/image1.png': 'x'.repeat(300_000) });
    expect(detect(file)).toBe('docx');
  });

  it.each([
    ['an executable', samples.exe()],
    ['a ZIP that is no document', samples.plainZip()],
    ['a macro-enabled Word document', samples.docx({ 'word/vbaProject.bin': 'code' })],
    ['plain text', Buffer.from('Đây là văn bản, không phải PDF')],
    ['an empty file', Buffer.alloc(0)],
    ['a PDF signature not at the start', Buffer.concat([Buffer.from('junk'), samples.pdf()])],
  ])('refuses %s', (_what, file) => {
    expect(detect(file)).toBeNull();
  });

  it('reads the entry names of a ZIP from its central directory', () => {
    const file = zip({ a: '1', 'b/c.xml': '2' });
    expect(zipEntryNames(file, file.length)).toEqual(new Set(['a', 'b/c.xml']));
    expect(zipEntryNames(Buffer.from('not a zip at all, no end record'), 31)).toBeNull();
  });
});

describe('judgeType: what may be kept', () => {
  it('keeps an allowed type with the media type of the content', () => {
    expect(judgeType('pdf', 'application/pdf', ALL)).toEqual({
      accepted: true,
      type: 'pdf',
      mediaType: 'application/pdf',
    });
    expect(judgeType('jpeg', 'image/jpg', ALL)).toMatchObject({ accepted: true, mediaType: 'image/jpeg' });
  });

  it('takes the content’s word when the client declared nothing useful', () => {
    expect(judgeType('png', 'application/octet-stream', ALL)).toMatchObject({ accepted: true, type: 'png' });
    expect(judgeType('png', undefined, ALL)).toMatchObject({ accepted: true, type: 'png' });
  });

  it('refuses unrecognised content, a type switched off, and a declaration the content contradicts', () => {
    expect(judgeType(null, 'application/pdf', ALL)).toMatchObject({ accepted: false, issue: 'unrecognised_content' });
    expect(judgeType('tiff', 'image/tiff', ['pdf', 'png'])).toMatchObject({
      accepted: false,
      issue: 'type_not_allowed',
    });
    expect(judgeType('jpeg', 'image/png', ALL)).toMatchObject({ accepted: false, issue: 'declared_type_mismatch' });
    expect(judgeType('pdf', 'application/x-msdownload', ALL)).toMatchObject({
      accepted: false,
      issue: 'declared_type_mismatch',
    });
  });

  it('reads declared types case-insensitively, ignoring parameters', () => {
    expect(typeOfDeclaration('Application/PDF; charset=binary')).toBe('pdf');
    expect(typeOfDeclaration('')).toBeNull();
    expect(typeOfDeclaration('text/html')).toBe('unknown');
  });
});
