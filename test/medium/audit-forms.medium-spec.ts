import ExcelJS from 'exceljs';
import { buildForm, formToXlsx, ReportService, resolvePeriod, type FormTable, type Report } from '@kntc/audit';
import { AuditWorld, buildProvince2025 } from './audit-fixtures';

/** The value of column `no` in the row labelled `label`. */
function cell(table: FormTable, label: string, no: number): number | null {
  const row = table.rows.find((r) => r.label === label || r.authorityCode === label);
  if (!row) throw new Error(`no row ${label}`);
  return row.values[table.columns.findIndex((c) => c.no === no)];
}

/**
 * The statutory forms over the hand-computed dataset (audit-fixtures.ts), 1 June – 31 August
 * 2025: the columns hold what the report counted, the rows go province → agencies → district →
 * communes, and the XLSX reads back with the same numbers in the same places.
 */
describe('statutory forms (Biểu 02/XLD, 03/GQKN, 04/GQTC, 05/KQTH, 01/TCD)', () => {
  const world = new AuditWorld();
  let report: Report;

  beforeAll(async () => {
    await world.start();
    await buildProvince2025(world);
    report = await world.moduleRef.get(ReportService).report({
      rootId: world.ids.P,
      scope: 'subtree',
      period: resolvePeriod({ from: '2025-06-01', to: '2025-08-31' }),
    });
  }, 120_000);
  afterAll(() => world.stop());

  it('fills Biểu 03/GQKN: cases to resolve, resolved by kind, outcomes, round 2, timeliness, ratio, pending', () => {
    const form = buildForm(report, '03-GQKN');
    expect(form.rows.map((r) => [r.order, r.kind, r.authorityCode ?? r.label])).toEqual([
      ['', 'total', 'Tổng cộng'],
      ['I', 'level', 'Cấp tỉnh (Ủy ban nhân dân tỉnh)'],
      ['1', 'authority', 'P'],
      ['II', 'level', 'Các sở, ban, ngành cấp tỉnh'],
      ['1', 'authority', 'AG'],
      ['III', 'level', 'Cấp huyện (trước 01/07/2025)'],
      ['1', 'authority', 'D'],
      ['IV', 'level', 'Cấp xã'],
      ['1', 'authority', 'C'],
      ['2', 'authority', 'X'],
    ]);
    // Total: 5 to resolve (2 carried + 3 new + 1 in − 1 out), 4 resolved (3 by decision, 1 withdrawn), 80%.
    const total = form.rows[0].values;
    expect(total.slice(0, 23)).toEqual([5, 2, 3, 1, 1, 4, 3, 1, 3, 1, 0, 1, 1, 1, 0, 1, 0, 3, 1, 80, 0, 1, 1]);
    expect(total.slice(23)).toEqual([null, null]);
    expect(form.columns.slice(23).map((c) => c.available)).toEqual([false, false]);
    expect(cell(form, 'D', 2)).toBe(1);
    expect(cell(form, 'D', 5)).toBe(1);
    expect(cell(form, 'D', 20)).toBeNull();
    expect(cell(form, 'X', 19)).toBe(1);
    expect(cell(form, 'Cấp xã', 20)).toBe(75);
    expect(form.basisNote).toContain('Thông tư 02/2021/TT-TTCP');
    expect(form.failedChecks).toEqual([]);
  });

  it('fills Biểu 04/GQTC and 05/KQTH from the denunciation and decision figures', () => {
    const gqtc = buildForm(report, '04-GQTC');
    // 3 to resolve; 2 resolved: 1 conclusion (sai), 1 terminated; 1 open and overdue at X.
    expect(gqtc.rows[0].values.slice(0, 21)).toEqual([
      3, 1, 2, 0, 1, 1, 2, 1, 0, 1, 0, 0, 1, 0, 2, 0, 66.7, 0, 0, 1, 1,
    ]);
    const kqth = buildForm(report, '05-KQTH');
    // Complaint decisions: K1 round 1, K1 round 2, K4; none carried out yet. Denunciation: T2.
    expect(kqth.rows[0].values).toEqual([3, 0, 3, 0, 3, 1, 0, 1, 0, 1, null, null]);
  });

  it('fills Biểu 02/XLD from the đơn figures and 01/TCD from the register, "không có dữ liệu" where it has none', () => {
    const xld = buildForm(report, '02-XLD');
    expect(xld.rows[0].values).toEqual([
      13, 1, 1, 0, 0, 11, 11, 0, 0, 1, 11, 1, 10, 3, 2, 5, 0, 5, 3, 2, 0, 0, 2, 1, 1,
    ]);
    expect(cell(xld, 'C', 23)).toBe(1);
    const tcd = buildForm(report, '01-TCD');
    // No visit in the register here: every reception column is an honest 0; results by visit are not recorded.
    expect(tcd.columns.filter((c) => !c.available).map((c) => c.no)).toEqual([16]);
    expect(tcd.rows[0].values).toEqual([...Array(15).fill(0), null]);
    expect(tcd.rows.map((r) => r.label)).toEqual(xld.rows.map((r) => r.label));
  });

  it('writes an XLSX laid out like the form that reads back with the same numbers', async () => {
    const form = buildForm(report, '03-GQKN');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await formToXlsx(form)) as never);
    const sheet = workbook.getWorksheet('03-GQKN')!;
    expect(sheet.getCell('A2').value).toBe('TỔNG HỢP KẾT QUẢ GIẢI QUYẾT KHIẾU NẠI THUỘC THẨM QUYỀN');
    expect(sheet.getCell(1, 27).text).toBe('Biểu số 03/GQKN');
    expect(sheet.getCell('A3').value).toBe('Kỳ báo cáo: Từ 01/06/2025 đến 31/08/2025');
    expect(sheet.getCell(6, 3).value).toBe('Vụ việc thuộc thẩm quyền');
    expect(sheet.getCell(7, 3).value).toBe('Tổng số vụ việc phải giải quyết');
    expect(sheet.getCell(8, 3).value).toBe('1 (1=2+3+4-5)');
    // Row 9 is the total, then I. Cấp tỉnh (10), P (11), II (12), AG (13), III (14), D (15), IV (16), C (17), X (18).
    expect(sheet.getCell(9, 2).value).toBe('Tổng cộng');
    expect([3, 4, 5, 8, 22, 24].map((c) => sheet.getCell(9, c).value)).toEqual([5, 2, 3, 4, 80, 1]);
    expect(sheet.getCell(16, 2).value).toBe('Cấp xã');
    expect(sheet.getCell(16, 1).value).toBe('IV');
    expect(sheet.getCell(18, 21).value).toBe(1); // X: late
    expect(sheet.getCell(9, 26).value).toBeNull();
  });
});
