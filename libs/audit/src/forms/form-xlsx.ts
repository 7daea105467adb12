import ExcelJS from 'exceljs';
import type { FormTable } from './build-form';

const vnDate = (d: string) => `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}`;

/** 24-hour Vietnam time of an instant, e.g. "15/09/2025 09:00". */
function vnDateTime(iso: string): string {
  const t = new Date(new Date(iso).getTime() + 7 * 3600_000).toISOString();
  return `${vnDate(t.slice(0, 10))} ${t.slice(11, 16)}`;
}

const THIN = { style: 'thin' as const };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const GREY = { type: 'pattern' as const, pattern: 'solid' as const, fgColor: { argb: 'FFE7E6E6' } };

/**
 * The form as an XLSX workbook laid out like the printed form: the reporting body and the form
 * number, the title, the period and the cut-off, the basis note, grouped headings over numbered
 * columns, then the rows (total, level groups, authorities). Columns the engine has no data for
 * are shaded and left empty.
 */
export async function formToXlsx(table: FormTable): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'KNTC engine';
  const sheet = workbook.addWorksheet(table.form.code, {
    pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const n = table.columns.length;
  const last = n + 2;

  sheet.getCell(1, 1).value = `Đơn vị báo cáo: ${table.root.name}`;
  sheet.getCell(1, last).value = table.form.number;
  sheet.getCell(1, last).alignment = { horizontal: 'right' };
  sheet.getCell(1, last).font = { bold: true };
  const line = (row: number, text: string, font: Partial<ExcelJS.Font> = {}) => {
    sheet.mergeCells(row, 1, row, last);
    const cell = sheet.getCell(row, 1);
    cell.value = text;
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.font = font;
  };
  line(2, table.form.title, { bold: true, size: 13 });
  line(
    3,
    // A custom period's label already is its dates; a preset's ("Quý II năm 2026") gets them added.
    table.period.label.startsWith('Từ ')
      ? `Kỳ báo cáo: ${table.period.label}`
      : `Kỳ báo cáo: ${table.period.label} (từ ngày ${vnDate(table.period.from)} đến ngày ${vnDate(table.period.to)})`,
  );
  line(
    4,
    `Số liệu ghi nhận đến ${vnDateTime(table.knowledge.asOf)}${table.knowledge.frozen ? ' (đã chốt số liệu)' : ''}`,
    { italic: true },
  );
  line(5, table.basisNote, { italic: true, size: 9 });
  sheet.getRow(5).height = 30;

  // Headings: STT and Đơn vị span both heading rows; grouped columns share a merged group cell.
  const top = 6;
  const sub = 7;
  for (const [col, text] of [
    [1, 'STT'],
    [2, 'Đơn vị'],
  ] as const) {
    sheet.mergeCells(top, col, sub, col);
    sheet.getCell(top, col).value = text;
  }
  let i = 0;
  while (i < n) {
    const column = table.columns[i];
    const heading = `${column.heading}${column.available ? '' : ` (${column.unavailableReason})`}`;
    if (!column.group) {
      sheet.mergeCells(top, i + 3, sub, i + 3);
      sheet.getCell(top, i + 3).value = heading;
      i += 1;
      continue;
    }
    let j = i;
    while (j + 1 < n && table.columns[j + 1].group === column.group) j += 1;
    if (j > i) sheet.mergeCells(top, i + 3, top, j + 3);
    sheet.getCell(top, i + 3).value = column.group;
    for (let k = i; k <= j; k += 1) {
      const c = table.columns[k];
      sheet.getCell(sub, k + 3).value = `${c.heading}${c.available ? '' : ` (${c.unavailableReason})`}`;
    }
    i = j + 1;
  }
  const numbers = sheet.getRow(8);
  numbers.getCell(1).value = 'A';
  numbers.getCell(2).value = 'B';
  table.columns.forEach((c, k) => {
    numbers.getCell(k + 3).value = c.formula ? `${c.no} (${c.formula})` : c.no;
  });
  for (let r = top; r <= 8; r += 1) {
    const row = sheet.getRow(r);
    row.font = { bold: true, size: 10 };
    for (let c = 1; c <= last; c += 1) {
      const cell = row.getCell(c);
      cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
      cell.border = BORDER;
    }
  }
  sheet.getRow(sub).height = 60;

  table.rows.forEach((r, index) => {
    const row = sheet.getRow(9 + index);
    row.getCell(1).value = r.order;
    row.getCell(2).value = r.label;
    r.values.forEach((v, k) => {
      row.getCell(k + 3).value = v;
    });
    row.font = { bold: r.kind !== 'authority' };
    for (let c = 1; c <= last; c += 1) {
      const cell = row.getCell(c);
      cell.border = BORDER;
      if (c > 2 && !table.columns[c - 3].available) cell.fill = GREY;
      if (c > 2) cell.alignment = { horizontal: 'right' };
    }
  });

  let next = 9 + table.rows.length + 1;
  if (table.failedChecks.length > 0) {
    sheet.getCell(next, 1).value = 'Các đẳng thức kiểm tra không khớp:';
    sheet.getCell(next, 1).font = { bold: true, color: { argb: 'FFC00000' } };
    next += 1;
    for (const f of table.failedChecks) {
      const where =
        f.scope.type === 'total' ? 'Tổng cộng' : f.scope.type === 'level' ? f.scope.label : f.scope.authority.name;
      sheet.getCell(next, 1).value =
        `${where}: ${f.label} (vế trái ${f.left}, vế phải ${f.right})${f.source === 'engine' ? '' : ' — có số liệu kê khai'}`;
      next += 1;
    }
  }

  sheet.getColumn(1).width = 6;
  sheet.getColumn(2).width = 34;
  for (let c = 3; c <= last; c += 1) sheet.getColumn(c).width = 12;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
