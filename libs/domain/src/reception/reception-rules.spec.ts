import { vietnamCalendar } from '../calendar/vietnam-calendar';
import { computeDeadline } from '../deadlines/compute-deadline';
import { startClock } from '../deadlines/clock-ops';
import { getRuleSet } from '../rules/rule-set.registry';
import { RECEPTION_REFUSAL_GROUNDS } from '../rules/rule-set.types';
import { ruleSetInForceOn } from '../rules/select-rule-set';
import { onlineReceptionDecision } from './online-reception.rule';
import { receptionReplyDeadline, replyDueAfter } from './reception-reply.rule';
import { refusalDecision } from './refusal.rule';
import { checkRepresentatives } from './representatives.rule';

const calendar = vietnamCalendar();
const BEFORE = ruleSetInForceOn('2026-06-30'); // VN-2025-07
const AFTER = ruleSetInForceOn('2026-07-01'); // VN-2026-07
const EACH = [getRuleSet('VN-2019'), BEFORE, AFTER] as const;

describe('representatives of a crowd (Luật TCD Art. 29)', () => {
  it.each(EACH.map((r) => [r.id, r]))('%s: below five people no representative is required', (_, ruleSet) => {
    expect(checkRepresentatives(ruleSet, 4, 0)).toMatchObject({ ok: true, required: false });
  });

  it.each(EACH.map((r) => [r.id, r]))('%s: five to ten people appoint one or two', (_, ruleSet) => {
    expect(checkRepresentatives(ruleSet, 5, 1)).toMatchObject({ ok: true, required: true });
    expect(checkRepresentatives(ruleSet, 10, 2)).toMatchObject({ ok: true, maxRepresentatives: 2 });
    expect(checkRepresentatives(ruleSet, 10, 3)).toMatchObject({ ok: false, maxRepresentatives: 2 });
    expect(checkRepresentatives(ruleSet, 7, 0)).toMatchObject({ ok: false, minRepresentatives: 1 });
  });

  it.each(EACH.map((r) => [r.id, r]))('%s: more than ten appoint at most five', (_, ruleSet) => {
    expect(checkRepresentatives(ruleSet, 11, 3)).toMatchObject({ ok: true });
    expect(checkRepresentatives(ruleSet, 40, 5)).toMatchObject({ ok: true });
    const tooMany = checkRepresentatives(ruleSet, 40, 6);
    expect(tooMany).toMatchObject({ ok: false, maxRepresentatives: 5 });
    expect(tooMany.required && tooMany.message).toContain('Điều 29');
  });

  it('cites Article 29 of the Law on citizen reception', () => {
    expect(checkRepresentatives(AFTER, 12, 2).source.map((s) => s.article)).toContain('Điều 29');
  });
});

describe('online reception (Luật TCD Art. 3a; ND154/2026 Art. 20.4)', () => {
  it('does not exist before 2026-07-01', () => {
    for (const ruleSet of [getRuleSet('VN-2019'), BEFORE]) {
      const d = onlineReceptionDecision(ruleSet, { contentKind: 'complaint', identityProtectionRequested: false });
      expect(d).toMatchObject({ allowed: false, issue: 'online_not_in_force' });
    }
  });

  it('is allowed from 2026-07-01 for complaints and kiến nghị', () => {
    expect(onlineReceptionDecision(AFTER, { contentKind: 'complaint', identityProtectionRequested: false })).toEqual({
      allowed: true,
    });
    expect(onlineReceptionDecision(AFTER, { contentKind: 'feedback', identityProtectionRequested: true })).toEqual({
      allowed: true,
    });
  });

  it('refuses a tố cáo (or mixed content) whose denouncer asked for identity protection', () => {
    for (const contentKind of ['denunciation', 'mixed'] as const) {
      const d = onlineReceptionDecision(AFTER, { contentKind, identityProtectionRequested: true });
      expect(d).toMatchObject({ allowed: false, issue: 'protected_denouncer' });
      expect(!d.allowed && d.source).toEqual([expect.objectContaining({ article: 'Điều 20 khoản 4' })]);
    }
    expect(onlineReceptionDecision(AFTER, { contentKind: 'denunciation', identityProtectionRequested: false })).toEqual(
      { allowed: true },
    );
  });
});

