import type { ReportSubject } from '../report/report-types';

/**
 * The KNTC forms of the reporting circular. TT 06/2025/TT-TTCP (in force from 30/09/2025) lists
 * Biểu 01/TCD, 02/XLD, 03/GQKN, 04/GQTC and 05/KQTH, but the definitions of their columns were
 * not obtained: the columns here follow the predecessors of TT 02/2021/TT-TTCP (Biểu 01/XLD,
 * 03/KQGQ and the complaint form believed to mirror it), filled from the engine's figures (Biểu
 * 01/TCD from the sổ tiếp công dân). What the engine does not record (money and land recovered,
 * administrative sanctions, results by visit) is shown as a column marked "không có dữ liệu",
 * never invented.
 */
export const FORM_CODES = ['01-TCD', '02-XLD', '03-GQKN', '04-GQTC', '05-KQTH'] as const;
export type FormCode = (typeof FORM_CODES)[number];

export type ColumnSource =
  | { subject: ReportSubject; metric: string }
  | { subject: ReportSubject; sum: string[] }
  | { subject: ReportSubject; ratio: string }
  | { unavailable: string };

export interface FormColumn {
  /** Column number as printed on the form. */
  no: number;
  heading: string;
  /** Heading of the group of columns above it (merged), if any. */
  group?: string;
  source: ColumnSource;
  /** How the column is computed from others, printed under the heading (e.g. "1=2+6+10"). */
  formula?: string;
}

export interface FormDefinition {
  code: FormCode;
  /** As printed: "Biểu số 02/XLD". */
  number: string;
  title: string;
  columns: FormColumn[];
}

export const FORM_BASIS_NOTE =
  'Bố cục cột dựa trên các biểu của Thông tư 02/2021/TT-TTCP; định nghĩa cột của các biểu theo Thông tư 06/2025/TT-TTCP chưa được đối chiếu. ' +
  'Số liệu do hệ thống tính từ nhật ký sự kiện; cột ghi "không có dữ liệu" là nội dung hệ thống không ghi nhận.';

const NA = (what: string): ColumnSource => ({ unavailable: what });

const X = (metric: string): ColumnSource => ({ subject: 'petitions', metric });
const R = (metric: string): ColumnSource => ({ subject: 'reception', metric });
const K = (metric: string): ColumnSource => ({ subject: 'complaint', metric });
const T = (metric: string): ColumnSource => ({ subject: 'denunciation', metric });

const numbered = (columns: Omit<FormColumn, 'no'>[]): FormColumn[] => columns.map((c, i) => ({ ...c, no: i + 1 }));

