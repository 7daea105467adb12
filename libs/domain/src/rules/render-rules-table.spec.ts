import { renderRulesTable } from './render-rules-table';
import { RULE_SETS } from './rule-set.registry';
import type { RuleSet } from './rule-set.types';

const lines = (md: string, prefix: string): string[] => md.split('\n').filter((l) => l.startsWith(prefix));

describe('renderRulesTable', () => {
  const md = renderRulesTable();

  it('shows the acceptance period once per value, with the change from 10 to 07 working days', () => {
    expect(lines(md, '| `complaint.acceptance` |')).toEqual([
      '| `complaint.acceptance` | Thụ lý giải quyết khiếu nại | thời hạn thực hiện | ngày làm việc | 10 | VN-2019, VN-2025-07 (10/12/2020 – 30/06/2026) |  | Nghị định 124/2020/NĐ-CP, Điều 16 khoản 1; Luật Khiếu nại 02/2011/QH13, Điều 27, Điều 36 khoản 1, Điều 50 |',
      '| `complaint.acceptance` | Thụ lý giải quyết khiếu nại | thời hạn thực hiện | ngày làm việc | 7 | VN-2026-07 (từ 01/07/2026) | **thay đổi** | Luật Khiếu nại 02/2011/QH13, Điều 27, Điều 36 khoản 1, Điều 50 (sửa đổi, bổ sung bởi Luật 136/2025/QH15, Điều 2 khoản 15 điểm b); Nghị định 124/2020/NĐ-CP, Điều 16 khoản 1 (sửa đổi, bổ sung bởi Nghị định 155/2026/NĐ-CP, Điều 10) |',
    ]);
  });

  it('marks periods that only exist from 2026-07-01 as new, and says where none applied before', () => {
    const rows = lines(md, '| `complaint.dialogueNotice` |');
    expect(rows).toHaveLength(2);
    expect(rows[0]).toContain('| không quy định | VN-2019, VN-2025-07 (10/12/2020 – 30/06/2026) |');
    expect(rows[1]).toContain('| báo trước ít nhất | ngày | 5 | VN-2026-07 (từ 01/07/2026) | mới |');
  });

  it('writes the variants of the resolution period in one cell', () => {
    expect(lines(md, '| `complaint.resolution.round2` |')[0]).toContain(
      '| 45 · phức tạp 60 · vùng sâu, vùng xa 60 · vùng sâu, vùng xa và phức tạp 70 |',
    );
  });

  it('lists the competence changes by level and set', () => {
    expect(md).toContain(
      '| Chủ tịch UBND cấp xã | Chủ tịch UBND cấp huyện | Chủ tịch UBND cấp tỉnh | Chủ tịch UBND cấp tỉnh |',
    );
    expect(md).toContain('| Chủ tịch UBND cấp huyện | Chủ tịch UBND cấp tỉnh | — | — |');
  });

  it('escapes pipes inside cells', () => {
    const set: RuleSet = {
      ...RULE_SETS[0],
      timeLimits: { 'petition.processing': { ...RULE_SETS[0].timeLimits['petition.processing']!, title: 'a | b' } },
    };
    expect(renderRulesTable([set])).toContain('| a \\| b |');
  });
});
