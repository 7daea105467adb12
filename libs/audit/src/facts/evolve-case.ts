import { computeDeadline, topState, type Clock, type IsoDate, type WorkingCalendar } from '@kntc/domain';
import type { CaseFact, FactEvent, StreamInfo } from './fact-rows';

type Kind = CaseFact['kind'];

interface CaseView {
  round?: number;
  clocks?: Record<string, Clock>;
}

/** The resolution period of the current unit: its due date (none while paused) and whether it was met. */
export function resolutionStatus(
  clocks: Record<string, Clock> | undefined,
  calendar: WorkingCalendar,
  asOf: IsoDate,
): { dueOn: IsoDate | null; met: boolean | null } {
  const clock = clocks?.resolution;
  if (!clock) return { dueOn: null, met: null };
  const deadline = computeDeadline(clock, { calendar, asOf });
  const dueOn = deadline.derivation.dueDate ?? null;
  if (!clock.stoppedOn || !dueOn) return { dueOn, met: null };
  return { dueOn, met: clock.stoppedOn <= dueOn };
}

/** Đúng / đúng một phần / sai: a tố cáo found "sai sự thật" is counted as sai. */
function outcomeOf(value: unknown): CaseFact['outcome'] {
  if (value === 'correct' || value === 'partly_correct') return value;
  if (value === 'incorrect' || value === 'untrue') return 'incorrect';
  return null;
}

const replaceAt = <T>(list: T[], index: number, item: T): T[] => list.map((x, i) => (i === index ? item : x));

interface Step {
  facts: CaseFact[];
  open: number;
  e: FactEvent;
  status: { dueOn: IsoDate | null; met: boolean | null };
}

function startUnit(s: Step, kind: Kind, info: StreamInfo, further: boolean): CaseFact[] {
  const unitNo = Math.max(0, ...s.facts.map((f) => f.unitNo)) + 1;
  const round = kind === 'complaint' ? ((s.e.after.context as CaseView).round ?? 1) : null;
  return [
    ...s.facts,
    {
      caseId: s.e.streamId,
      unitNo,
      segmentNo: 1,
      caseCode: info.code,
      kind,
      round,
      further,
      subjectArea: info.subjectArea,
      authorityId: s.e.holderAfter,
      acceptedOn: s.e.on,
      startOn: s.e.on,
      entry: 'accepted',
      entryReason: null,
      endOn: null,
      exit: null,
      exitReason: null,
      resolution: null,
      outcome: null,
      effectOnRound1: null,
      dueOn: s.status.dueOn,
      onTime: null,
      implementedOn: null,
    },
  ];
}

function resolve(s: Step, resolution: NonNullable<CaseFact['resolution']>, extra: Partial<CaseFact> = {}): CaseFact[] {
  const seg = s.facts[s.open];
  if (!seg) return s.facts;
  return replaceAt(s.facts, s.open, {
    ...seg,
    endOn: s.e.on,
    exit: 'resolved',
    resolution,
    dueOn: s.status.dueOn,
    onTime: s.status.met,
    ...extra,
  });
}

function end(s: Step, reason: string): CaseFact[] {
  const seg = s.facts[s.open];
  if (!seg) return s.facts;
  return replaceAt(s.facts, s.open, { ...seg, endOn: s.e.on, exit: 'ended', exitReason: reason });
}

/** A new holder takes the open unit as it stands (reorganisation) or with a new period (take-over). */
function transfer(s: Step, reason: string): CaseFact[] {
  const seg = s.facts[s.open];
  if (!seg || seg.authorityId === s.e.holderAfter) return s.facts;
  const left = replaceAt(s.facts, s.open, {
    ...seg,
    endOn: s.e.on,
    exit: 'transferred_out',
    exitReason: reason,
  });
  return [
    ...left,
    {
      ...seg,
      segmentNo: seg.segmentNo + 1,
      authorityId: s.e.holderAfter,
      startOn: s.e.on,
      entry: 'transferred_in',
      entryReason: reason,
      dueOn: s.status.dueOn,
    },
  ];
}

