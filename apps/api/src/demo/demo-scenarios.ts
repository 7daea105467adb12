import { anonymous, classify, on, signatory, type DemoScenario } from './demo-script';

/*
 * The demo's đơn and cases, each walked through the engine by the demo accounts. Days count
 * working days back from the day the demo is loaded, so deadlines fall due, fall near and pass
 * whatever that day is. Names, addresses and numbers of people are invented (identity numbers
 * start with 000, which no real one does).
 */

const HB = 'tiepdan.hoabinh';
const AL = 'tiepdan.anlac';
const HA = 'tiepdan.haian';
const BTCD = 'tiepdan.tinh';
const TINH = 'xulydon.tinh';
const SNNMT = 'xulydon.snnmt';

const within = { withinCompetence: true };
const outside = { withinCompetence: false, competentBodyType: 'state_administration' };

/** Đơn still being processed (xử lý đơn), and the ways processing ends without a case. */
const PETITIONS: DemoScenario[] = [
  {
    title: 'Phản ánh mới tiếp nhận tại phường, chưa phân loại',
    steps: [
      on(2, '08:40', HB).intake({
        channel: 'reception_desk',
        fromReception: true,
        summary: 'Phản ánh tình trạng đổ trộm phế thải xây dựng ven kênh tiêu tổ dân phố số 4',
        subjectArea: 'moi_truong',
        petitioners: [signatory('Lê Thị Hoa', 'tổ dân phố số 4, phường Hòa Bình (demo)', '000186004121')],
      }),
    ],
  },
  {
    title: 'Kiến nghị gửi qua bưu điện, sắp hết hạn xử lý',
    steps: [
      on(9, '14:15', AL).intake({
        channel: 'post',
        summary: 'Kiến nghị xem xét cấp giấy chứng nhận quyền sử dụng đất cho thửa đất ở ổn định từ năm 1993',
        subjectArea: 'dat_dai',
        petitioners: [signatory('Phạm Văn Thắng', 'thôn Đông, xã An Lạc (demo)', '000172003355')],
      }),
    ],
  },
  {
    title: 'Đơn khiếu nại đã phân loại nhưng quá hạn xử lý',
    steps: [
      on(16, '09:00', AL).intake({
        channel: 'reception_desk',
        fromReception: true,
        summary: 'Khiếu nại việc UBND xã không bồi thường cây trồng, hoa màu khi mở rộng đường trục xã',
        subjectArea: 'dat_dai',
        petitioners: [signatory('Nguyễn Văn Khải', 'thôn Trung, xã An Lạc (demo)', '000165001872')],
      }),
      on(15, '10:30', AL).petition(classify('complaint', within)),
    ],
  },
  {
    title: 'Khiếu nại không thuộc thẩm quyền: hướng dẫn người dân',
    steps: [
      on(20, '08:20', HB).intake({
        channel: 'reception_desk',
        fromReception: true,
        summary: 'Khiếu nại quyết định xử phạt vi phạm hành chính trong hoạt động xây dựng của Thanh tra Sở Xây dựng',
        subjectArea: 'xay_dung',
        petitioners: [signatory('Trần Minh Đức', 'tổ dân phố số 2, phường Hòa Bình (demo)', '000190007741')],
      }),
      on(19, '09:10', HB).petition(classify('complaint', outside)),
      on(19, '09:40', HB).petition({ type: 'guide', guidedTo: 'Giám đốc Sở Xây dựng tỉnh Hưng Yên (demo)' }),
    ],
  },
  {
    title: 'Đơn không ký tên, không địa chỉ: xếp lưu',
    steps: [
      on(25, '10:00', AL).intake({
        channel: 'post',
        summary: 'Đơn không ký tên, không ghi địa chỉ, phản ánh chung chung về việc chia đất dịch vụ',
        subjectArea: 'dat_dai',
        petitioners: [anonymous],
      }),
      on(24, '08:30', AL).petition(
        classify('complaint', {
          ...within,
          eligible: false,
          ineligibleReason: 'missing_identification',
          signatories: 0,
        }),
      ),
      on(24, '08:45', AL).petition({ type: 'file', reason: 'missing_identification' }),
    ],
  },
  {
    title: 'Ban Tiếp công dân hướng dẫn khiếu nại đến Chủ tịch UBND tỉnh',
    steps: [
      on(6, '08:10', BTCD).intake({
        channel: 'reception_desk',
        fromReception: true,
        summary:
          'Khiếu nại Quyết định thu hồi đất của UBND tỉnh để thực hiện dự án khu công nghiệp, đề nghị xem xét lại đơn giá bồi thường',
        subjectArea: 'dat_dai',
        petitioners: [signatory('Vũ Thị Lan', 'xã Đông Phong (demo)', '000183002290', '0900000112')],
      }),
      on(6, '09:30', BTCD).petition(classify('complaint', outside)),
      on(6, '10:00', BTCD).petition({ type: 'guide', guidedTo: 'Chủ tịch UBND tỉnh Hưng Yên (demo)' }),
    ],
  },
  {
    title: 'Tố cáo nặc danh: không xử lý',
    steps: [
      on(11, '15:00', HB).intake({
        channel: 'post',
        summary: 'Đơn nặc danh tố cáo cán bộ phường có biểu hiện nhũng nhiễu khi chứng thực hồ sơ',
        subjectArea: 'can_bo_cong_chuc',
        petitioners: [anonymous],
      }),
      on(10, '08:30', HB).petition(
        classify('denunciation', {
          ...within,
          eligible: false,
          ineligibleReason: 'missing_identification',
          anonymousOrImpersonated: true,
          signatories: 0,
        }),
      ),
      on(10, '09:00', HB).petition({ type: 'dismiss', reason: 'anonymous_or_impersonated' }),
    ],
  },
  {
    title: 'Đơn nhiều nội dung: hướng dẫn tách đơn',
    steps: [
      on(7, '13:45', AL).intake({
        channel: 'reception_desk',
        fromReception: true,
        summary: 'Đơn vừa khiếu nại việc thu hồi đất, vừa tố cáo cán bộ địa chính xã làm sai lệch hồ sơ',
        subjectArea: 'dat_dai',
        petitioners: [signatory('Đặng Văn Hùng', 'thôn Bắc, xã An Lạc (demo)', '000168005516')],
      }),
      on(7, '15:00', AL).petition(classify('mixed', within)),
      on(6, '08:15', AL).petition({ type: 'requestSplit' }),
    ],
  },
  {
    title: 'Đơn do Đoàn đại biểu Quốc hội chuyển đến, trả lại vì thuộc thẩm quyền Tòa án',
    steps: [
      on(13, '09:20', TINH).intake({
        channel: 'deputy',
        forwardedBy: { name: 'Đoàn đại biểu Quốc hội tỉnh Hưng Yên (demo)' },
        summary: 'Khiếu nại việc thi hành bản án dân sự về tranh chấp thừa kế quyền sử dụng đất',
        subjectArea: 'tu_phap',
        petitioners: [signatory('Hoàng Văn Sơn', 'phường Tân Thịnh (demo)', '000159003318')],
      }),
      on(12, '10:00', TINH).petition(
        classify('complaint', { withinCompetence: false, competentBodyType: 'judicial_or_enforcement' }),
      ),
      on(12, '14:30', TINH).petition({
        type: 'returnToSender',
        reason:
          'Nội dung thuộc thẩm quyền của Tòa án và cơ quan thi hành án dân sự; trả lại để Đoàn hướng dẫn công dân.',
      }),
    ],
  },
  {
    title: 'Phản ánh chuyển từ phường sang xã, xã chưa tiếp nhận',
    steps: [
      on(4, '08:50', HB).intake({
        channel: 'reception_desk',
        fromReception: true,
        summary: 'Phản ánh cống thoát nước cánh đồng thôn Đông, xã An Lạc bị bồi lấp gây úng ruộng',
        subjectArea: 'moi_truong',
        petitioners: [signatory('Bùi Thị Nga', 'tổ dân phố số 6, phường Hòa Bình (demo)', '000179006643')],
      }),
      on(3, '09:00', HB).petition(classify('feedback', { withinCompetence: false })),
      on(3, '09:20', HB).petition({ type: 'forward', to: 'DEMO-HY-ANLAC' }),
    ],
  },
  {
    title: 'Ban Tiếp công dân chuyển Sở Xây dựng, chưa có phản hồi tiếp nhận',
    steps: [
      on(8, '14:00', BTCD).intake({
        channel: 'reception_desk',
        fromReception: true,
        summary: 'Kiến nghị kiểm tra việc cấp phép xây dựng nhà xưởng sát khu dân cư tại phường Tân Thịnh',
        subjectArea: 'xay_dung',
        petitioners: [signatory('Ngô Thị Mai', 'phường Tân Thịnh (demo)', '000188001907')],
        signatoryCount: 14,
      }),
      on(7, '08:40', BTCD).petition(classify('feedback', { withinCompetence: false, signatories: 14 })),
      on(7, '09:00', BTCD).petition({ type: 'forward', to: 'DEMO-HY-SXD' }),
    ],
  },
  {
    title: 'Đơn bị đẩy qua lại giữa xã và phường (đá bóng), cuối cùng phường tiếp nhận',
    steps: [
      on(22, '10:10', AL).intake({
        channel: 'post',
        summary:
          'Phản ánh đoạn đường giáp ranh giữa xã An Lạc và phường Hòa Bình bị sụt lún, nguy hiểm cho người đi đường',
        subjectArea: 'xay_dung',
        petitioners: [signatory('Lý Văn Phúc', 'thôn Nam, xã An Lạc (demo)', '000170004482')],
      }),
      on(21, '08:30', AL).petition(classify('feedback', { withinCompetence: false })),
      on(21, '08:45', AL).petition({ type: 'forward', to: 'DEMO-HY-HOABINH' }),
      on(19, '14:00', HB).petition({
        type: 'returnToSender',
        reason: 'Đoạn đường sụt lún thuộc địa bàn xã An Lạc, không thuộc phường Hòa Bình quản lý.',
      }),
      on(17, '09:00', AL).petition(classify('feedback', { withinCompetence: false })),
      on(17, '09:15', AL).petition({ type: 'forward', to: 'DEMO-HY-HOABINH' }),
      on(15, '08:30', HB).petition({ type: 'receive' }),
      on(14, '09:00', HB).petition(classify('feedback', within)),
      on(14, '09:30', HB).petition({ type: 'accept' }),
      on(12, '10:00', 'lanhdao.hoabinh').case({ type: 'assign', unit: 'Bộ phận Quản lý đô thị phường (demo)' }),
    ],
  },
  {
    title: 'Phản ánh gửi qua cổng trực tuyến tại xã bãi ngang',
    steps: [
      on(1, '16:20', HA).intake({
        channel: 'online_portal',
        summary: 'Phản ánh việc chậm chi trả hỗ trợ cho hộ nuôi trồng thủy sản bị thiệt hại do bão',
        subjectArea: 'chinh_sach_xa_hoi',
        petitioners: [signatory('Đoàn Văn Biển', 'thôn Tân Bồi, xã Hải An (demo)', '000175008830', '0900000347')],
      }),
    ],
  },
  {
    title: 'Kiến nghị về chính sách gửi UBND tỉnh, chưa phân loại',
    steps: [
      on(3, '10:40', TINH).intake({
        channel: 'post',
        summary: 'Kiến nghị xem xét lại kết quả rà soát hộ nghèo, hộ cận nghèo năm nay tại xã Minh Tân',
        subjectArea: 'chinh_sach_xa_hoi',
        petitioners: [signatory('Tạ Thị Thu', 'xã Minh Tân (demo)', '000181009914')],
      }),
    ],
  },
  {
    title: 'Phản ánh tại Ban Tiếp công dân tỉnh, chưa phân loại',
    steps: [
      on(1, '09:30', BTCD).intake({
        channel: 'reception_desk',
        fromReception: true,
        summary: 'Phản ánh cơ sở karaoke hoạt động quá giờ quy định, gây mất trật tự khu dân cư',
        subjectArea: 'hanh_chinh',
        petitioners: [signatory('Cao Văn Tín', 'phường Tân Thịnh (demo)', '000192002205')],
      }),
    ],
  },
];

