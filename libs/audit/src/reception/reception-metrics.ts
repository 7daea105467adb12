import type { Identity } from '../report/identities';

/**
 * The reception figures of the audit (Biểu 01/TCD), counted from the sổ tiếp công dân. Each is a
 * count over `reception_visit v` filtered by `predicate` (SQL over `v`; `:D` is the reporting
 * threshold of a đoàn đông người), except `distinct`, which counts distinct values.
 */
export interface ReceptionMetricDef {
  key: string;
  label: string;
  /** SQL predicate over `v`; the visits behind the cell. */
  predicate: string;
  /** What is counted: visits (`count`), people (`people`), or distinct vụ việc (`cases`). */
  measure: 'count' | 'people' | 'cases';
}

const LEADER = `v.visit_type IN ('periodic', 'ad_hoc')`;
const DELEGATION = `v.people_count >= :D`;

export const RECEPTION_METRICS: readonly ReceptionMetricDef[] = [
  { key: 'visits', label: 'Số lượt tiếp', predicate: 'TRUE', measure: 'count' },
  { key: 'people', label: 'Số người được tiếp', predicate: 'TRUE', measure: 'people' },
  { key: 'cases', label: 'Số vụ việc', predicate: 'TRUE', measure: 'cases' },
  {
    key: 'casesOld',
    label: 'Vụ việc cũ (đã có trong hệ thống)',
    predicate: 'v.case_id IS NOT NULL',
    measure: 'cases',
  },
  { key: 'casesNew', label: 'Vụ việc mới phát sinh', predicate: 'v.case_id IS NULL', measure: 'cases' },
  { key: 'regularVisits', label: 'Lượt tiếp thường xuyên', predicate: `v.visit_type = 'regular'`, measure: 'count' },
  { key: 'delegations', label: 'Số đoàn đông người', predicate: DELEGATION, measure: 'count' },
  { key: 'delegationPeople', label: 'Số người trong đoàn đông người', predicate: DELEGATION, measure: 'people' },
  { key: 'leaderVisits', label: 'Lượt tiếp của lãnh đạo (định kỳ, đột xuất)', predicate: LEADER, measure: 'count' },
  {
    key: 'leaderInPerson',
    label: 'Lãnh đạo trực tiếp tiếp',
    predicate: `${LEADER} AND v.leader_presence = 'in_person'`,
    measure: 'count',
  },
  {
    key: 'leaderDelegated',
    label: 'Lãnh đạo ủy quyền tiếp',
    predicate: `${LEADER} AND v.leader_presence = 'delegated'`,
    measure: 'count',
  },
  { key: 'onlineVisits', label: 'Lượt tiếp trực tuyến', predicate: `v.form = 'online'`, measure: 'count' },
  { key: 'contentComplaint', label: 'Khiếu nại', predicate: `v.content_kind = 'complaint'`, measure: 'count' },
  { key: 'contentDenunciation', label: 'Tố cáo', predicate: `v.content_kind = 'denunciation'`, measure: 'count' },
  { key: 'contentFeedback', label: 'Kiến nghị, phản ánh', predicate: `v.content_kind = 'feedback'`, measure: 'count' },
  {
    key: 'contentOther',
    label: 'Nhiều nội dung, chưa phân loại',
    predicate: `v.content_kind IS NULL OR v.content_kind NOT IN ('complaint', 'denunciation', 'feedback')`,
    measure: 'count',
  },
];

export const RECEPTION_METRIC_KEYS = RECEPTION_METRICS.map((m) => m.key);

/** Identities every reception row must satisfy (parts that add up to their totals). */
export const RECEPTION_IDENTITIES: readonly Identity[] = [
  {
    key: 'receptionCases',
    label: 'Số vụ việc = vụ việc cũ + vụ việc mới phát sinh',
    left: [{ key: 'cases', sign: 1 }],
    right: [
      { key: 'casesOld', sign: 1 },
      { key: 'casesNew', sign: 1 },
    ],
  },
  {
    key: 'receptionTypes',
    label: 'Số lượt tiếp = tiếp thường xuyên + lượt tiếp của lãnh đạo',
    left: [{ key: 'visits', sign: 1 }],
    right: [
      { key: 'regularVisits', sign: 1 },
      { key: 'leaderVisits', sign: 1 },
    ],
  },
  {
    key: 'receptionContent',
    label: 'Số lượt tiếp = khiếu nại + tố cáo + kiến nghị, phản ánh + nhiều nội dung, chưa phân loại',
    left: [{ key: 'visits', sign: 1 }],
    right: [
      { key: 'contentComplaint', sign: 1 },
      { key: 'contentDenunciation', sign: 1 },
      { key: 'contentFeedback', sign: 1 },
      { key: 'contentOther', sign: 1 },
    ],
  },
  {
    key: 'leaderPresence',
    label: 'Lượt tiếp của lãnh đạo = trực tiếp tiếp + ủy quyền tiếp',
    left: [{ key: 'leaderVisits', sign: 1 }],
    right: [
      { key: 'leaderInPerson', sign: 1 },
      { key: 'leaderDelegated', sign: 1 },
    ],
  },
];

/** A metric's predicate with the delegation threshold bound to a query parameter. */
export const receptionPredicate = (m: ReceptionMetricDef, thresholdParam: string): string =>
  m.predicate.replaceAll(':D', `${thresholdParam}::int`);