/** The decision or conclusion of the last resolved unit has been carried out. */
function implemented(s: Step): CaseFact[] {
  const index = s.facts.findLastIndex((f) => f.exit === 'resolved' && f.resolution === 'decision');
  const seg = s.facts[index];
  if (!seg || seg.implementedOn) return s.facts;
  return replaceAt(s.facts, index, { ...seg, implementedOn: s.e.on });
}

/** Any other event on an open unit: keep its due date as the machine now computes it. */
function refreshDue(s: Step): CaseFact[] {
  const seg = s.facts[s.open];
  if (!seg || seg.dueOn === s.status.dueOn) return s.facts;
  return replaceAt(s.facts, s.open, { ...seg, dueOn: s.status.dueOn });
}

function complaintStep(s: Step, info: StreamInfo): CaseFact[] {
  const p = s.e.payload;
  const after = topState(s.e.after.value);
  switch (s.e.type) {
    case 'accept':
      return s.open >= 0 ? s.facts : startUnit(s, 'complaint', info, false);
    case 'decide':
    case 'decideNow':
      return resolve(s, 'decision', {
        outcome: outcomeOf(p.outcome),
        effectOnRound1: (p.effectOnRound1 as CaseFact['effectOnRound1']) ?? null,
      });
    case 'withdraw':
      return after === 'terminated' ? resolve(s, 'withdrawn') : refreshDue(s);
    case 'terminate':
      return resolve(s, p.ground === 'withdrawn' ? 'withdrawn' : 'terminated');
    case 'lodgeSecondComplaint':
      // Round 1 never decided: the superior takes a new vụ việc; round 1 ends unresolved.
      return end(s, 'second_round_after_missed_deadline');
    case 'fileLawsuit':
      return end(s, 'lawsuit');
    case 'recordEnforcement':
      return implemented(s);
    default:
      return refreshDue(s);
  }
}

function denunciationStep(s: Step, info: StreamInfo): CaseFact[] {
  const p = s.e.payload;
  const after = topState(s.e.after.value);
  switch (s.e.type) {
    case 'accept':
      return s.open >= 0 ? s.facts : startUnit(s, 'denunciation', info, false);
    case 'reResolve':
      // Art. 37.2.c: the superior's thụ lý of a tố cáo tiếp is a new vụ việc.
      return s.open >= 0 ? s.facts : startUnit(s, 'denunciation', info, true);
    case 'conclude':
      return resolve(s, 'decision', { outcome: outcomeOf(p.outcome) });
    case 'terminate':
      return resolve(s, p.ground === 'withdrawn' ? 'withdrawn' : 'terminated');
    case 'withdraw':
      return after === 'terminated' ? resolve(s, 'withdrawn') : refreshDue(s);
    case 'transferToInvestigation':
      return end(s, 'transferred_to_investigation');
    case 'takeOver':
      return transfer(s, 'take_over');
    case 'close':
      return implemented(s);
    default:
      return refreshDue(s);
  }
}

function feedbackStep(s: Step, info: StreamInfo): CaseFact[] {
  switch (s.e.type) {
    case 'opened':
      return startUnit(s, 'feedback', info, false);
    case 'reply':
      return resolve(s, 'decision');
    case 'forward':
      return end(s, 'forwarded');
    default:
      return refreshDue(s);
  }
}

/**
 * The case's unit segments after one event. Pure: the write path and the rebuild both call it.
 * Deadline expiries change nothing counted (overdue is judged against the due date), so the
 * facts do not depend on when the sweeper ran.
 */
export function evolveCase(facts: CaseFact[], e: FactEvent, info: StreamInfo, calendar: WorkingCalendar): CaseFact[] {
  if (e.type === 'deadlineExpired') return facts;
  const open = facts.findIndex((f) => f.exit === null);
  const status = resolutionStatus((e.after.context as CaseView).clocks, calendar, e.on);
  const s: Step = { facts, open, e, status };
  if (e.type === 'reassign') return transfer(s, 'reassign');
  switch (e.after.machineId) {
    case 'complaint':
      return complaintStep(s, info);
    case 'denunciation':
      return denunciationStep(s, info);
    case 'feedback':
      return feedbackStep(s, info);
    default:
      return facts;
  }
}
