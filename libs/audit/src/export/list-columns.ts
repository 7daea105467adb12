import type { CaseDrillRow, PetitionDrillRow } from '../report/drill.repository';
import type { CsvColumn } from './csv';

/** The CSV columns of a list of case units (drill-down, overdue list). Never identities. */
export const CASE_LIST_COLUMNS: CsvColumn<CaseDrillRow>[] = [
  { heading: 'Số vụ việc', value: (r) => r.code },
  { heading: 'Loại vụ việc', value: (r) => r.kind },
  { heading: 'Lần giải quyết', value: (r) => r.round },
  { heading: 'Vụ việc số', value: (r) => r.unitNo },
  { heading: 'Mã cơ quan', value: (r) => r.authorityCode },
  { heading: 'Cơ quan giải quyết', value: (r) => r.authorityName },
  { heading: 'Ngày thụ lý', value: (r) => r.acceptedOn },
  { heading: 'Từ ngày', value: (r) => r.startOn },
  { heading: 'Cách nhận', value: (r) => r.entry },
  { heading: 'Đến ngày', value: (r) => r.endOn },
  { heading: 'Kết thúc', value: (r) => r.exit },
  { heading: 'Lý do kết thúc, chuyển', value: (r) => r.exitReason },
  { heading: 'Hình thức giải quyết', value: (r) => r.resolution },
  { heading: 'Kết quả', value: (r) => r.outcome },
  { heading: 'Đối với quyết định lần đầu', value: (r) => r.effectOnRound1 },
  { heading: 'Hạn giải quyết', value: (r) => r.dueOn },
  { heading: 'Đúng hạn', value: (r) => r.onTime },
  { heading: 'Số ngày quá hạn', value: (r) => r.daysOverdue },
  { heading: 'Ngày thực hiện xong', value: (r) => r.implementedOn },
];

export const PETITION_LIST_COLUMNS: CsvColumn<PetitionDrillRow>[] = [
  { heading: 'Số đơn', value: (r) => r.code },
  { heading: 'Lượt', value: (r) => r.spellNo },
  { heading: 'Mã cơ quan', value: (r) => r.authorityCode },
  { heading: 'Cơ quan', value: (r) => r.authorityName },
  { heading: 'Cách đến', value: (r) => r.entry },
  { heading: 'Ngày đến', value: (r) => r.arrivedOn },
  { heading: 'Nguồn đơn', value: (r) => r.channel },
  { heading: 'Số người đứng tên', value: (r) => r.signatories },
  { heading: 'Nội dung', value: (r) => r.contentKind },
  { heading: 'Đủ điều kiện xử lý', value: (r) => r.eligible },
  { heading: 'Thuộc thẩm quyền', value: (r) => r.withinCompetence },
  { heading: 'Kết quả xử lý', value: (r) => r.disposition },
  { heading: 'Ngày xử lý', value: (r) => r.endOn },
  { heading: 'Ngày nơi nhận xác nhận', value: (r) => r.acknowledgedOn },
  { heading: 'Phúc đáp', value: (r) => r.reply },
  { heading: 'Ngày phúc đáp', value: (r) => r.replyOn },
];
