import { toCsv } from './csv';

describe('toCsv', () => {
  const columns = [
    { heading: 'Số vụ việc', value: (r: { code: string; note: string | null; late: boolean }) => r.code },
    { heading: 'Ghi chú', value: (r: { note: string | null }) => r.note },
    { heading: 'Quá hạn', value: (r: { late: boolean }) => r.late },
  ];

  it('writes a BOM, a heading line and CRLF lines, quoting what needs quoting', () => {
    const csv = toCsv(columns, [
      { code: 'VV-2026-000001', note: 'Đất "nông nghiệp", thôn A', late: true },
      { code: 'VV-2026-000002', note: null, late: false },
    ]);
    expect(csv).toBe(
      '\uFEFFSố vụ việc,Ghi chú,Quá hạn\r\n' +
        'VV-2026-000001,"Đất ""nông nghiệp"", thôn A",Có\r\n' +
        'VV-2026-000002,,Không\r\n',
    );
  });

  it('neutralises cells a spreadsheet would run as formulas', () => {
    const csv = toCsv(columns, [{ code: '=HYPERLINK("x")', note: '-1', late: false }]);
    expect(csv.split('\r\n')[1]).toBe(`"'=HYPERLINK(""x"")",'-1,Không`);
  });
});