describe('refusal to receive (Luật TCD Art. 9; ND154/2026 Art. 4)', () => {
  it('before 2026-07-01 only the three grounds of Article 9 exist; Art. 9.3 needs a notice without a period', () => {
    for (const ruleSet of [getRuleSet('VN-2019'), BEFORE]) {
      expect(refusalDecision(ruleSet, 'threatening_or_disorderly')).toMatchObject({
        allowed: true,
        noticeRequired: false,
      });
      const persisting = refusalDecision(ruleSet, 'resolved_case_persisting');
      expect(persisting).toMatchObject({ allowed: true, noticeRequired: true });
      expect(persisting.noticeRule).toBeUndefined();
      expect(refusalDecision(ruleSet, 'weapons').allowed).toBe(false);
      expect(refusalDecision(ruleSet, 'feedback_already_answered').allowed).toBe(false);
    }
  });

  it('from 2026-07-01 every ground of ND154 Art. 4.1 exists; Art. 9.3 and 4.1.h need a notice within 3 working days', () => {
    const withNotice = RECEPTION_REFUSAL_GROUNDS.filter((g) => refusalDecision(AFTER, g).noticeRequired);
    expect(withNotice).toEqual(['resolved_case_persisting', 'feedback_already_answered']);
    for (const ground of RECEPTION_REFUSAL_GROUNDS) expect(refusalDecision(AFTER, ground).allowed).toBe(true);
    expect(refusalDecision(AFTER, 'feedback_already_answered')).toMatchObject({
      noticeRule: 'reception.refusalNotice',
    });
    expect(refusalDecision(AFTER, 'incitement')).toMatchObject({ noticeRequired: false });
    expect(refusalDecision(AFTER, 'resolved_case_persisting').source.map((s) => s.article)).toContain(
      'Điều 4 khoản 2, 3 (Mẫu số 01/TCD)',
    );
  });

  it('counts the notice in working days across the National Day holiday', () => {
    // Friday 28/08/2026: 29–30/08 weekend, 31/08–02/09 Quốc khánh; 03, 04, 07/09 are the three days.
    const clocks = startClock({}, 'refusalNotice', {
      rule: 'reception.refusalNotice',
      ruleSetId: AFTER.id,
      on: '2026-08-28',
      event: 'recordResult',
    });
    expect(computeDeadline(clocks.refusalNotice, { calendar, asOf: '2026-08-28' }).dueDate).toBe('2026-09-07');
  });
});

describe('the 10-working-day reply after a reception (Luật TCD Art. 28.1)', () => {
  it('is owed for received content only', () => {
    expect(replyDueAfter('received')).toBe(true);
    for (const r of ['guided', 'answered', 'refused'] as const) expect(replyDueAfter(r)).toBe(false);
  });

  it('before 2026-07-01: a visit on Tuesday 10/02/2026 is answered by 03/03/2026, across Tết', () => {
    const d = receptionReplyDeadline('2026-02-10', calendar, '2026-02-10');
    expect(d.derivation.rule.ruleSetId).toBe('VN-2025-07');
    expect(d.derivation.rule.source).toEqual([expect.objectContaining({ article: 'Điều 28 khoản 1' })]);
    expect(d.dueDate).toBe('2026-03-03');
  });

  it('from 2026-07-01: a visit on Friday 28/08/2026 is answered by 16/09/2026, across the National Day', () => {
    const d = receptionReplyDeadline('2026-08-28', calendar, '2026-08-28');
    expect(d.derivation.rule.ruleSetId).toBe('VN-2026-07');
    expect(d.derivation.skipped.map((s) => s.date)).toEqual(
      expect.arrayContaining(['2026-08-31', '2026-09-01', '2026-09-02']),
    );
    expect(d.dueDate).toBe('2026-09-16');
  });
});
