import { cleanOriginalName } from './original-name';

describe('cleanOriginalName', () => {
  it('keeps a Vietnamese name as written (NFC)', () => {
    const decomposed = 'Đơn tố cáo.pdf'.normalize('NFD');
    expect(cleanOriginalName(decomposed)).toBe('Đơn tố cáo.pdf'.normalize('NFC'));
  });

  it('keeps only the last path segment, whatever the separator', () => {
    expect(cleanOriginalName('../../etc/passwd')).toBe('passwd');
    expect(cleanOriginalName('C:\\Users\\an\\scan.png')).toBe('scan.png');
  });

  it('drops control and bidirectional-override characters', () => {
    expect(cleanOriginalName('bao\u202Egpj.exe')).toBe('baogpj.exe');
    expect(cleanOriginalName('a\u0000b\nc.pdf')).toBe('abc.pdf');
  });

  it('names a file that has no usable name', () => {
    expect(cleanOriginalName(undefined)).toBe('tai-lieu');
    expect(cleanOriginalName('..')).toBe('tai-lieu');
    expect(cleanOriginalName('dir/')).toBe('tai-lieu');
  });

  it('shortens a long name to 255 characters, keeping the extension', () => {
    const name = cleanOriginalName(`${'ệ'.repeat(300)}.docx`);
    expect(Array.from(name)).toHaveLength(255);
    expect(name.endsWith('ệ.docx')).toBe(true);
  });
});