/** Khiếu nại: from the đơn to thụ lý, verification, dialogue, decision and closure. */
const COMPLAINTS: DemoScenario[] = [
  {
    title: 'Khiếu nại chờ Chủ tịch UBND phường thụ lý',
    steps: [
      on(3, '08:15', HB).intake({
        channel: 'reception_desk',
        fromReception: true,
        summary:
          'Khiếu nại quyết định thu hồi đất để mở rộng đường liên tổ dân phố, đề nghị bồi thường theo giá thị trường',
        subjectArea: 'dat_dai',
        petitioners: [signatory('Phan Văn Lợi', 'tổ dân phố số 1, phường Hòa Bình (demo)', '000163002718')],
      }),
      on(2, '09:00', HB).petition(classify('complaint', within)),
      on(2, '09:20', HB).petition({ type: 'accept' }),
    ],
  },
  {
    title: 'Khiếu nại quá hạn thụ lý',
    steps: [
      on(14, '10:20', AL).intake({
        channel: 'post',
        summary: 'Khiếu nại việc UBND xã không xét duyệt hồ sơ hưởng trợ cấp xã hội hằng tháng cho người cao tuổi',
        subjectArea: 'chinh_sach_xa_hoi',
        petitioners: [signatory('Trịnh Thị Bảy', 'thôn Đông, xã An Lạc (demo)', '000148001166')],
      }),
      on(13, '08:40', AL).petition(classify('complaint', within)),
      on(13, '09:00', AL).petition({ type: 'accept' }),
    ],
  },
  {
    title: 'Khiếu nại đang xác minh, sắp đến hạn giải quyết',
    steps: [
      on(24, '14:30', HB).intake({
        channel: 'reception_desk',
        fromReception: true,
        summary: 'Khiếu nại việc UBND phường cấp phép sửa chữa nhà cho hộ liền kề lấn sang phần đất của gia đình',
        subjectArea: 'nha_o',
        petitioners: [signatory('Đinh Văn Toàn', 'tổ dân phố số 3, phường Hòa Bình (demo)', '000177005530')],
      }),
      on(23, '08:30', HB).petition(classify('complaint', within)),
      on(23, '09:00', HB).petition({ type: 'accept' }),
      on(20, '15:00', 'lanhdao.hoabinh').case({ type: 'accept' }),
      on(18, '09:00', 'chuyenvien.hoabinh').case({ type: 'startVerification' }),
    ],
  },
  {
    title: 'Khiếu nại tại xã bãi ngang: thời hạn giải quyết dài hơn',
    steps: [
      on(24, '09:10', HA).intake({
        channel: 'reception_desk',
        fromReception: true,
        summary: 'Khiếu nại quyết định thu hồi đất nuôi trồng thủy sản ven đê biển để trồng rừng phòng hộ',
        subjectArea: 'dat_dai',
        petitioners: [signatory('Lương Văn Hải', 'thôn Tân Bồi, xã Hải An (demo)', '000166007723')],
      }),
      on(23, '08:45', HA).petition(classify('complaint', within)),
      on(23, '09:15', HA).petition({ type: 'accept' }),
      on(20, '10:00', 'lanhdao.haian').case({ type: 'accept' }),
      on(17, '14:00', 'chuyenvien.haian').case({ type: 'startVerification' }),
    ],
  },
  {
    title: 'Khiếu nại đang đối thoại',
    steps: [
      on(22, '09:40', AL).intake({
        channel: 'post',
        summary: 'Khiếu nại quyết định cưỡng chế tháo dỡ công trình chăn nuôi xây dựng trên đất nông nghiệp',
        subjectArea: 'xay_dung',
        petitioners: [signatory('Mai Văn Quý', 'thôn Bắc, xã An Lạc (demo)', '000171006609')],
      }),
      on(21, '08:30', AL).petition(classify('complaint', within)),
      on(21, '08:50', AL).petition({ type: 'accept' }),
      on(18, '14:00', 'lanhdao.anlac').case({ type: 'accept' }),
      on(16, '09:00', 'chuyenvien.anlac').case({ type: 'startVerification' }),
      on(4, '16:00', 'chuyenvien.anlac').case({
        type: 'completeVerification',
        finding: 'partly_correct',
        differsFromRequest: true,
      }),
    ],
  },
  {
    title: 'Khiếu nại đã có quyết định giải quyết, chưa gửi',
    steps: [
      on(22, '10:00', HB).intake({
        channel: 'reception_desk',
        fromReception: true,
        summary: 'Khiếu nại việc tính tiền sử dụng đất khi cấp giấy chứng nhận cho thửa đất ông bà để lại',
        subjectArea: 'tai_chinh_thue',
        petitioners: [signatory('Chu Thị Hằng', 'tổ dân phố số 5, phường Hòa Bình (demo)', '000185003047')],
      }),
      on(21, '08:30', HB).petition(classify('complaint', within)),
      on(21, '09:00', HB).petition({ type: 'accept' }),
      on(18, '15:30', 'lanhdao.hoabinh').case({ type: 'accept' }),
      on(17, '09:00', 'chuyenvien.hoabinh').case({ type: 'startVerification' }),
      on(8, '16:00', 'chuyenvien.hoabinh').case({
        type: 'completeVerification',
        finding: 'incorrect',
        differsFromRequest: false,
      }),
      on(2, '10:00', 'lanhdao.hoabinh').case({ type: 'decide', outcome: 'incorrect' }),
    ],
  },
  {
    title: 'Khiếu nại đúng, Sở quyết định ngay; đang trong thời hạn khiếu nại lần hai',
    steps: [
      on(32, '08:30', SNNMT).intake({
        channel: 'post',
        summary:
          'Khiếu nại quyết định xử phạt vi phạm hành chính về xả nước thải chưa qua xử lý của cơ sở chế biến nông sản',
        subjectArea: 'moi_truong',
        petitioners: [
          {
            role: 'signatory',
            kind: 'organisation',
            identity: {
              organisationName: 'Hợp tác xã chế biến nông sản Đồng Tâm (demo)',
              representativeName: 'Quách Văn Đồng',
              address: 'xã Đông Phong (demo)',
            },
          },
        ],
      }),
      on(31, '09:00', SNNMT).petition(classify('complaint', within)),
      on(31, '09:30', SNNMT).petition({ type: 'accept' }),
      on(28, '14:00', 'lanhdao.snnmt').case({ type: 'accept' }),
      on(14, '10:00', 'lanhdao.snnmt').case({ type: 'decideNow', outcome: 'correct' }),
      on(13, '09:00', 'chuyenvien.snnmt').case({ type: 'send' }),
      on(12, '09:00', 'chuyenvien.snnmt').case({ type: 'publish' }),
    ],
  },
  {
    title: 'Khiếu nại đã giải quyết xong, quyết định có hiệu lực và đã thi hành',
    steps: [
      on(80, '09:00', HB).intake({
        channel: 'reception_desk',
        fromReception: true,
        summary: 'Khiếu nại việc không được bồi thường công trình phụ khi thu hồi đất xây dựng trường mầm non',
        subjectArea: 'dat_dai',
        petitioners: [signatory('Kiều Văn Tâm', 'tổ dân phố số 7, phường Hòa Bình (demo)', '000158004451')],
      }),
      on(79, '08:30', HB).petition(classify('complaint', within)),
      on(79, '09:00', HB).petition({ type: 'accept' }),
      on(77, '14:00', 'lanhdao.hoabinh').case({ type: 'accept' }),
      on(76, '09:00', 'chuyenvien.hoabinh').case({ type: 'startVerification' }),
      on(64, '16:00', 'chuyenvien.hoabinh').case({
        type: 'completeVerification',
        finding: 'partly_correct',
        differsFromRequest: true,
      }),
      on(62, '09:00', 'chuyenvien.hoabinh').case({ type: 'holdDialogue', attended: true }),
      on(60, '10:00', 'lanhdao.hoabinh').case({ type: 'decide', outcome: 'partly_correct' }),
      on(59, '09:00', 'chuyenvien.hoabinh').case({ type: 'send' }),
      on(58, '09:00', 'chuyenvien.hoabinh').case({ type: 'publish' }),
      // No second complaint within 30 days: the deadline sweeper makes the decision final (enforcing).
      on(34, '10:00', 'chuyenvien.hoabinh').case({ type: 'recordEnforcement' }),
    ],
  },
  {
    title: 'Khiếu nại tại UBND tỉnh quá hạn giải quyết',
    steps: [
      on(50, '10:30', TINH).intake({
        channel: 'post',
        summary:
          'Khiếu nại Quyết định của UBND tỉnh phê duyệt phương án bồi thường, hỗ trợ, tái định cư dự án đường vành đai',
        subjectArea: 'dat_dai',
        petitioners: [
          signatory('Lã Văn Chiến', 'xã Minh Tân (demo)', '000161005582'),
          signatory('Lã Thị Xuân', 'xã Minh Tân (demo)', '000164005583'),
        ],
      }),
      on(49, '09:00', TINH).petition(classify('complaint', { ...within, signatories: 2 })),
      on(49, '09:30', TINH).petition({ type: 'accept' }),
      on(46, '15:00', 'lanhdao.tinh').case({ type: 'accept' }),
      on(44, '09:00', 'chuyenvien.tinh').case({ type: 'startVerification' }),
    ],
  },
  {
    title: 'Người khiếu nại rút đơn: đình chỉ giải quyết',
    steps: [
      on(45, '09:15', AL).intake({
        channel: 'reception_desk',
        fromReception: true,
        summary: 'Khiếu nại việc xác định ranh giới thửa đất khi đo đạc chỉnh lý bản đồ địa chính',
        subjectArea: 'dat_dai',
        petitioners: [signatory('Văn Thị Hồng', 'thôn Trung, xã An Lạc (demo)', '000176002234')],
      }),
      on(44, '08:30', AL).petition(classify('complaint', within)),
      on(44, '09:00', AL).petition({ type: 'accept' }),
      on(42, '14:00', 'lanhdao.anlac').case({ type: 'accept' }),
      on(40, '09:00', 'chuyenvien.anlac').case({ type: 'startVerification' }),
      on(35, '10:00', 'chuyenvien.anlac').case({ type: 'withdraw', scope: 'all' }),
    ],
  },
  {
    title: 'Khiếu nại lần hai lên UBND tỉnh sau quyết định của Chủ tịch UBND phường',
    steps: [
      on(40, '08:45', HB).intake({
        channel: 'reception_desk',
        fromReception: true,
        summary: 'Khiếu nại quyết định thu hồi đất vườn liền kề để xây dựng bãi đỗ xe của phường',
        subjectArea: 'dat_dai',
        petitioners: [signatory('Tôn Thất Bình', 'tổ dân phố số 8, phường Hòa Bình (demo)', '000157006612')],
      }),
      on(39, '08:30', HB).petition(classify('complaint', within)),
      on(39, '09:00', HB).petition({ type: 'accept' }),
      on(37, '14:00', 'lanhdao.hoabinh').case({ type: 'accept' }),
      on(36, '09:00', 'chuyenvien.hoabinh').case({ type: 'startVerification' }),
      on(28, '16:00', 'chuyenvien.hoabinh').case({
        type: 'completeVerification',
        finding: 'incorrect',
        differsFromRequest: false,
      }),
      on(25, '10:00', 'lanhdao.hoabinh').case({ type: 'decide', outcome: 'incorrect' }),
      on(24, '09:00', 'chuyenvien.hoabinh').case({ type: 'send' }),
      on(14, '09:30', TINH).case({ type: 'lodgeSecondComplaint' }),
      on(12, '15:00', 'lanhdao.tinh').case({ type: 'accept' }),
    ],
  },
];

