/**
 * Every ratio is declared: its numerator and denominator, each with a written definition and
 * its value. Where practice differs, both versions are given (e.g. đủ điều kiện over all đơn and
 * over processed đơn: press releases say "đã xử lý" while their arithmetic uses all đơn).
 */
export interface RatioDef {
  key: string;
  label: string;
  numerator: { keys: string[]; definition: string };
  denominator: { keys: string[]; definition: string };
}

export interface Ratio {
  label: string;
  numerator: { definition: string; value: number };
  denominator: { definition: string; value: number };
  /** numerator / denominator, 4 decimals; null when the denominator is 0. */
  value: number | null;
  /** The same as a percentage, 1 decimal. */
  percent: number | null;
}

export const CASE_RATIOS: readonly RatioDef[] = [
  {
    key: 'resolutionRate',
    label: 'Tỷ lệ giải quyết vụ việc thuộc thẩm quyền',
    numerator: {
      keys: ['resolved'],
      definition:
        'Số vụ việc đã giải quyết trong kỳ (kể cả rút toàn bộ nội dung và đình chỉ), đếm theo vụ việc, không theo đơn.',
    },
    denominator: {
      keys: ['toResolve'],
      definition:
        'Tổng số vụ việc thuộc thẩm quyền phải giải quyết: kỳ trước chuyển sang + thụ lý mới + nhận bàn giao − bàn giao đi.',
    },
  },
  {
    key: 'onTimeRate',
    label: 'Tỷ lệ giải quyết đúng thời hạn (trên số đã giải quyết)',
    numerator: { keys: ['onTime'], definition: 'Số vụ việc giải quyết trong kỳ, đúng thời hạn.' },
    denominator: { keys: ['resolved'], definition: 'Số vụ việc đã giải quyết trong kỳ.' },
  },
  {
    key: 'onTimeRateWithOverdue',
    label: 'Tỷ lệ đúng thời hạn, tính cả vụ việc quá hạn chưa giải quyết',
    numerator: { keys: ['onTime'], definition: 'Số vụ việc giải quyết trong kỳ, đúng thời hạn.' },
    denominator: {
      keys: ['resolved', 'pendingOverdue'],
      definition: 'Số vụ việc đã giải quyết trong kỳ + số vụ việc đang giải quyết cuối kỳ đã quá hạn.',
    },
  },
];

export const PETITION_RATIOS: readonly RatioDef[] = [
  {
    key: 'eligibleOverTotal',
    label: 'Tỷ lệ đơn đủ điều kiện xử lý trên tổng số đơn',
    numerator: { keys: ['eligible'], definition: 'Số đơn đủ điều kiện xử lý (đã xử lý trong kỳ).' },
    denominator: {
      keys: ['total'],
      definition: 'Tổng số đơn: kỳ trước chuyển sang + tiếp nhận trong kỳ + nhận bàn giao.',
    },
  },
  {
    key: 'eligibleOverProcessed',
    label: 'Tỷ lệ đơn đủ điều kiện xử lý trên số đơn đã xử lý',
    numerator: { keys: ['eligible'], definition: 'Số đơn đủ điều kiện xử lý (đã xử lý trong kỳ).' },
    denominator: { keys: ['processed'], definition: 'Số đơn đã xử lý trong kỳ.' },
  },
  {
    key: 'processedRate',
    label: 'Tỷ lệ đơn đã xử lý',
    numerator: { keys: ['processed'], definition: 'Số đơn đã xử lý trong kỳ.' },
    denominator: {
      keys: ['total'],
      definition: 'Tổng số đơn: kỳ trước chuyển sang + tiếp nhận trong kỳ + nhận bàn giao.',
    },
  },
];

const sumOf = (keys: string[], cells: Record<string, number>) => keys.reduce((t, k) => t + (cells[k] ?? 0), 0);

export function computeRatio(def: RatioDef, cells: Record<string, number>): Ratio {
  const numerator = sumOf(def.numerator.keys, cells);
  const denominator = sumOf(def.denominator.keys, cells);
  const value = denominator === 0 ? null : Math.round((numerator / denominator) * 10_000) / 10_000;
  return {
    label: def.label,
    numerator: { definition: def.numerator.definition, value: numerator },
    denominator: { definition: def.denominator.definition, value: denominator },
    value,
    percent: denominator === 0 ? null : Math.round((numerator / denominator) * 1000) / 10,
  };
}

export const computeRatios = (defs: readonly RatioDef[], cells: Record<string, number>) =>
  Object.fromEntries(defs.map((d) => [d.key, computeRatio(d, cells)]));