export const FORMS: Record<FormCode, FormDefinition> = {
  '01-TCD': {
    code: '01-TCD',
    number: 'Biểu số 01/TCD',
    title: 'TỔNG HỢP KẾT QUẢ TIẾP CÔNG DÂN',
    // From the sổ tiếp công dân (docs/law/audit.md, reception figures); the đoàn đông người
    // threshold is the configured one (RECEPTION_DELEGATION_MIN_PEOPLE, 5 by default).
    columns: numbered([
      { heading: 'Số lượt tiếp', group: 'Tiếp thường xuyên, định kỳ và đột xuất', source: R('visits') },
      { heading: 'Số người được tiếp', group: 'Tiếp thường xuyên, định kỳ và đột xuất', source: R('people') },
      {
        heading: 'Tổng số vụ việc',
        group: 'Số vụ việc',
        source: R('cases'),
        formula: '3=4+5',
      },
      { heading: 'Vụ việc cũ', group: 'Số vụ việc', source: R('casesOld') },
      { heading: 'Vụ việc mới phát sinh', group: 'Số vụ việc', source: R('casesNew') },
      { heading: 'Số đoàn', group: 'Đoàn đông người', source: R('delegations') },
      { heading: 'Số người', group: 'Đoàn đông người', source: R('delegationPeople') },
      {
        heading: 'Tổng số lượt',
        group: 'Tiếp của lãnh đạo (định kỳ, đột xuất)',
        source: R('leaderVisits'),
        formula: '8=9+10',
      },
      {
        heading: 'Lãnh đạo trực tiếp tiếp',
        group: 'Tiếp của lãnh đạo (định kỳ, đột xuất)',
        source: R('leaderInPerson'),
      },
      { heading: 'Ủy quyền tiếp', group: 'Tiếp của lãnh đạo (định kỳ, đột xuất)', source: R('leaderDelegated') },
      { heading: 'Khiếu nại', group: 'Nội dung tiếp (số lượt)', source: R('contentComplaint') },
      { heading: 'Tố cáo', group: 'Nội dung tiếp (số lượt)', source: R('contentDenunciation') },
      { heading: 'Kiến nghị, phản ánh', group: 'Nội dung tiếp (số lượt)', source: R('contentFeedback') },
      { heading: 'Nhiều nội dung, chưa phân loại', group: 'Nội dung tiếp (số lượt)', source: R('contentOther') },
      {
        heading: 'Số đơn vào sổ qua tiếp công dân',
        group: 'Đơn tiếp nhận qua tiếp công dân',
        source: X('receivedFromReception'),
      },
      {
        heading: 'Kết quả giải quyết vụ việc qua tiếp công dân',
        source: NA('kết quả giải quyết theo từng lượt tiếp'),
      },
    ]),
  },
  '02-XLD': {
    code: '02-XLD',
    number: 'Biểu số 02/XLD',
    title: 'TỔNG HỢP KẾT QUẢ TIẾP NHẬN, XỬ LÝ ĐƠN',
    columns: numbered([
      { heading: 'Tổng số đơn', source: X('total'), formula: '1=2+6+10' },
      { heading: 'Tổng', group: 'Kỳ trước chuyển sang', source: X('carriedOver'), formula: '2=3+4+5' },
      { heading: 'Đơn có một người đứng tên', group: 'Kỳ trước chuyển sang', source: X('carriedOverOne') },
      { heading: 'Đơn có nhiều người đứng tên', group: 'Kỳ trước chuyển sang', source: X('carriedOverMany') },
      { heading: 'Đơn khác', group: 'Kỳ trước chuyển sang', source: X('carriedOverOther') },
      { heading: 'Tổng', group: 'Tiếp nhận trong kỳ', source: X('received'), formula: '6=7+8+9' },
      { heading: 'Đơn có một người đứng tên', group: 'Tiếp nhận trong kỳ', source: X('receivedOne') },
      { heading: 'Đơn có nhiều người đứng tên', group: 'Tiếp nhận trong kỳ', source: X('receivedMany') },
      { heading: 'Đơn khác', group: 'Tiếp nhận trong kỳ', source: X('receivedOther') },
      { heading: 'Nhận bàn giao (sắp xếp tổ chức)', source: X('transferredIn') },
      { heading: 'Số đơn đã xử lý', source: X('processed'), formula: '11=12+13' },
      { heading: 'Đơn không đủ điều kiện xử lý', source: X('ineligible') },
      { heading: 'Đơn đủ điều kiện xử lý', source: X('eligible'), formula: '13=14+15+16+17=18+19+20+21+22' },
      { heading: 'Khiếu nại', group: 'Phân loại đơn đủ điều kiện theo nội dung', source: X('eligibleComplaint') },
      { heading: 'Tố cáo', group: 'Phân loại đơn đủ điều kiện theo nội dung', source: X('eligibleDenunciation') },
      {
        heading: 'Kiến nghị, phản ánh',
        group: 'Phân loại đơn đủ điều kiện theo nội dung',
        source: X('eligibleFeedback'),
      },
      { heading: 'Nhiều nội dung', group: 'Phân loại đơn đủ điều kiện theo nội dung', source: X('eligibleMixed') },
      {
        heading: 'Đơn thuộc thẩm quyền (đề xuất thụ lý)',
        group: 'Kết quả xử lý đơn đủ điều kiện',
        source: X('eligibleAccept'),
      },
      { heading: 'Hướng dẫn', group: 'Kết quả xử lý đơn đủ điều kiện', source: X('eligibleGuide') },
      { heading: 'Chuyển đơn', group: 'Kết quả xử lý đơn đủ điều kiện', source: X('eligibleForward') },
      { heading: 'Đôn đốc giải quyết', group: 'Kết quả xử lý đơn đủ điều kiện', source: X('eligibleUrge') },
      {
        heading: 'Khác (trả lại, tách đơn, lưu, không xử lý)',
        group: 'Kết quả xử lý đơn đủ điều kiện',
        source: { subject: 'petitions', sum: ['eligibleReturn', 'eligibleSplit', 'eligibleFile', 'eligibleDismiss'] },
      },
      { heading: 'Số văn bản phúc đáp nhận được do chuyển đơn', source: X('forwardRepliesReceived') },
      { heading: 'Bàn giao đi (sắp xếp tổ chức)', source: X('transferredOut') },
      { heading: 'Chưa xử lý xong chuyển kỳ sau', source: X('pending'), formula: '25=1-11-24' },
    ]),
  },
  '03-GQKN': {
    code: '03-GQKN',
    number: 'Biểu số 03/GQKN',
    title: 'TỔNG HỢP KẾT QUẢ GIẢI QUYẾT KHIẾU NẠI THUỘC THẨM QUYỀN',
    columns: numbered([
      {
        heading: 'Tổng số vụ việc phải giải quyết',
        group: 'Vụ việc thuộc thẩm quyền',
        source: K('toResolve'),
        formula: '1=2+3+4-5',
      },
      { heading: 'Kỳ trước chuyển sang', group: 'Vụ việc thuộc thẩm quyền', source: K('carriedOver') },
      { heading: 'Thụ lý mới trong kỳ', group: 'Vụ việc thuộc thẩm quyền', source: K('new') },
      { heading: 'Nhận bàn giao', group: 'Vụ việc thuộc thẩm quyền', source: K('transferredIn') },
      { heading: 'Bàn giao đi', group: 'Vụ việc thuộc thẩm quyền', source: K('transferredOut') },
      { heading: 'Tổng', group: 'Đã giải quyết', source: K('resolved'), formula: '6=7+8=9+10+11' },
      { heading: 'Lần đầu', group: 'Đã giải quyết', source: K('resolvedRound1') },
      { heading: 'Lần hai', group: 'Đã giải quyết', source: K('resolvedRound2') },
      {
        heading: 'Bằng quyết định giải quyết',
        group: 'Đã giải quyết',
        source: K('resolvedByDecision'),
        formula: '9=12+13+14',
      },
      { heading: 'Rút toàn bộ nội dung', group: 'Đã giải quyết', source: K('resolvedWithdrawn') },
      { heading: 'Đình chỉ không do rút', group: 'Đã giải quyết', source: K('resolvedTerminated') },
      { heading: 'Khiếu nại đúng', group: 'Phân tích kết quả', source: K('outcomeCorrect') },
      { heading: 'Khiếu nại có đúng, có sai', group: 'Phân tích kết quả', source: K('outcomePartlyCorrect') },
      { heading: 'Khiếu nại sai', group: 'Phân tích kết quả', source: K('outcomeIncorrect') },
      { heading: 'Công nhận quyết định lần đầu', group: 'Giải quyết lần hai', source: K('round2Upheld') },
      { heading: 'Sửa quyết định lần đầu', group: 'Giải quyết lần hai', source: K('round2Amended') },
      { heading: 'Hủy quyết định lần đầu', group: 'Giải quyết lần hai', source: K('round2Annulled') },
      { heading: 'Đúng quy định', group: 'Chấp hành thời hạn giải quyết', source: K('onTime') },
      { heading: 'Không đúng quy định', group: 'Chấp hành thời hạn giải quyết', source: K('late') },
      { heading: 'Tỷ lệ giải quyết (%)', source: { subject: 'complaint', ratio: 'resolutionRate' }, formula: '20=6/1' },
      { heading: 'Kết thúc khác (khởi kiện, lần hai khi lần đầu quá hạn)', source: K('endedOther') },
      { heading: 'Tổng', group: 'Chưa giải quyết xong chuyển kỳ sau', source: K('pending'), formula: '22=1-6-21' },
      { heading: 'Trong đó quá hạn', group: 'Chưa giải quyết xong chuyển kỳ sau', source: K('pendingOverdue') },
      { heading: 'Tiền, đất trả lại và kiến nghị thu hồi', source: NA('giá trị tiền, đất') },
      { heading: 'Kiến nghị xử lý hành chính', source: NA('xử lý hành chính') },
    ]),
  },
  '04-GQTC': {
    code: '04-GQTC',
    number: 'Biểu số 04/GQTC',
    title: 'TỔNG HỢP KẾT QUẢ GIẢI QUYẾT TỐ CÁO THUỘC THẨM QUYỀN',
    columns: numbered([
      {
        heading: 'Tổng số vụ việc phải giải quyết',
        group: 'Vụ việc thuộc thẩm quyền',
        source: T('toResolve'),
        formula: '1=2+3+5-6',
      },
      { heading: 'Kỳ trước chuyển sang', group: 'Vụ việc thuộc thẩm quyền', source: T('carriedOver') },
      { heading: 'Thụ lý mới trong kỳ', group: 'Vụ việc thuộc thẩm quyền', source: T('new') },
      { heading: 'Trong đó tố cáo tiếp', group: 'Vụ việc thuộc thẩm quyền', source: T('newFurther') },
      { heading: 'Nhận bàn giao', group: 'Vụ việc thuộc thẩm quyền', source: T('transferredIn') },
      { heading: 'Bàn giao đi', group: 'Vụ việc thuộc thẩm quyền', source: T('transferredOut') },
      { heading: 'Tổng', group: 'Đã giải quyết', source: T('resolved'), formula: '7=8+9+10' },
      {
        heading: 'Bằng kết luận nội dung tố cáo',
        group: 'Đã giải quyết',
        source: T('resolvedByDecision'),
        formula: '8=11+12+13',
      },
      { heading: 'Rút toàn bộ nội dung', group: 'Đã giải quyết', source: T('resolvedWithdrawn') },
      { heading: 'Đình chỉ không do rút', group: 'Đã giải quyết', source: T('resolvedTerminated') },
      { heading: 'Tố cáo đúng', group: 'Phân tích kết quả', source: T('outcomeCorrect') },
      { heading: 'Tố cáo có đúng, có sai', group: 'Phân tích kết quả', source: T('outcomePartlyCorrect') },
      { heading: 'Tố cáo sai', group: 'Phân tích kết quả', source: T('outcomeIncorrect') },
      { heading: 'Tố cáo tiếp đã giải quyết', source: T('resolvedFurther') },
      { heading: 'Đúng quy định', group: 'Chấp hành thời hạn giải quyết', source: T('onTime') },
      { heading: 'Không đúng quy định', group: 'Chấp hành thời hạn giải quyết', source: T('late') },
      {
        heading: 'Tỷ lệ giải quyết (%)',
        source: { subject: 'denunciation', ratio: 'resolutionRate' },
        formula: '17=7/1',
      },
      { heading: 'Tổng', group: 'Kết thúc khác', source: T('endedOther') },
      { heading: 'Trong đó chuyển cơ quan điều tra', group: 'Kết thúc khác', source: T('endedInvestigation') },
      { heading: 'Tổng', group: 'Chưa giải quyết xong chuyển kỳ sau', source: T('pending'), formula: '20=1-7-18' },
      { heading: 'Trong đó quá hạn', group: 'Chưa giải quyết xong chuyển kỳ sau', source: T('pendingOverdue') },
      { heading: 'Tiền, đất trả lại và kiến nghị thu hồi', source: NA('giá trị tiền, đất') },
      { heading: 'Kiến nghị xử lý hành chính, kỷ luật', source: NA('xử lý hành chính') },
    ]),
  },
  '05-KQTH': {
    code: '05-KQTH',
    number: 'Biểu số 05/KQTH',
    title: 'TỔNG HỢP KẾT QUẢ THỰC HIỆN QUYẾT ĐỊNH GIẢI QUYẾT KHIẾU NẠI, KẾT LUẬN NỘI DUNG TỐ CÁO',
    columns: numbered([
      {
        heading: 'Tổng số phải thực hiện',
        group: 'Quyết định giải quyết khiếu nại',
        source: { subject: 'complaint', sum: ['decisionsCarriedOver', 'resolvedByDecision'] },
        formula: '1=2+3',
      },
      { heading: 'Kỳ trước chuyển sang', group: 'Quyết định giải quyết khiếu nại', source: K('decisionsCarriedOver') },
      { heading: 'Ban hành trong kỳ', group: 'Quyết định giải quyết khiếu nại', source: K('resolvedByDecision') },
      { heading: 'Đã thực hiện xong', group: 'Quyết định giải quyết khiếu nại', source: K('decisionsImplemented') },
      {
        heading: 'Chưa thực hiện xong',
        group: 'Quyết định giải quyết khiếu nại',
        source: K('decisionsToImplement'),
        formula: '5=1-4',
      },
      {
        heading: 'Tổng số phải thực hiện',
        group: 'Kết luận nội dung tố cáo',
        source: { subject: 'denunciation', sum: ['decisionsCarriedOver', 'resolvedByDecision'] },
        formula: '6=7+8',
      },
      { heading: 'Kỳ trước chuyển sang', group: 'Kết luận nội dung tố cáo', source: T('decisionsCarriedOver') },
      { heading: 'Ban hành trong kỳ', group: 'Kết luận nội dung tố cáo', source: T('resolvedByDecision') },
      { heading: 'Đã thực hiện xong', group: 'Kết luận nội dung tố cáo', source: T('decisionsImplemented') },
      {
        heading: 'Chưa thực hiện xong',
        group: 'Kết luận nội dung tố cáo',
        source: T('decisionsToImplement'),
        formula: '10=6-9',
      },
      { heading: 'Tiền, đất đã thu hồi, trả lại', source: NA('giá trị tiền, đất') },
      { heading: 'Người đã bị xử lý kỷ luật, hành chính', source: NA('xử lý kỷ luật') },
    ]),
  },
};
