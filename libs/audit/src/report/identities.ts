/**
 * The identities every report checks. Each is `left = right`, sums of cells with signs. They
 * are what published figures most often get wrong (parts that do not add up to their totals,
 * balances that do not carry over), so every report returns each one that fails, with its cells.
 */
export interface Term {
  key: string;
  sign: 1 | -1;
}

export interface Identity {
  key: string;
  label: string;
  left: Term[];
  right: Term[];
}

const plus = (...keys: string[]): Term[] => keys.map((key) => ({ key, sign: 1 as const }));
const minus = (...keys: string[]): Term[] => keys.map((key) => ({ key, sign: -1 as const }));

export const CASE_IDENTITIES: readonly Identity[] = [
  {
    key: 'balance',
    label:
      'Kỳ trước chuyển sang + thụ lý mới + nhận bàn giao − bàn giao đi − đã giải quyết − kết thúc khác = đang giải quyết cuối kỳ',
    left: [...plus('carriedOver', 'new', 'transferredIn'), ...minus('transferredOut', 'resolved', 'endedOther')],
    right: plus('pending'),
  },
  {
    key: 'toResolve',
    label: 'Tổng số phải giải quyết = kỳ trước chuyển sang + thụ lý mới + nhận bàn giao − bàn giao đi',
    left: plus('toResolve'),
    right: [...plus('carriedOver', 'new', 'transferredIn'), ...minus('transferredOut')],
  },
  {
    key: 'resolvedByType',
    label: 'Đã giải quyết = bằng quyết định, kết luận + rút toàn bộ + đình chỉ không do rút',
    left: plus('resolved'),
    right: plus('resolvedByDecision', 'resolvedWithdrawn', 'resolvedTerminated'),
  },
  {
    key: 'outcomes',
    label: 'Giải quyết bằng quyết định, kết luận = đúng + có đúng có sai + sai + không phân tích đúng sai',
    left: plus('resolvedByDecision'),
    right: plus('outcomeCorrect', 'outcomePartlyCorrect', 'outcomeIncorrect', 'outcomeNone'),
  },
  {
    key: 'timeliness',
    label: 'Đã giải quyết = đúng thời hạn + quá thời hạn + không xác định được thời hạn',
    left: plus('resolved'),
    right: plus('onTime', 'late', 'timingUnknown'),
  },
  {
    key: 'round2Effects',
    label: 'Quyết định lần hai = công nhận + sửa + hủy quyết định lần đầu + lần hai khi lần đầu quá hạn',
    left: plus('decidedRound2'),
    right: plus('round2Upheld', 'round2Amended', 'round2Annulled', 'round2WithoutFirstDecision'),
  },
  {
    key: 'otherEnds',
    label:
      'Kết thúc khác = khởi kiện + chuyển cơ quan điều tra + khiếu nại lần hai khi lần đầu quá hạn + chuyển cơ quan có thẩm quyền',
    left: plus('endedOther'),
    right: plus('endedLawsuit', 'endedInvestigation', 'endedSecondRound', 'endedForwarded'),
  },
  {
    key: 'ageing',
    label: 'Đang giải quyết cuối kỳ = tổng các nhóm thời gian kể từ thụ lý',
    left: plus('pending'),
    right: plus('age0to30', 'age31to60', 'age61to90', 'age91to180', 'ageOver180'),
  },
  {
    key: 'implementation',
    label:
      'Quyết định, kết luận kỳ trước chưa thực hiện xong + ban hành trong kỳ − đã thực hiện xong = chưa thực hiện xong cuối kỳ',
    left: [...plus('decisionsCarriedOver', 'resolvedByDecision'), ...minus('decisionsImplemented')],
    right: plus('decisionsToImplement'),
  },
];

