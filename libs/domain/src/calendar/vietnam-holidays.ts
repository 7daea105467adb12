import type { HolidayAnnouncement } from './calendar.types';

/**
 * The Government's announced days off for cán bộ, công chức, viên chức, 2019–2026, as data.
 * Only what the default rule cannot know is listed: the concrete Tết days and Quốc khánh
 * adjacent day (BLLĐ Art. 112.3) and swaps. Fixed-date holidays and nghỉ bù are computed.
 * Sources and confidence per entry; the reasoning is in docs/law/calendar.md. None was read
 * in the official text (Công báo), hence `secondary` at best: check before production.
 */
export const VIETNAM_HOLIDAY_ANNOUNCEMENTS: HolidayAnnouncement[] = [
  // 2019 (BLLĐ 2012: one Quốc khánh day, 2/9/2019 Monday, nothing to announce)
  {
    year: 2019,
    occasion: 'new_year',
    holidays: ['2019-01-01'],
    swaps: [{ off: '2018-12-31', worked: '2019-01-05' }],
    source: 'Lịch nghỉ Tết Dương lịch 2019 của công chức, viên chức (Thủ tướng đồng ý, Bộ LĐTBXH thông báo)',
    url: 'https://docnhanh.vn/xa-hoi/tet-nguyen-dan-2019-duoc-nghi-may-ngay-tintuc583976',
    confidence: 'secondary',
  },
  {
    year: 2019,
    occasion: 'lunar_new_year',
    holidays: ['2019-02-04', '2019-02-05', '2019-02-06', '2019-02-07', '2019-02-08'],
    source:
      'Lịch nghỉ Tết Kỷ Hợi 2019: công chức, viên chức nghỉ từ 02/02/2019 đến hết 10/02/2019 (Bộ LĐTBXH thông báo)',
    url: 'https://docnhanh.vn/xa-hoi/tet-nguyen-dan-2019-duoc-nghi-may-ngay-tintuc583976',
    confidence: 'secondary',
    note: 'Thông báo ghi 9 ngày 02–10/02 kể cả cuối tuần; 5 ngày Tết là các ngày thường 04–08/02 (30 tháng Chạp – mùng 4).',
  },
  {
    year: 2019,
    occasion: 'reunification',
    holidays: ['2019-04-30'],
    swaps: [{ off: '2019-04-29', worked: '2019-05-04' }],
    source: 'Thủ tướng đồng ý hoán đổi ngày làm việc dịp 30/4–1/5/2019 (nghỉ 27/4–1/5, làm bù thứ Bảy 04/5/2019)',
    url: 'https://phapluat.suckhoedoisong.vn/chi-tiet-lich-nghi-le-dip-le-30-4-va-ngay-quoc-te-lao-dong-1-5-25383.html',
    confidence: 'secondary',
  },
  // 2020
  {
    year: 2020,
    occasion: 'lunar_new_year',
    holidays: ['2020-01-23', '2020-01-24', '2020-01-25', '2020-01-26', '2020-01-27'],
    source: 'Lịch nghỉ Tết Canh Tý 2020: nghỉ 7 ngày từ 23/01/2020 đến hết 29/01/2020 (29 tháng Chạp – mùng 5)',
    url: 'https://socongthuong.daklak.gov.vn/vi/news/tag/thứ-tư/page-2',
    confidence: 'secondary',
    note: 'Mùng 1, mùng 2 trùng thứ Bảy, Chủ nhật: nghỉ bù 28 và 29/01 (BLLĐ 2012).',
  },
  // 2021
  {
    year: 2021,
    occasion: 'lunar_new_year',
    holidays: ['2021-02-10', '2021-02-11', '2021-02-12', '2021-02-13', '2021-02-14'],
    source: 'Lịch nghỉ Tết Tân Sửu 2021: nghỉ 7 ngày từ 10/02/2021 đến hết 16/02/2021 (29 tháng Chạp – mùng 5)',
    url: 'https://hanoimoi.vn/lich-nghi-tet-nguyen-dan-tan-suu-va-quoc-khanh-2-9-498925.html',
    confidence: 'secondary',
  },
  {
    year: 2021,
    occasion: 'national_day',
    holidays: ['2021-09-02', '2021-09-03'],
    source: 'Lịch nghỉ Quốc khánh 2021: nghỉ 4 ngày từ 02/9 đến hết 05/9/2021',
    url: 'https://m.vietnamnet.vn/en/society/labor-ministry-plans-7-day-lunar-new-year-2021-holiday-685183.html',
    confidence: 'secondary',
  },
  // 2022
  {
    year: 2022,
    occasion: 'lunar_new_year',
    holidays: ['2022-01-31', '2022-02-01', '2022-02-02', '2022-02-03', '2022-02-04'],
    source: 'Lịch nghỉ Tết Nhâm Dần 2022: 5 ngày từ 31/01 đến hết 04/02/2022, cả cuối tuần 29/01–06/02/2022',
    url: 'https://www.sggpnews.org.vn/national/nine-days-off-for-2022-lunar-new-year-holiday-proposed-95252.html',
    confidence: 'secondary',
  },
  {
    year: 2022,
    occasion: 'national_day',
    holidays: ['2022-09-01', '2022-09-02'],
    source: 'Lịch nghỉ Quốc khánh 2022: 01/9 và 02/9/2022',
    url: 'https://scon.com.vn/vi/cac-ngay-nghi-le-trong-nam-2022/',
    confidence: 'unconfirmed',
    note: 'Chỉ tìm thấy lịch nghỉ do một doanh nghiệp công bố; ngày liền kề trùng với quy tắc mặc định.',
  },
  // 2023
  {
    year: 2023,
    occasion: 'lunar_new_year',
    holidays: ['2023-01-20', '2023-01-21', '2023-01-22', '2023-01-23', '2023-01-24'],
    source:
      'Văn phòng Chính phủ, văn bản ngày 01/12/2022 (Phó Thủ tướng Vũ Đức Đam đồng ý): nghỉ Tết Quý Mão từ 20/01 đến hết 26/01/2023',
    url: 'https://en.nhandan.vn/2023-lunar-new-year-holiday-to-last-seven-days-post120513.html',
    confidence: 'secondary',
    note: '30 tháng Chạp và mùng 1 trùng thứ Bảy, Chủ nhật: nghỉ bù 25 và 26/01 (BLLĐ Điều 111 khoản 3).',
  },
  {
    year: 2023,
    occasion: 'national_day',
    holidays: ['2023-09-01', '2023-09-02'],
    source: 'Văn phòng Chính phủ, văn bản ngày 01/12/2022: nghỉ Quốc khánh từ 01/9 đến hết 04/9/2023',
    url: 'https://en.nhandan.vn/2023-lunar-new-year-holiday-to-last-seven-days-post120513.html',
    confidence: 'secondary',
    note: '02/9 là thứ Bảy: nghỉ bù thứ Hai 04/9 (BLLĐ Điều 111 khoản 3).',
  },
  // 2024
  {
    year: 2024,
    occasion: 'lunar_new_year',
    holidays: ['2024-02-08', '2024-02-09', '2024-02-10', '2024-02-11', '2024-02-12'],
    source: 'Thủ tướng đồng ý đề xuất của Bộ LĐTBXH: nghỉ Tết Giáp Thìn 7 ngày từ 08/02 đến hết 14/02/2024',
    url: 'https://vietnamnews.vn/society/1636141/one-week-break-approved-for-tet-holiday-in-2024.html',
    confidence: 'secondary',
  },
  {
    year: 2024,
    occasion: 'reunification',
    holidays: ['2024-04-30'],
    swaps: [{ off: '2024-04-29', worked: '2024-05-04' }],
    source: 'Công văn 2450/VPCP-KGVX ngày 12/4/2024 của Văn phòng Chính phủ (hoán đổi ngày làm việc dịp 30/4–1/5/2024)',
    url: 'https://baotintuc.vn/infographics/ngay-nghi-le-dip-gio-to-hung-vuong-va-304-152024-20240412212054381.htm',
    confidence: 'secondary',
  },
  {
    year: 2024,
    occasion: 'national_day',
    holidays: ['2024-09-02', '2024-09-03'],
    source: 'Thủ tướng đồng ý đề xuất của Bộ LĐTBXH: nghỉ Quốc khánh từ 31/8 đến hết 03/9/2024',
    url: 'https://vietnamnews.vn/society/1636141/one-week-break-approved-for-tet-holiday-in-2024.html',
    confidence: 'secondary',
  },
  // 2025
  {
    year: 2025,
    occasion: 'lunar_new_year',
    holidays: ['2025-01-27', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31'],
    source:
      'Công văn 8726/VPCP-KGVX ngày 26/11/2024 của Văn phòng Chính phủ; Thông báo 6150/TB-BLĐTBXH: nghỉ Tết Ất Tỵ từ 25/01 đến hết 02/02/2025',
    url: 'https://en.sggp.org.vn/prime-minister-approves-9-day-tet-break-for-2025-post114084.html',
    confidence: 'secondary',
    note: '5 ngày Tết 27–31/01 (28 tháng Chạp – mùng 3) nằm giữa hai kỳ nghỉ cuối tuần; không có hoán đổi ngày làm việc.',
  },
  {
    year: 2025,
    occasion: 'reunification',
    holidays: ['2025-04-30'],
    swaps: [{ off: '2025-05-02', worked: '2025-04-26' }],
    source:
      'Thông báo 6150/TB-BLĐTBXH (theo Công văn 8726/VPCP-KGVX): hoán đổi thứ Sáu 02/5/2025 sang thứ Bảy 26/4/2025',
    url: 'http://kntb.vn/lich-nghi-le-304-15-cong-chuc-vien-chuc-nguoi-lao-dong-di-lam-bu-vao-ngay-nao-n81956.html',
    confidence: 'secondary',
  },
  {
    year: 2025,
    occasion: 'national_day',
    holidays: ['2025-09-01', '2025-09-02'],
    source: 'Công văn 8726/VPCP-KGVX ngày 26/11/2024: nghỉ Quốc khánh 4 ngày từ 30/8 đến hết 02/9/2025',
    url: 'https://doanhnhanvakinhte.com/thu-tuong-dong-y-phuong-an-nghi-tet-9-ngay.html',
    confidence: 'secondary',
  },
  // 2026
  {
    year: 2026,
    occasion: 'new_year',
    holidays: ['2026-01-01'],
    swaps: [{ off: '2026-01-02', worked: '2026-01-10' }],
    source:
      'Văn phòng Chính phủ, văn bản ngày 25/12/2025 (Phó Thủ tướng Phạm Thị Thanh Trà đồng ý); Bộ Nội vụ thông báo cùng ngày',
    url: 'https://www.24h.com.vn/tin-tuc-trong-ngay/ai-duoc-hoan-doi-de-nghi-tet-duong-lich-4-ngay-c46a1724830.html',
    confidence: 'secondary',
  },
  {
    year: 2026,
    occasion: 'lunar_new_year',
    holidays: ['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20'],
    source:
      'Thông báo 9441/TB-BNV ngày 16/10/2025 của Bộ Nội vụ (theo Công văn 9859/VPCP-KGVX ngày 13/10/2025): nghỉ Tết Bính Ngọ từ 14/02 đến hết 22/02/2026',
    url: 'https://english.luatvietnam.vn/noticeno9441-tb-bnvdatedoctober162025oftheministryofhomeaffairsonthe2026lunarnewyearholidayandnationaldayholidayschedulefor-415220-doc6.html',
    confidence: 'secondary',
  },
  {
    year: 2026,
    occasion: 'national_day',
    holidays: ['2026-09-01', '2026-09-02'],
    swaps: [{ off: '2026-08-31', worked: '2026-08-22' }],
    source: 'Thông báo 9441/TB-BNV ngày 16/10/2025 của Bộ Nội vụ: nghỉ 29/8 – 02/9/2026, làm bù thứ Bảy 22/8/2026',
    url: 'https://vietnamnews.vn/politics-laws/1727514/ministry-of-home-affairs-announces-2026-holiday-schedule-for-lunar-new-year-national-day.html',
    confidence: 'secondary',
  },
];
