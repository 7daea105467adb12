import { L136, LKN, ND124, ND154, ND155, src } from './instruments';
import { CD, WD, limit } from './time-limit.builder';

/** Periods that Luật 136/2025 and NĐ 154, 155/2026 add or change from 2026-07-01. */
export const CHANGED_LIMITS_2026 = [
  limit(
    'complaint.acceptance',
    'Thụ lý giải quyết khiếu nại',
    WD,
    { base: 7 },
    [
      src(LKN, 'Điều 27, Điều 36 khoản 1, Điều 50', { amendedBy: `${L136}, Điều 2 khoản 15 điểm b` }),
      src(ND124, 'Điều 16 khoản 1', { amendedBy: `${ND155}, Điều 10` }),
    ],
    { countedFrom: 'ngày nhận được khiếu nại' },
  ),
  limit(
    'complaint.dialogueNotice',
    'Thông báo tổ chức đối thoại',
    CD,
    { base: 5 },
    [src(ND124, 'Điều 28 khoản 1', { amendedBy: `${ND155}, Điều 11` })],
    { kind: 'notice_before', countedFrom: 'ngày đối thoại (tính lùi)' },
  ),
  limit(
    'complaint.suspensionNotice',
    'Gửi quyết định tạm đình chỉ, đình chỉ, tiếp tục giải quyết khiếu nại',
    WD,
    { base: 3 },
    [
      src(ND124, 'Điều 28b khoản 1, 2', { amendedBy: `${ND155}, Điều 12` }),
      src(LKN, 'Điều 11a khoản 3, 4', { amendedBy: `${L136}, Điều 2 khoản 4` }),
    ],
    { countedFrom: 'ngày ban hành quyết định' },
  ),
  limit(
    'complaint.secondComplaintWindow',
    'Thời hạn khiếu nại lần hai',
    CD,
    { base: 30, remote: 45, remoteComplex: 45 },
    [src(LKN, 'Điều 33 khoản 1', { amendedBy: `${L136}, Điều 2 khoản 12` }), src(ND124, 'Điều 4 khoản 1')],
    {
      kind: 'right_window',
      countedFrom:
        'ngày hết thời hạn giải quyết lần đầu mà không được giải quyết, hoặc ngày nhận được quyết định giải quyết lần đầu',
      note: 'Same periods; the amendment only adds "(nếu có)" after the first decision to be attached.',
    },
  ),
  limit(
    'petition.processingCeiling',
    'Không xử lý đơn sau 45 ngày (căn cứ xử lý kỷ luật)',
    CD,
    { base: 45 },
    [src(ND154, 'Điều 41 khoản 3 điểm b')],
    {
      countedFrom: 'ngày tiếp nhận đơn',
      note: 'A ground for dismissing an officer who has not processed a đơn without good reason; used as the escalation bound.',
    },
  ),
  limit(
    'reception.refusalNotice',
    'Ban hành thông báo từ chối tiếp công dân',
    WD,
    { base: 3 },
    [src(ND154, 'Điều 4 khoản 3')],
    { countedFrom: 'ngày có đủ căn cứ từ chối tiếp công dân' },
  ),
  limit(
    'reception.onlineNotice',
    'Thông báo tiếp công dân trực tuyến',
    WD,
    { base: 5 },
    [src(ND154, 'Điều 23 khoản 1')],
    { kind: 'notice_before', countedFrom: 'ngày tiếp công dân trực tuyến (tính lùi)' },
  ),
];
