import { LKN, ND124, src } from './instruments';
import { CD, WD, limit } from './time-limit.builder';

/** Complaints (khiếu nại), 2020-12-10 to 2026-06-30. */
export const COMPLAINT_LIMITS_2019 = [
  limit('complaint.limitation', 'Thời hiệu khiếu nại', CD, { base: 90 }, [src(LKN, 'Điều 9')], {
    kind: 'right_window',
    countedFrom: 'ngày nhận được quyết định hành chính hoặc biết được quyết định hành chính, hành vi hành chính',
    note: 'Time lost to illness, disaster, travel or another objective obstacle is not counted (Art. 9 para. 2): a pause.',
  }),
  limit(
    'complaint.disciplinary.limitation.round1',
    'Thời hiệu khiếu nại lần đầu đối với quyết định kỷ luật',
    CD,
    { base: 15 },
    [src(LKN, 'Điều 48')],
    { kind: 'right_window', countedFrom: 'ngày cán bộ, công chức nhận được quyết định kỷ luật' },
  ),
  limit(
    'complaint.disciplinary.limitation.round2',
    'Thời hiệu khiếu nại lần hai đối với quyết định kỷ luật',
    CD,
    { base: 10 },
    [src(LKN, 'Điều 48')],
    { kind: 'right_window', countedFrom: 'ngày nhận được quyết định giải quyết khiếu nại lần đầu' },
  ),
  limit(
    'complaint.disciplinary.limitation.round2Dismissal',
    'Thời hiệu khiếu nại lần hai đối với quyết định kỷ luật buộc thôi việc',
    CD,
    { base: 30 },
    [src(LKN, 'Điều 48')],
    { kind: 'right_window', countedFrom: 'ngày nhận được quyết định giải quyết khiếu nại lần đầu' },
  ),
  limit(
    'complaint.acceptance',
    'Thụ lý giải quyết khiếu nại',
    WD,
    { base: 10 },
    [src(ND124, 'Điều 16 khoản 1'), src(LKN, 'Điều 27, Điều 36 khoản 1, Điều 50')],
    {
      countedFrom: 'ngày nhận được khiếu nại',
      note:
        'The statute says "10 ngày"; ND124 Art. 16.1 counts them as "10 ngày làm việc" for every round and for ' +
        'disciplinary complaints. The decree is encoded (see docs/law/rules.md, "Thụ lý").',
    },
  ),
  limit(
    'complaint.informationResponse',
    'Cung cấp thông tin, tài liệu, giải trình theo yêu cầu',
    CD,
    { base: 7 },
    [src(LKN, 'Điều 13 khoản 2 điểm c, Điều 14 khoản 1 điểm a, Điều 15 khoản 1 điểm a')],
    { countedFrom: 'ngày có yêu cầu' },
  ),
  limit(
    'complaint.resolution.round1',
    'Giải quyết khiếu nại lần đầu',
    CD,
    { base: 30, complex: 45, remote: 45, remoteComplex: 60 },
    [src(LKN, 'Điều 28')],
    { countedFrom: 'ngày thụ lý' },
  ),
  limit(
    'complaint.resolution.round2',
    'Giải quyết khiếu nại lần hai',
    CD,
    { base: 45, complex: 60, remote: 60, remoteComplex: 70 },
    [src(LKN, 'Điều 37')],
    { countedFrom: 'ngày thụ lý' },
  ),
  limit(
    'complaint.resolution.disciplinary',
    'Giải quyết khiếu nại quyết định kỷ luật (lần đầu, lần hai)',
    CD,
    { base: 30, complex: 45 },
    [src(LKN, 'Điều 50')],
    {
      countedFrom: 'ngày thụ lý',
      note: 'No longer period for remote areas: `remote` falls back to 30, `remoteComplex` to 45.',
    },
  ),
  limit(
    'complaint.terminationLapse',
    'Hết 30 ngày sau thông báo đình chỉ mà không tiếp tục khiếu nại',
    CD,
    { base: 30 },
    [src(LKN, 'Điều 11 khoản 8')],
    { kind: 'right_window', countedFrom: 'ngày có văn bản thông báo đình chỉ việc giải quyết khiếu nại' },
  ),
  limit(
    'complaint.decisionSending.round1',
    'Gửi quyết định giải quyết khiếu nại lần đầu',
    WD,
    { base: 3 },
    [src(LKN, 'Điều 32'), src(ND124, 'Điều 29 khoản 2 điểm a, b')],
    { countedFrom: 'ngày ban hành quyết định giải quyết khiếu nại' },
  ),
  limit(
    'complaint.decisionSending.round2',
    'Gửi quyết định giải quyết khiếu nại lần hai',
    WD,
    { base: 7 },
    [src(ND124, 'Điều 29 khoản 2 điểm a, b'), src(LKN, 'Điều 41 khoản 1, Điều 56 khoản 2')],
    {
      countedFrom: 'ngày ban hành quyết định giải quyết khiếu nại',
      note:
        'The statute says "07 ngày"; ND124 Art. 29.2 says "07 ngày làm việc". The decree is encoded, as for ' +
        'thụ lý; the stricter calendar reading is discussed in docs/law/rules.md.',
    },
  ),
  limit(
    'complaint.publication',
    'Công khai quyết định giải quyết khiếu nại',
    CD,
    { base: 15 },
    [src(ND124, 'Điều 29 khoản 3')],
    { countedFrom: 'ngày có quyết định giải quyết khiếu nại' },
  ),
  limit(
    'complaint.publicationMeetingNotice',
    'Báo trước cuộc họp công bố quyết định giải quyết khiếu nại',
    CD,
    { base: 3 },
    [src(ND124, 'Điều 29 khoản 3 điểm a')],
    { kind: 'notice_before', countedFrom: 'ngày họp (tính lùi)' },
  ),
  limit(
    'complaint.publicationPosting',
    'Thời gian niêm yết, đăng tải quyết định giải quyết khiếu nại tối thiểu',
    CD,
    { base: 15 },
    [src(ND124, 'Điều 29 khoản 3 điểm b, c')],
    { kind: 'minimum_duration', countedFrom: 'ngày niêm yết' },
  ),
  limit(
    'complaint.secondComplaintWindow',
    'Thời hạn khiếu nại lần hai',
    CD,
    { base: 30, remote: 45, remoteComplex: 45 },
    [src(LKN, 'Điều 33 khoản 1'), src(ND124, 'Điều 4 khoản 1')],
    {
      kind: 'right_window',
      countedFrom:
        'ngày hết thời hạn giải quyết lần đầu mà không được giải quyết, hoặc ngày nhận được quyết định giải quyết lần đầu',
    },
  ),
  limit(
    'complaint.decisionFinality',
    'Quyết định giải quyết khiếu nại có hiệu lực pháp luật',
    CD,
    { base: 30, remote: 45, remoteComplex: 45 },
    [src(LKN, 'Điều 44 khoản 1, 2')],
    { kind: 'effect_after', countedFrom: 'ngày ban hành quyết định giải quyết khiếu nại' },
  ),
  limit(
    'complaint.disciplinary.decisionFinality',
    'Quyết định giải quyết khiếu nại quyết định kỷ luật có hiệu lực pháp luật',
    CD,
    { base: 30 },
    [src(LKN, 'Điều 57 khoản 1')],
    { kind: 'effect_after', countedFrom: 'ngày ban hành quyết định giải quyết khiếu nại' },
  ),
  limit(
    'complaint.enforcement',
    'Tổ chức thi hành quyết định giải quyết khiếu nại có hiệu lực pháp luật',
    WD,
    { base: 5 },
    [src(ND124, 'Điều 31 khoản 1')],
    { countedFrom: 'ngày quyết định giải quyết khiếu nại có hiệu lực pháp luật' },
  ),
];
