import type { Actor } from '../shared/actor';
import type { AuthorityRef } from '../shared/authority';
import type { EventMeta } from '../shared/event-meta';
import type { MachineId } from '../machines/shared/kinds';
import { applyEvent, openStream } from './stream-engine';
import { TransitionNotAllowedError } from './transition-not-allowed.error';

const dissolved: AuthorityRef = { id: 'xa-cu', level: 'commune', path: ['tinh', 'xa-cu'], remote: false };
const successor: AuthorityRef = { id: 'xa-moi', level: 'commune', path: ['tinh', 'xa-moi'], remote: false };
const leader: Actor = { userId: 'u1', role: 'leader', authority: dissolved };
const system: Actor = { userId: 'system', role: 'system', authority: dissolved };
const meta = (actor: Actor, at: string): EventMeta => ({ at, actor, ruleSetId: 'VN-2025-07' });

// A visit stays in the register that recorded it, but what it still owes (reply, refusal notice)
// passes to the successor like any open matter (docs/law/reception.md).
const OPENINGS: Record<MachineId, Record<string, unknown>> = {
  petition: { holder: dissolved, receivedOn: '2025-06-20', channel: 'post', fromReception: false },
  complaint: { round: 1, holder: dissolved, receivedOn: '2025-06-20', complainants: 1, disciplinary: false },
  denunciation: {
    holder: dissolved,
    receivedOn: '2025-06-20',
    denouncers: 1,
    denounced: { kind: 'official' },
    forwardedBefore: false,
  },
  feedback: { holder: dissolved },
  visit: { holder: dissolved, visitedOn: '2025-06-20', type: 'regular', form: 'in_person' },
};

/** NĐ 141/2025 Art. 14: open matters pass "as they stand" to the successor when a body is dissolved. */
describe.each(Object.keys(OPENINGS) as MachineId[])('reorganisation of a %s', (machineId) => {
  const open = () =>
    openStream(machineId, { ...OPENINGS[machineId], meta: meta(leader, '2025-06-20T09:00:00+07:00') }).snapshot;
  const reassign = (actor: Actor) => ({
    type: 'reassign',
    to: successor,
    legalBasis: 'Nghị quyết 1656/NQ-UBTVQH15',
    meta: meta(actor, '2025-07-01T00:00:00+07:00'),
  });

  it('moves the holder to the successor and leaves every period as it was', () => {
    const before = open();
    const after = applyEvent(before, reassign(system)).snapshot;
    const ctx = (s: typeof before) => s.context as { holder: AuthorityRef; clocks: unknown };
    expect(ctx(after).holder).toEqual(successor);
    expect(ctx(after).clocks).toEqual(ctx(before).clocks);
    expect(after.value).toEqual(before.value);
  });

  it('is refused to an officer: only the reorganisation operation transfers custody', () => {
    expect(() => applyEvent(open(), reassign(leader))).toThrow(TransitionNotAllowedError);
  });

  it('never moves a matter to the authority that already holds it', () => {
    const toItself = { ...reassign(system), to: dissolved };
    expect(() => applyEvent(open(), toItself)).toThrow(TransitionNotAllowedError);
  });
});

describe('reorganisation of a petition', () => {
  it('records the spell of custody at the successor', () => {
    const opened = openStream('petition', {
      ...OPENINGS.petition,
      meta: meta(leader, '2025-06-20T09:00:00+07:00'),
    }).snapshot;
    const event = {
      type: 'reassign',
      to: successor,
      legalBasis: 'Nghị quyết 1656/NQ-UBTVQH15',
      meta: meta(system, '2025-07-01T00:00:00+07:00'),
    };
    const moved = applyEvent(opened, event).snapshot;
    const custody = (
      moved.context as { custody: { authority: AuthorityRef; from: string; to?: string; via: string }[] }
    ).custody;
    expect(custody.map((c) => [c.authority.id, c.from, c.to, c.via])).toEqual([
      ['xa-cu', '2025-06-20', '2025-07-01', 'intake'],
      ['xa-moi', '2025-07-01', undefined, 'reorganisation'],
    ]);
  });
});