/** Tố cáo: checking the conditions, verification (extended), conclusion, withdrawal. */
const DENUNCIATIONS: DemoScenario[] = [
  {
    title: 'Tố cáo do Ban Tiếp công dân tỉnh chuyển về phường, đang kiểm tra điều kiện thụ lý',
    steps: [
      on(6, '14:00', BTCD).intake({
        channel: 'reception_desk',
        fromReception: true,
        summary:
          'Tố cáo công chức địa chính phường nhận tiền để hợp thức hóa hồ sơ cấp giấy chứng nhận quyền sử dụng đất',
        subjectArea: 'can_bo_cong_chuc',
        petitioners: [signatory('Lục Văn Minh', 'tổ dân phố số 2, phường Hòa Bình (demo)', '000173001195')],
      }),
      on(5, '08:30', BTCD).petition(classify('denunciation', { withinCompetence: false })),
      on(5, '09:00', BTCD).petition({ type: 'forward', to: 'DEMO-HY-HOABINH' }),
      on(4, '08:30', HB).petition({ type: 'receive' }),
      on(4, '09:30', HB).petition(classify('denunciation', within)),
      on(3, '10:00', HB).petition({ type: 'accept', denounced: { kind: 'official' } }),
    ],
  },
  {
    title: 'Tố cáo phức tạp tại UBND tỉnh, đã gia hạn thời hạn giải quyết',
    steps: [
      on(45, '09:00', TINH).intake({
        channel: 'post',
        summary:
          'Tố cáo Phó Giám đốc Sở Xây dựng (demo) can thiệp vào việc lựa chọn nhà thầu thi công công trình trường học',
        subjectArea: 'xay_dung',
        petitioners: [signatory('Hà Văn Công', 'phường Tân Thịnh (demo)', '000169008876')],
      }),
      on(44, '09:00', TINH).petition(classify('denunciation', within)),
      on(43, '10:00', TINH).petition({
        type: 'extendInitialCheck',
        reason: 'Cần kiểm tra thông tin người tố cáo và hồ sơ gói thầu tại hai địa điểm.',
      }),
      on(41, '09:00', TINH).petition({
        type: 'accept',
        denounced: { kind: 'official', isHeadOrDeputyOf: 'provincial_agency' },
      }),
      on(38, '15:00', 'lanhdao.tinh').case({ type: 'accept' }),
      on(37, '09:00', 'lanhdao.tinh').case({
        type: 'setComplexity',
        criteria: ['several_locations', 'several_contents'],
      }),
      on(30, '10:00', 'lanhdao.tinh').case({
        type: 'extend',
        reason: 'Vụ việc phức tạp: phải xác minh tại hai địa điểm và hai nội dung tố cáo.',
      }),
    ],
  },
  {
    title: 'Tố cáo đã có kết luận nội dung',
    steps: [
      on(24, '09:30', AL).intake({
        channel: 'reception_desk',
        fromReception: true,
        summary: 'Tố cáo trưởng thôn Đông thu các khoản đóng góp xây dựng nhà văn hóa sai quy định',
        subjectArea: 'can_bo_cong_chuc',
        petitioners: [
          signatory('Dương Văn Nam', 'thôn Đông, xã An Lạc (demo)', '000160003321'),
          signatory('Dương Thị Liên', 'thôn Đông, xã An Lạc (demo)', '000167003322'),
        ],
      }),
      on(23, '08:30', AL).petition(classify('denunciation', { ...within, signatories: 2 })),
      on(22, '09:00', AL).petition({ type: 'accept', denounced: { kind: 'official' } }),
      on(20, '14:00', 'lanhdao.anlac').case({ type: 'accept' }),
      on(5, '10:00', 'lanhdao.anlac').case({ type: 'conclude', outcome: 'partly_correct' }),
    ],
  },
  {
    title: 'Người tố cáo rút tố cáo nhưng vẫn tiếp tục giải quyết vì có dấu hiệu vi phạm',
    steps: [
      on(20, '10:15', HB).intake({
        channel: 'post',
        summary: 'Tố cáo cán bộ trật tự đô thị phường thu tiền của hộ kinh doanh lấn chiếm vỉa hè',
        subjectArea: 'can_bo_cong_chuc',
        petitioners: [signatory('Từ Thị Ngọc', 'tổ dân phố số 4, phường Hòa Bình (demo)', '000184009918')],
      }),
      on(19, '08:30', HB).petition(classify('denunciation', within)),
      on(18, '09:00', HB).petition({ type: 'accept', denounced: { kind: 'official' } }),
      on(16, '15:00', 'lanhdao.hoabinh').case({ type: 'accept' }),
      on(9, '10:00', 'chuyenvien.hoabinh').case({
        type: 'withdraw',
        scope: 'all',
        form: 'letter',
        continueBecause: 'signs_of_violation',
      }),
    ],
  },
  {
    title: 'Tố cáo sai sự thật: đã kết luận, xử lý và kết thúc',
    steps: [
      on(60, '09:00', SNNMT).intake({
        channel: 'post',
        summary: 'Tố cáo công chức Chi cục Thủy lợi (demo) nhận quà của doanh nghiệp khi thẩm định hồ sơ',
        subjectArea: 'can_bo_cong_chuc',
        petitioners: [signatory('Lạc Văn Đông', 'xã Đông Phong (demo)', '000174002287')],
      }),
      on(59, '08:30', SNNMT).petition(classify('denunciation', within)),
      on(58, '09:00', SNNMT).petition({ type: 'accept', denounced: { kind: 'official' } }),
      on(56, '14:00', 'lanhdao.snnmt').case({ type: 'accept' }),
      on(40, '10:00', 'lanhdao.snnmt').case({ type: 'conclude', outcome: 'untrue' }),
      on(39, '09:00', 'chuyenvien.snnmt').case({ type: 'sendConclusion' }),
      on(37, '10:00', 'lanhdao.snnmt').case({ type: 'recordHandling', measures: ['restore_rights'] }),
      on(36, '09:00', 'chuyenvien.snnmt').case({ type: 'publish' }),
      on(30, '09:00', 'chuyenvien.snnmt').case({ type: 'close' }),
    ],
  },
];

