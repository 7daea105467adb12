import { toCsv, type CsvColumn } from '@kntc/audit';
import { DUTY_PER_LABELS, DUTY_PERIOD_STATUS_LABELS, dutyHeadOf, type DutyPeriod } from '@kntc/domain';
import type { DutyComplianceView } from '@kntc/workflow';

type DutyCsvRow = { authority: DutyComplianceView['authority']; period: DutyPeriod };

/** The CSV columns of the compliance view (Vietnamese headings): one line per authority and period. */
const DUTY_COMPLIANCE_COLUMNS: CsvColumn<DutyCsvRow>[] = [
  { heading: 'Mã cơ quan', value: (r) => r.authority.code },
  { heading: 'Cơ quan, đơn vị', value: (r) => r.authority.name },
  { heading: 'Người đứng đầu', value: (r) => dutyHeadOf(r.authority.level) },
  { heading: 'Từ ngày', value: (r) => r.period.from },
  { heading: 'Đến ngày', value: (r) => r.period.to },
  { heading: 'Kỳ', value: (r) => DUTY_PER_LABELS[r.period.per] },
  { heading: 'Bộ quy tắc', value: (r) => r.period.ruleSetId },
  { heading: 'Số ngày phải tiếp', value: (r) => r.period.required },
  { heading: 'Số ngày có lịch tiếp', value: (r) => r.period.scheduled },
  { heading: 'Số ngày lịch tiếp bị hủy', value: (r) => r.period.cancelled },
  { heading: 'Số ngày người đứng đầu trực tiếp tiếp', value: (r) => r.period.heldInPerson },
  { heading: 'Số ngày ủy quyền tiếp', value: (r) => r.period.heldDelegated },
  { heading: 'Số ngày còn thiếu', value: (r) => r.period.missing },
  { heading: 'Số ngày còn thiếu (trực tiếp tiếp)', value: (r) => r.period.missingInPerson },
  { heading: 'Kết quả', value: (r) => DUTY_PERIOD_STATUS_LABELS[r.period.status] },
  {
    heading: 'Căn cứ',
    value: (r) =>
      r.period.source.map((s) => `${s.article} ${s.instrument}${s.amendedBy ? ` (${s.amendedBy})` : ''}`).join('; '),
  },
];

/** The compliance view as CSV (UTF-8 with BOM, the project's one CSV writer). */
export function dutyComplianceCsv(views: readonly DutyComplianceView[]): string {
  return toCsv(
    DUTY_COMPLIANCE_COLUMNS,
    views.flatMap((v) => v.periods.map((period) => ({ authority: v.authority, period }))),
  );
}
