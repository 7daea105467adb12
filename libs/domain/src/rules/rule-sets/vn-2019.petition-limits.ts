import { LTC, LTCD, ND154, TT05_2021, src } from './instruments';
import { CD, WD, limit } from './time-limit.builder';

/** Đơn, reception follow-up and the first handling of a tố cáo, 2020-12-10 to 2026-06-30. */
export const PETITION_LIMITS_2019 = [
  limit(
    'petition.processing',
    'Xử lý đơn (thời hạn nội bộ)',
    WD,
    { base: 10 },
    [src(LTCD, 'Điều 28 khoản 1'), src(TT05_2021, 'chưa đối chiếu được điều khoản', { confidence: 'unconfirmed' })],
    {
      policy: true,
      countedFrom: 'ngày nhận được đơn',
      note:
        'No text we could read sets a period for xử lý đơn in general; TT 05/2021 is not available in full ' +
        'and the codification carries only its Arts. 13-16, which have none. 10 working days mirrors the ' +
        'statutory notice after a reception (Luật TCD Art. 28.1); the statutory periods that bind are ' +
        'complaint.acceptance, petition.denunciationInitialCheck and petition.denunciationForward.',
    },
  ),
  limit(
    'petition.receptionReply',
    'Trả lời người đến khiếu nại, tố cáo, kiến nghị, phản ánh sau tiếp công dân',
    WD,
    { base: 10 },
    [src(LTCD, 'Điều 28 khoản 1')],
    { countedFrom: 'ngày tiếp nhận nội dung khiếu nại, tố cáo, kiến nghị, phản ánh' },
  ),
  limit(
    'petition.forwarderResultNotice',
    'Thông báo kết quả cho cơ quan của Quốc hội, đại biểu, Ban tiếp công dân đã chuyển đơn',
    WD,
    { base: 7 },
    [src(LTCD, 'Điều 27 khoản 2')],
    { countedFrom: 'ngày vụ việc được giải quyết' },
  ),
  limit(
    'petition.citizenResultRelay',
    'Cơ quan đã chuyển đơn thông báo kết quả giải quyết cho công dân',
    WD,
    { base: 5 },
    [src(LTCD, 'Điều 28 khoản 2')],
    { countedFrom: 'ngày nhận được thông báo kết quả giải quyết' },
  ),
  limit(
    'petition.denunciationInitialCheck',
    'Vào sổ, phân loại, xử lý ban đầu, kiểm tra điều kiện thụ lý tố cáo',
    WD,
    { base: 7, complex: 10 },
    [src(LTC, 'Điều 24 khoản 1')],
    {
      countedFrom: 'ngày nhận được tố cáo',
      note: '`complex` stands for "phải kiểm tra, xác minh tại nhiều địa điểm hoặc phải ủy quyền", not for vụ việc phức tạp.',
    },
  ),
  limit(
    'petition.denunciationForward',
    'Chuyển tố cáo không thuộc thẩm quyền và thông báo cho người tố cáo',
    WD,
    { base: 5 },
    [src(LTC, 'Điều 24 khoản 2')],
    { countedFrom: 'ngày nhận được đơn tố cáo' },
  ),
  limit(
    'petition.forwardedDenunciationReport',
    'Thông báo kết quả xử lý tố cáo do cơ quan báo chí, cơ quan có thẩm quyền chuyển đến',
    CD,
    { base: 20 },
    [src(LTC, 'Điều 26 khoản 2')],
    { countedFrom: 'ngày nhận được tố cáo' },
  ),
  limit(
    'petition.processingCeiling',
    'Giới hạn xử lý đơn (cảnh báo nội bộ)',
    CD,
    { base: 45 },
    [src(ND154, 'Điều 41 khoản 3 điểm b')],
    {
      policy: true,
      countedFrom: 'ngày tiếp nhận đơn',
      note: 'Before 2026-07-01 no text makes 45 days a limit; the bound of ND154/2026 is used as an internal escalation only.',
    },
  ),
];