/** Kiến nghị, phản ánh: forwarded, assigned, answered and closed. */
const FEEDBACK: DemoScenario[] = [
  {
    title: 'Phản ánh Ban Tiếp công dân chuyển Sở Nông nghiệp và Môi trường, đang giải quyết',
    steps: [
      on(12, '08:30', BTCD).intake({
        channel: 'reception_desk',
        fromReception: true,
        summary: 'Phản ánh cơ sở chế biến nông sản xả khói bụi, nước thải gây ô nhiễm khu dân cư',
        subjectArea: 'moi_truong',
        petitioners: [signatory('Quan Thị Duyên', 'xã Đông Phong (demo)', '000187004453')],
        signatoryCount: 12,
      }),
      on(11, '09:00', BTCD).petition(classify('feedback', { withinCompetence: false, signatories: 12 })),
      on(11, '09:20', BTCD).petition({ type: 'forward', to: 'DEMO-HY-SNNMT' }),
      on(10, '08:30', SNNMT).petition({ type: 'receive' }),
      on(10, '09:30', SNNMT).petition(classify('feedback', { ...within, signatories: 12 })),
      on(9, '09:00', SNNMT).petition({ type: 'accept' }),
      on(8, '10:00', 'lanhdao.snnmt').case({ type: 'assign', unit: 'Chi cục Bảo vệ môi trường (demo)' }),
    ],
  },
  {
    title: 'Kiến nghị phường chuyển xã, xã đã trả lời',
    steps: [
      on(18, '14:00', HB).intake({
        channel: 'post',
        summary: 'Kiến nghị nạo vét kênh tưới tiêu nội đồng giáp ranh phục vụ vụ đông',
        subjectArea: 'khac',
        petitioners: [signatory('Hứa Văn Lộc', 'tổ dân phố số 9, phường Hòa Bình (demo)', '000162001183')],
      }),
      on(17, '08:30', HB).petition(classify('feedback', { withinCompetence: false })),
      on(17, '08:45', HB).petition({ type: 'forward', to: 'DEMO-HY-ANLAC' }),
      on(16, '09:00', AL).petition({ type: 'receive' }),
      on(16, '10:00', AL).petition(classify('feedback', within)),
      on(15, '09:00', AL).petition({ type: 'accept' }),
      on(5, '15:00', 'lanhdao.anlac').case({
        type: 'reply',
        summary:
          'UBND xã đã bố trí kinh phí nạo vét tuyến kênh trước vụ đông; thời gian thi công được thông báo tại thôn.',
      }),
    ],
  },
  {
    title: 'Kiến nghị lắp đèn chiếu sáng: đã trả lời và kết thúc',
    steps: [
      on(30, '08:40', HB).intake({
        channel: 'reception_desk',
        fromReception: true,
        summary: 'Kiến nghị lắp đặt đèn chiếu sáng tuyến ngõ 12 tổ dân phố số 2',
        subjectArea: 'xay_dung',
        petitioners: [signatory('Giang Thị Hạnh', 'tổ dân phố số 2, phường Hòa Bình (demo)', '000189005561')],
      }),
      on(29, '09:00', HB).petition(classify('feedback', within)),
      on(29, '09:30', HB).petition({ type: 'accept' }),
      on(28, '10:00', 'lanhdao.hoabinh').case({ type: 'assign', unit: 'Bộ phận Quản lý đô thị phường (demo)' }),
      on(15, '15:00', 'lanhdao.hoabinh').case({
        type: 'reply',
        summary: 'Phường đã đưa tuyến ngõ 12 vào danh mục lắp đặt đèn chiếu sáng, hoàn thành trong tháng tới.',
      }),
      on(14, '09:00', 'chuyenvien.hoabinh').case({ type: 'close' }),
    ],
  },
  {
    title: 'Kiến nghị chính sách gửi qua cổng trực tuyến của UBND tỉnh, đang giải quyết',
    steps: [
      on(25, '21:10', TINH).intake({
        channel: 'online_portal',
        summary: 'Kiến nghị điều chỉnh mức hỗ trợ đóng bảo hiểm y tế cho người thuộc hộ cận nghèo',
        subjectArea: 'chinh_sach_xa_hoi',
        petitioners: [signatory('Thân Văn Hòa', 'xã Minh Tân (demo)', '000178007734', '0900000589')],
      }),
      on(24, '09:00', TINH).petition(classify('feedback', within)),
      on(24, '09:30', TINH).petition({ type: 'accept' }),
      on(23, '10:00', 'lanhdao.tinh').case({ type: 'assign', unit: 'Sở Nội vụ tỉnh Hưng Yên (demo)' }),
    ],
  },
  {
    title: 'Phản ánh khai thác cát trái phép tại xã bãi ngang',
    steps: [
      on(5, '07:45', HA).intake({
        channel: 'reception_desk',
        fromReception: true,
        summary: 'Phản ánh tình trạng khai thác cát trái phép ở cửa sông gây sạt lở bờ đê',
        subjectArea: 'moi_truong',
        petitioners: [signatory('Khổng Văn Thuận', 'thôn Tân Bồi, xã Hải An (demo)', '000180003390')],
      }),
      on(4, '08:30', HA).petition(classify('feedback', within)),
      on(4, '09:00', HA).petition({ type: 'accept' }),
    ],
  },
];

export const DEMO_SCENARIOS: readonly DemoScenario[] = [...PETITIONS, ...COMPLAINTS, ...DENUNCIATIONS, ...FEEDBACK];
