import type { Actor } from '../shared/actor';
import type { AuthorityRef } from '../shared/authority';
import type { EventMeta } from '../shared/event-meta';
import { vietnamCalendar } from '../calendar/vietnam-calendar';
import { applyEvent, availableCommands, openStream, streamDeadlines } from './stream-engine';
import { machineToMermaid } from './machine-diagram';
import { currentMachine } from './machine-registry';
import { TransitionNotAllowedError } from './transition-not-allowed.error';

const commune: AuthorityRef = { id: 'xa-a', level: 'commune', path: ['tinh', 'xa-a'], remote: false };
const otherCommune: AuthorityRef = { id: 'xa-b', level: 'commune', path: ['tinh', 'xa-b'], remote: false };
const actorAt = (authority: AuthorityRef): Actor => ({ userId: 'u1', role: 'leader', authority });
const meta = (authority: AuthorityRef, at = '2026-08-03T09:00:00+07:00'): EventMeta => ({
  at,
  actor: actorAt(authority),
  ruleSetId: 'VN-2026-07',
});

function openComplaint() {
  return openStream('complaint', {
    round: 1,
    holder: commune,
    receivedOn: '2026-08-03',
    complainants: 1,
    disciplinary: false,
    meta: meta(commune),
  });
}

describe('stream engine', () => {
  it('opens a case on the current machine version and stores a resumable snapshot', () => {
    const opened = openComplaint();
    expect(opened.to).toBe('awaitingAcceptance');
    expect(opened.snapshot).toMatchObject({ machineId: 'complaint', machineVersion: '1', status: 'active' });
    expect(JSON.parse(JSON.stringify(opened.snapshot))).toEqual(opened.snapshot);
  });

  it('applies an allowed event and returns the side effects as named actions', () => {
    const accepted = applyEvent(openComplaint().snapshot, {
      type: 'accept',
      meta: meta(commune, '2026-08-05T10:00:00+07:00'),
    });
    expect([accepted.from, accepted.to]).toEqual(['awaitingAcceptance', 'reviewing']);
    expect(accepted.actions.map((a) => a.type)).toContain('notify');
    expect(accepted.actions.every((a) => ['notify', 'openCase', 'handOver', 'remind'].includes(a.type))).toBe(true);
  });

  it('refuses an event the machine does not allow, saying why and what is allowed', () => {
    const stored = openComplaint().snapshot;
    let error: unknown;
    try {
      applyEvent(stored, { type: 'decide', outcome: 'correct', meta: meta(commune) } as never);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(TransitionNotAllowedError);
    const refusal = error as TransitionNotAllowedError;
    expect(refusal.code).toBe('TRANSITION_NOT_ALLOWED');
    expect(refusal.meta.allowed).toEqual(expect.arrayContaining(['accept', 'refuse']));
    expect(refusal.meta.allowed).not.toContain('decide');
    expect(refusal.details[0].message).toContain('Không áp dụng ở trạng thái');
  });

  it('explains a refusal by the failing guard when the state allows the command but not for this actor', () => {
    const stored = openComplaint().snapshot;
    expect(() => applyEvent(stored, { type: 'accept', meta: meta(otherCommune) })).toThrow(TransitionNotAllowedError);
    const forOther = availableCommands(stored, meta(otherCommune)).find((c) => c.type === 'accept')!;
    expect(forOther.available).toBe(false);
    expect(forOther.reasons.join(' ')).toMatch(/thẩm quyền/);
    const forHolder = availableCommands(stored, meta(commune)).find((c) => c.type === 'accept')!;
    expect(forHolder).toEqual({ type: 'accept', available: true, reasons: [] });
  });

  it('never offers the sweeper-only deadline event as a command', () => {
    const types = availableCommands(openComplaint().snapshot, meta(commune)).map((c) => c.type);
    expect(types).not.toContain('deadlineExpired');
    expect(types).toContain('refuse');
  });

  it('offers a command whose guard depends on its payload when some lawful payload passes', () => {
    const refuse = availableCommands(openComplaint().snapshot, meta(commune)).find((c) => c.type === 'refuse')!;
    expect(refuse.available).toBe(true);
  });

  it('draws the machine as a Mermaid state diagram from its definition', () => {
    const diagram = machineToMermaid(currentMachine('complaint').machine);
    expect(diagram.split('\n')[0]).toBe('stateDiagram-v2');
    expect(diagram).toContain('[*] --> awaitingAcceptance');
    expect(diagram).toMatch(/awaitingAcceptance --> reviewing : accept \[canAccept\]/);
    expect(diagram).toContain('closed --> [*]');
  });

  it('computes every running deadline of a case with its proof', () => {
    const deadlines = streamDeadlines(openComplaint().snapshot, { calendar: vietnamCalendar(), asOf: '2026-08-03' });
    // 7 working days after Monday 3/8/2026: 4, 5, 6, 7, 10, 11, 12 August.
    expect(deadlines.acceptance).toMatchObject({ status: 'running', dueDate: '2026-08-12' });
    expect(deadlines.acceptance.derivation.rule.key).toBe('complaint.acceptance');
    expect(deadlines.acceptance.derivation.unit).toBe('working_days');
  });
});
