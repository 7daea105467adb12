import { addDays, isIsoDate, ValidationFailedError, type IsoDate } from '@kntc/domain';

/**
 * Reporting periods. The periodic reports are quarterly, 6-month, 9-month and annual (TT 02/2021,
 * TT 01/2024; the TT 06/2025 cut-off dates were not obtained), counted here by calendar month.
 * The Government's annual report to the National Assembly covers 1 August – 31 July (the "2022"
 * report: 01/08/2021–31/07/2022). Any other range is a custom period. Every figure carries its
 * period, so figures over different windows are never mixed up.
 */
export const PERIOD_PRESETS = ['month', 'quarter', 'half', 'nine_months', 'year', 'assembly_year', 'custom'] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];

export interface PeriodRequest {
  preset?: PeriodPreset;
  year?: number;
  /** 1–12, for `month`. */
  month?: number;
  /** 1–4, for `quarter`. */
  quarter?: number;
  /** For `custom`: first and last day, inclusive. */
  from?: IsoDate;
  to?: IsoDate;
}

export interface Period {
  preset: PeriodPreset;
  /** First day, inclusive. */
  from: IsoDate;
  /** Last day, inclusive. */
  to: IsoDate;
  /** Vietnamese label, e.g. "Quý II năm 2026" or "Từ 01/08/2025 đến 31/07/2026". */
  label: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const firstOf = (year: number, month: number): IsoDate => `${year}-${pad(month)}-01`;
const lastOf = (year: number, month: number): IsoDate =>
  month === 12 ? `${year}-12-31` : addDays(firstOf(year, month + 1), -1);
const vnDate = (d: IsoDate) => `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}`;
const ROMAN = ['I', 'II', 'III', 'IV'];

function fail(field: string, message: string): never {
  throw new ValidationFailedError([{ field, issue: 'invalid_period', message }]);
}

function yearOf(r: PeriodRequest): number {
  if (!Number.isInteger(r.year) || r.year! < 2000 || r.year! > 2100) {
    fail('year', 'Ghi năm báo cáo (từ 2000 đến 2100).');
  }
  return r.year!;
}

/** The period a request names, with its dates and its label. */
export function resolvePeriod(r: PeriodRequest): Period {
  const preset = r.preset ?? (r.from || r.to ? 'custom' : 'year');
  switch (preset) {
    case 'month': {
      const year = yearOf(r);
      if (!Number.isInteger(r.month) || r.month! < 1 || r.month! > 12) fail('month', 'Ghi tháng từ 1 đến 12.');
      return {
        preset,
        from: firstOf(year, r.month!),
        to: lastOf(year, r.month!),
        label: `Tháng ${r.month} năm ${year}`,
      };
    }
    case 'quarter': {
      const year = yearOf(r);
      if (!Number.isInteger(r.quarter) || r.quarter! < 1 || r.quarter! > 4) fail('quarter', 'Ghi quý từ 1 đến 4.');
      const q = r.quarter!;
      return {
        preset,
        from: firstOf(year, 3 * q - 2),
        to: lastOf(year, 3 * q),
        label: `Quý ${ROMAN[q - 1]} năm ${year}`,
      };
    }
    case 'half': {
      const year = yearOf(r);
      return { preset, from: firstOf(year, 1), to: lastOf(year, 6), label: `6 tháng đầu năm ${year}` };
    }
    case 'nine_months': {
      const year = yearOf(r);
      return { preset, from: firstOf(year, 1), to: lastOf(year, 9), label: `9 tháng đầu năm ${year}` };
    }
    case 'year': {
      const year = yearOf(r);
      return { preset, from: firstOf(year, 1), to: lastOf(year, 12), label: `Năm ${year}` };
    }
    case 'assembly_year': {
      const year = yearOf(r);
      return {
        preset,
        from: firstOf(year - 1, 8),
        to: lastOf(year, 7),
        label: `Năm ${year} theo kỳ báo cáo Quốc hội (01/08/${year - 1} – 31/07/${year})`,
      };
    }
    case 'custom': {
      if (!isIsoDate(r.from)) fail('from', 'Ghi ngày đầu kỳ dạng YYYY-MM-DD.');
      if (!isIsoDate(r.to)) fail('to', 'Ghi ngày cuối kỳ dạng YYYY-MM-DD.');
      if (r.to < r.from) fail('to', 'Ngày cuối kỳ không được trước ngày đầu kỳ.');
      return { preset, from: r.from, to: r.to, label: `Từ ${vnDate(r.from)} đến ${vnDate(r.to)}` };
    }
    default:
      return fail('preset', 'Kỳ báo cáo không hợp lệ.');
  }
}
