import type { CsvColumn } from '../export/csv';
import { LEVEL_GROUP_LABELS, levelGroupOf } from '../report/levels';
import type { LeagueRow, OverdueItem } from './view-types';

const KIND_LABELS: Record<string, string> = {
  complaint: 'Khiếu nại',
  denunciation: 'Tố cáo',
  feedback: 'Kiến nghị, phản ánh',
};

/** The CSV columns of the overdue list (Vietnamese headings). Codes and holders, never identities. */
export const OVERDUE_COLUMNS: CsvColumn<OverdueItem>[] = [
  { heading: 'Số vụ việc', value: (r) => r.code },
  { heading: 'Loại vụ việc', value: (r) => KIND_LABELS[r.kind] ?? r.kind },
  { heading: 'Lần giải quyết', value: (r) => r.round },
  { heading: 'Vụ việc số', value: (r) => r.unitNo },
  { heading: 'Mã cơ quan đang giải quyết', value: (r) => r.authority.code },
  { heading: 'Cơ quan đang giải quyết', value: (r) => r.authority.name },
  { heading: 'Cấp', value: (r) => LEVEL_GROUP_LABELS[levelGroupOf(r.authority.level)] },
  { heading: 'Giữ hồ sơ từ ngày', value: (r) => r.heldSince },
  { heading: 'Số ngày đang giữ', value: (r) => r.daysHeld },
  { heading: 'Ngày thụ lý', value: (r) => r.acceptedOn },
  { heading: 'Hạn giải quyết', value: (r) => r.dueOn },
  { heading: 'Số ngày quá hạn', value: (r) => r.daysOverdue },
];

const authorityOf = (r: LeagueRow) => (r.scope.type === 'authority' ? r.scope.authority : undefined);

/** The CSV columns of the league table (Vietnamese headings). */
export const LEAGUE_COLUMNS: CsvColumn<LeagueRow>[] = [
  { heading: 'Mã cơ quan', value: (r) => authorityOf(r)?.code },
  { heading: 'Cơ quan', value: (r) => authorityOf(r)?.name },
  { heading: 'Cấp', value: (r) => (r.scope.type === 'total' ? null : LEVEL_GROUP_LABELS[r.scope.level]) },
  { heading: 'Đơn tiếp nhận trong kỳ', value: (r) => r.received },
  { heading: 'Tổng số vụ việc phải giải quyết', value: (r) => r.toResolve },
  { heading: 'Đã giải quyết', value: (r) => r.resolved },
  { heading: 'Tỷ lệ giải quyết (%)', value: (r) => r.resolutionRate.percent },
  { heading: 'Đúng thời hạn', value: (r) => r.onTime },
  { heading: 'Quá thời hạn', value: (r) => r.late },
  { heading: 'Tỷ lệ giải quyết đúng thời hạn (%)', value: (r) => r.onTimeRate.percent },
  { heading: 'Số ngày giải quyết (trung vị)', value: (r) => r.medianDays },
  { heading: 'Số ngày giải quyết (phân vị 90)', value: (r) => r.p90Days },
  { heading: 'Đang giải quyết quá hạn cuối kỳ', value: (r) => r.pendingOverdue },
  { heading: 'Có số liệu kê khai', value: (r) => r.declared !== undefined },
];
