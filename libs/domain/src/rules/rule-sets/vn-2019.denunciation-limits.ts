import { LTC, LTCD, ND31, src } from './instruments';
import { CD, WD, limit } from './time-limit.builder';

/** Denunciations (tố cáo) after thụ lý, and kiến nghị, phản ánh, 2020-12-10 to 2026-06-30. */
export const DENUNCIATION_LIMITS_2019 = [
  limit(
    'denunciation.acceptanceNotice',
    'Thông báo thụ lý cho người tố cáo và nội dung tố cáo cho người bị tố cáo',
    WD,
    { base: 5 },
    [src(LTC, 'Điều 29 khoản 3'), src(ND31, 'Điều 9 khoản 2')],
    { countedFrom: 'ngày ra quyết định thụ lý tố cáo' },
  ),
  limit(
    'denunciation.resolution',
    'Giải quyết tố cáo',
    CD,
    { base: 30 },
    [src(LTC, 'Điều 30 khoản 1'), src(ND31, 'Điều 3 khoản 1')],
    {
      countedFrom: 'ngày thụ lý tố cáo',
    },
  ),
  limit(
    'denunciation.resolutionExtension',
    'Gia hạn giải quyết tố cáo (mỗi lần)',
    CD,
    { base: 30 },
    [src(LTC, 'Điều 30 khoản 2, 3'), src(ND31, 'Điều 3 khoản 2, 3, 4')],
    { note: 'One extension for vụ việc phức tạp, two for đặc biệt phức tạp: thresholds.denunciationExtensions.' },
  ),
  limit(
    'denunciation.suspensionNotice',
    'Gửi quyết định tạm đình chỉ, đình chỉ giải quyết tố cáo',
    WD,
    { base: 5 },
    [src(LTC, 'Điều 34 khoản 4')],
    { countedFrom: 'ngày ra quyết định' },
  ),
  limit(
    'denunciation.conclusionSending',
    'Gửi kết luận nội dung tố cáo, thông báo cho người tố cáo',
    WD,
    { base: 5 },
    [src(LTC, 'Điều 35 khoản 3')],
    { countedFrom: 'ngày ban hành kết luận nội dung tố cáo' },
  ),
  limit(
    'denunciation.conclusionHandling',
    'Xử lý kết luận nội dung tố cáo',
    WD,
    { base: 7 },
    [src(LTC, 'Điều 36 khoản 1')],
    { countedFrom: 'ngày ban hành kết luận nội dung tố cáo' },
  ),
  limit(
    'denunciation.handlingResultNotice',
    'Thông báo kết quả xử lý kiến nghị trong kết luận cho người giải quyết tố cáo',
    WD,
    { base: 5 },
    [src(LTC, 'Điều 36 khoản 3')],
    { countedFrom: 'ngày có kết quả xử lý' },
  ),
  limit(
    'denunciation.publication',
    'Công khai kết luận nội dung tố cáo, quyết định xử lý hành vi vi phạm',
    WD,
    { base: 7 },
    [src(LTC, 'Điều 40 khoản 1'), src(ND31, 'Điều 6')],
    { countedFrom: 'ngày ra kết luận nội dung tố cáo, quyết định xử lý' },
  ),
  limit(
    'denunciation.publicationPosting',
    'Thời gian niêm yết, đăng tải kết luận nội dung tố cáo tối thiểu',
    CD,
    { base: 15 },
    [src(ND31, 'Điều 6 khoản 2 điểm b, c')],
    { kind: 'minimum_duration', countedFrom: 'ngày niêm yết, đăng tải' },
  ),
  limit('denunciation.furtherReview', 'Xem xét, xử lý tố cáo tiếp', CD, { base: 20 }, [src(LTC, 'Điều 37 khoản 2')], {
    countedFrom: 'ngày nhận được tố cáo tiếp',
  }),
  limit(
    'denunciation.overdueReport',
    'Cấp trên trực tiếp yêu cầu báo cáo việc giải quyết tố cáo quá hạn',
    WD,
    { base: 5 },
    [src(LTC, 'Điều 38 khoản 2')],
    { countedFrom: 'ngày nhận được tố cáo tiếp' },
  ),
  limit(
    'denunciation.overdueReportReply',
    'Người giải quyết tố cáo gửi báo cáo theo yêu cầu của cấp trên',
    WD,
    { base: 5 },
    [src(LTC, 'Điều 38 khoản 3')],
    { countedFrom: 'ngày nhận được văn bản yêu cầu' },
  ),
  limit(
    'feedback.resolution',
    'Giải quyết kiến nghị, phản ánh (thời hạn do cơ quan quy định)',
    CD,
    { base: 30 },
    [src(LTCD, 'Điều 26 khoản 2')],
    {
      policy: true,
      countedFrom: 'ngày nhận được kiến nghị, phản ánh',
      note:
        'No statute fixes a period for resolving kiến nghị, phản ánh (Luật TCD Art. 26.2 only says to study and ' +
        'resolve them); 30 days is a default an administrator can change.',
    },
  ),
];
