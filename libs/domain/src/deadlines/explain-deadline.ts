import type { DayOff } from '../calendar/calendar.types';
import { formatVietnameseDate, formatVietnameseDay } from '../calendar/vietnamese-date-format';
import type { ClockVariant, LegalSource, TimeLimitKey } from '../rules/rule-set.types';
import { daysBetween } from '../shared/iso-date';
import type { DeadlineDerivation, DeadlineStatus } from './deadline.types';

const VARIANT_LABELS: Record<ClockVariant, string> = {
  base: 'trường hợp thông thường',
  complex: 'vụ việc phức tạp',
  remote: 'vùng sâu, vùng xa đi lại khó khăn',
  remoteComplex: 'vụ việc phức tạp ở vùng sâu, vùng xa đi lại khó khăn',
};

export const unitLabel = (unit: DeadlineDerivation['unit']): string =>
  unit === 'working_days' ? 'ngày làm việc' : 'ngày';

export const formatSources = (sources: LegalSource[]): string =>
  sources
    .map((s) => `${s.article} ${s.instrument}${s.amendedBy ? ` (sửa đổi, bổ sung bởi ${s.amendedBy})` : ''}`)
    .join('; ');

/** The law that keeps suspended days out of the period, by the kind of case. */
export function pauseLawOf(rule: TimeLimitKey): string {
  if (rule.startsWith('complaint.')) {
    return (
      'khoản 4 Điều 11a Luật Khiếu nại (bổ sung bởi Luật 136/2025/QH15); khoản 2 Điều 28b Nghị định 124/2020/NĐ-CP ' +
      '(bổ sung bởi Nghị định 155/2026/NĐ-CP)'
    );
  }
  if (rule.startsWith('denunciation.')) return 'khoản 2 Điều 34 Luật Tố cáo 25/2018/QH14';
  return 'nguyên tắc thời gian tạm đình chỉ không tính vào thời hạn (áp dụng tương tự Điều 11a Luật Khiếu nại)';
}

const listDays = (days: DayOff[]): string =>
  days.map((d) => `${formatVietnameseDate(d.date)}: ${d.name}${d.estimated ? ' (ước tính)' : ''}`).join('; ');

/** One Vietnamese paragraph restating the derivation, for officers, complainants and inspectors. */
export function explainDeadline(d: DeadlineDerivation, status: DeadlineStatus): string {
  const unit = unitLabel(d.unit);
  const parts: string[] = [];

  const variant =
    d.variant.requested === 'base'
      ? ''
      : d.variant.applied === d.variant.requested
        ? ` đối với ${VARIANT_LABELS[d.variant.requested]}`
        : ` (quy định không có thời hạn riêng cho ${VARIANT_LABELS[d.variant.requested]}; áp dụng thời hạn của ${VARIANT_LABELS[d.variant.applied]})`;
  parts.push(
    `Thời hạn "${d.rule.title}" là ${d.days} ${unit}${d.unit === 'calendar_days' ? ' (tính theo dương lịch)' : ''}` +
      `${variant}, theo ${formatSources(d.rule.source)} (bộ quy tắc ${d.rule.ruleSetId}).`,
  );
  if (d.rule.policy) parts.push('Đây là thời hạn do cơ quan quy định, không phải thời hạn luật định.');

  const applied = d.extensions.filter((e) => e.applied);
  if (applied.length) {
    const list = applied.map((e) => `${e.days} ${unit} theo quyết định ngày ${formatVietnameseDate(e.on)}`).join(', ');
    parts.push(
      `Thời hạn được gia hạn ${applied.length} lần (${list}), tổng cộng ${d.totalDays} ${unit}; ` +
        'số ngày gia hạn được cộng nối tiếp ngày cuối cùng của thời hạn trước khi xét ngày nghỉ.',
    );
  }

  parts.push(
    `Thời hạn bắt đầu từ sự kiện "${d.start.event}" ngày ${formatVietnameseDate(d.start.date)}; theo Điều 147 ` +
      `Bộ luật Dân sự 2015, ngày xảy ra sự kiện không được tính, ngày đầu tiên được tính là ${formatVietnameseDay(d.start.firstCountedDay)}.`,
  );

  for (const p of d.pauses) {
    if (!p.applied) continue;
    parts.push(
      p.to
        ? `Việc giải quyết bị tạm đình chỉ từ ngày ${formatVietnameseDate(p.from)} đến ngày ${formatVietnameseDate(p.to)}: ` +
            `${p.daysNotCounted} ${unit} sau ngày tạm đình chỉ đến hết ngày tiếp tục giải quyết không được tính vào thời hạn (${pauseLawOf(d.rule.key)}).`
        : `Việc giải quyết đang bị tạm đình chỉ từ ngày ${formatVietnameseDate(p.from)} (đã tính ${p.countedBefore} ${unit}); ` +
            `thời hạn ngừng chạy cho đến khi tiếp tục giải quyết (${pauseLawOf(d.rule.key)}).`,
    );
  }

  if (d.unit === 'working_days' && d.skipped.length) {
    parts.push(`Không tính ${d.skipped.length} ngày nghỉ: ${listDays(d.skipped)}.`);
  }
  if (d.nominalEnd) {
    parts.push(`Ngày cuối cùng của thời hạn theo cách đếm là ${formatVietnameseDay(d.nominalEnd)}.`);
  }
  if (d.rolledOver.length) {
    parts.push(
      `Ngày này là ngày nghỉ (${listDays(d.rolledOver)}), nên theo khoản 5 Điều 148 Bộ luật Dân sự 2015 ` +
        'thời hạn kết thúc vào cuối ngày làm việc tiếp theo.',
    );
  }
  if (d.dueDate) {
    parts.push(`Hạn cuối: 24 giờ ${formatVietnameseDay(d.dueDate)} (khoản 1 và khoản 6 Điều 148 Bộ luật Dân sự 2015).`);
  }
  for (const e of d.estimated) parts.push(`Lưu ý: ${e.reason}`);
  for (const w of d.warnings) parts.push(`Lưu ý: ${w}`);

  parts.push(statusSentence(d, status));
  return parts.join(' ');
}

function statusSentence(d: DeadlineDerivation, status: DeadlineStatus): string {
  const asOf = formatVietnameseDate(d.asOf);
  switch (status) {
    case 'paused':
      return `Tính đến ngày ${asOf}, thời hạn đang tạm dừng; chưa xác định được hạn cuối.`;
    case 'met':
      return `Việc đã được thực hiện ngày ${formatVietnameseDate(d.stoppedOn!)}, trong thời hạn.`;
    case 'late':
      return `Việc được thực hiện ngày ${formatVietnameseDate(d.stoppedOn!)}, chậm ${daysBetween(d.dueDate!, d.stoppedOn!)} ngày so với hạn.`;
    case 'overdue':
      return `Tính đến ngày ${asOf}, đã quá hạn ${daysBetween(d.dueDate!, d.asOf)} ngày.`;
    default:
      return `Tính đến ngày ${asOf}, còn ${daysBetween(d.asOf, d.dueDate!)} ngày đến hạn.`;
  }
}