export const PETITION_IDENTITIES: readonly Identity[] = [
  {
    key: 'balance',
    label: 'Kỳ trước chuyển sang + tiếp nhận + nhận bàn giao − đã xử lý − bàn giao đi = chưa xử lý xong cuối kỳ',
    left: [...plus('carriedOver', 'received', 'transferredIn'), ...minus('processed', 'transferredOut')],
    right: plus('pending'),
  },
  {
    key: 'total',
    label: 'Tổng số đơn = kỳ trước chuyển sang + tiếp nhận trong kỳ + nhận bàn giao',
    left: plus('total'),
    right: plus('carriedOver', 'received', 'transferredIn'),
  },
  {
    key: 'eligibility',
    label: 'Đã xử lý = đủ điều kiện + không đủ điều kiện',
    left: plus('processed'),
    right: plus('eligible', 'ineligible'),
  },
  {
    key: 'dispositions',
    label: 'Đã xử lý = tổng các kết quả xử lý',
    left: plus('processed'),
    right: plus(
      'dispositionAccept',
      'dispositionGuide',
      'dispositionForward',
      'dispositionUrge',
      'dispositionReturn',
      'dispositionSplit',
      'dispositionFile',
      'dispositionDismiss',
    ),
  },
  {
    key: 'eligibleDispositions',
    label: 'Đủ điều kiện = tổng các kết quả xử lý đơn đủ điều kiện',
    left: plus('eligible'),
    right: plus(
      'eligibleAccept',
      'eligibleGuide',
      'eligibleForward',
      'eligibleUrge',
      'eligibleReturn',
      'eligibleSplit',
      'eligibleFile',
      'eligibleDismiss',
    ),
  },
  {
    key: 'ineligibleDispositions',
    label: 'Không đủ điều kiện = tổng các kết quả xử lý đơn không đủ điều kiện',
    left: plus('ineligible'),
    right: plus(
      'ineligibleAccept',
      'ineligibleGuide',
      'ineligibleForward',
      'ineligibleUrge',
      'ineligibleReturn',
      'ineligibleSplit',
      'ineligibleFile',
      'ineligibleDismiss',
    ),
  },
  {
    key: 'contentKinds',
    label: 'Đủ điều kiện = khiếu nại + tố cáo + kiến nghị, phản ánh + nhiều nội dung',
    left: plus('eligible'),
    right: plus('eligibleComplaint', 'eligibleDenunciation', 'eligibleFeedback', 'eligibleMixed'),
  },
  {
    key: 'competence',
    label: 'Đủ điều kiện = thuộc thẩm quyền + không thuộc thẩm quyền',
    left: plus('eligible'),
    right: plus('eligibleWithinCompetence', 'eligibleOutsideCompetence'),
  },
  {
    key: 'carriedOverSignatories',
    label: 'Kỳ trước chuyển sang = một người đứng tên + nhiều người đứng tên + đơn khác',
    left: plus('carriedOver'),
    right: plus('carriedOverOne', 'carriedOverMany', 'carriedOverOther'),
  },
  {
    key: 'receivedSignatories',
    label: 'Tiếp nhận trong kỳ = một người đứng tên + nhiều người đứng tên + đơn khác',
    left: plus('received'),
    right: plus('receivedOne', 'receivedMany', 'receivedOther'),
  },
  {
    key: 'receivedSources',
    label: 'Tiếp nhận trong kỳ = vào sổ tại cơ quan + cơ quan khác chuyển đến + bị trả lại',
    left: plus('received'),
    right: plus('receivedDirect', 'receivedForwardedIn', 'receivedReturned'),
  },
];

export interface IdentityFailure {
  identity: string;
  label: string;
  /** Every cell of the identity with its value (a missing cell counts as 0 and is listed in `missing`). */
  cells: Record<string, number>;
  left: number;
  right: number;
  /** left − right. */
  difference: number;
  missing: string[];
}

const sum = (terms: Term[], cells: Record<string, number>) =>
  terms.reduce((total, t) => total + t.sign * (cells[t.key] ?? 0), 0);

/**
 * The identities that fail on these cells. `declaredOnly`: figures declared by hand, which give
 * some lines and not others; an identity is checked when each of its sides has a declared line
 * (a total declared without its breakdown is not an error of the declaration; a balance that
 * does not carry over is).
 */
export function failingIdentities(
  identities: readonly Identity[],
  cells: Record<string, number>,
  options: { declaredOnly?: boolean } = {},
): IdentityFailure[] {
  const failures: IdentityFailure[] = [];
  const declared = (terms: Term[]) => terms.some((t) => t.key in cells);
  for (const identity of identities) {
    const keys = [...identity.left, ...identity.right].map((t) => t.key);
    if (options.declaredOnly && !(declared(identity.left) && declared(identity.right))) continue;
    const left = sum(identity.left, cells);
    const right = sum(identity.right, cells);
    if (left === right) continue;
    failures.push({
      identity: identity.key,
      label: identity.label,
      cells: Object.fromEntries(keys.map((k) => [k, cells[k] ?? 0])),
      left,
      right,
      difference: left - right,
      missing: keys.filter((k) => !(k in cells)),
    });
  }
  return failures;
}
